import { CHAPTER_KEYS, type ChapterKey } from '../../schemas/config.ts';
import { ScenarioKindSchema } from '../../schemas/script.ts';
import { urls } from '../engine/urls.ts';

/** A link in the book's table of contents. */
export interface BookItem {
  title: string;
  href: string;
  summary?: string;
}

/** What the table of contents needs to know about a call script or scenario. */
export interface BookScript {
  id: string;
  title: string;
  summary: string;
  chapter: string;
  type: 'call' | 'scenario';
  /** Scenario kind (cold-call, complaint…); absent for call scripts. */
  kind?: string;
}

/** A chapter of the book with its entries, in reading order. */
export interface BookChapter {
  key: ChapterKey;
  items: BookItem[];
}

/** Puts a language's scripts, scenarios, objections and stop phrases into the classic chapter order; empty chapters are dropped. */
export function bookOrder(
  lang: string,
  content: {
    scripts: readonly BookScript[];
    objections: readonly { id: string; title: string; summary: string }[];
    hasStopPhrases: boolean;
    /** Link text of the stop-phrase list, the one entry of its chapter. */
    stopPhrasesTitle?: string;
  },
): BookChapter[] {
  const itemsOf = (key: ChapterKey): BookItem[] => {
    if (key === 'objections') return content.objections.map((o) => ({ title: o.title, summary: o.summary, href: urls.objection(lang, o.id) }));
    if (key === 'stop-phrases') return content.hasStopPhrases ? [{ title: content.stopPhrasesTitle ?? '', href: urls.stopPhrases(lang) }] : [];
    return content.scripts
      .filter((s) => s.chapter === key)
      .map((s) => ({ title: s.title, summary: s.summary, href: s.type === 'scenario' ? urls.scenario(lang, s.id) : urls.script(lang, s.id) }));
  };
  return CHAPTER_KEYS.map((key) => ({ key, items: itemsOf(key) })).filter((chapter) => chapter.items.length > 0);
}

/** The chapter an entry sits in, to lead a reader back to it; undefined for standards. */
export function chapterOf(entry: { collection: 'scripts' | 'objections' | 'standards'; chapter?: string }): ChapterKey | undefined {
  if (entry.collection === 'objections') return 'objections';
  const chapter = entry.chapter as ChapterKey | undefined;
  return chapter && (CHAPTER_KEYS as readonly string[]).includes(chapter) ? chapter : undefined;
}

/** Anchor of a chapter on the home page. */
export function chapterAnchor(key: ChapterKey): string {
  return `chapter-${key}`;
}

/** Where a scenario kind stands in the book: cold calls first, in the order the content format lists the kinds; call scripts (no kind) before all. */
export function scenarioKindRank(kind: string | undefined): number {
  return kind === undefined ? -1 : (ScenarioKindSchema.options as readonly string[]).indexOf(kind);
}
