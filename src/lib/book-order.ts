import { CHAPTER_KEYS, type ChapterKey } from '../schemas/config.ts';
import { urls } from './urls.ts';

/** A link in the book's table of contents. */
export interface BookItem {
  title: string;
  href: string;
  summary?: string;
}

/** Puts a language's scripts, scenarios, objections and stop phrases into the classic chapter order; empty chapters are dropped. */
export function bookOrder(
  lang: string,
  content: {
    scripts: { id: string; title: string; summary: string; chapter: string; type: 'call' | 'scenario' }[];
    objections: { id: string; title: string; summary: string }[];
    hasStopPhrases: boolean;
  },
): { key: ChapterKey; items: BookItem[] }[] {
  const itemsOf = (key: ChapterKey): BookItem[] => {
    if (key === 'objections') return content.objections.map((o) => ({ title: o.title, summary: o.summary, href: urls.objection(lang, o.id) }));
    if (key === 'stop-phrases') return content.hasStopPhrases ? [{ title: '', href: urls.stopPhrases(lang) }] : [];
    return content.scripts
      .filter((s) => s.chapter === key)
      .map((s) => ({ title: s.title, summary: s.summary, href: s.type === 'scenario' ? urls.scenario(lang, s.id) : urls.script(lang, s.id) }));
  };
  return CHAPTER_KEYS.map((key) => ({ key, items: itemsOf(key) })).filter((chapter) => chapter.items.length > 0);
}
