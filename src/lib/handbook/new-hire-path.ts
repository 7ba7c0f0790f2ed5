import { CHAPTER_KEYS, type ChapterKey } from '../../schemas/config.ts';
import type { BookItem, BookScript } from './book-order.ts';
import { urls } from '../engine/urls.ts';

/** What a new hire does at a step. */
export type PathAction = 'read' | 'learn' | 'practise' | 'check';

/** One step of the new hire path: an action on a part of the book. */
export interface PathStep {
  action: PathAction;
  /** The chapter the step reads or practises; `standards` for the service standards, `checklists` for the self-check. */
  topic: ChapterKey | 'standards' | 'checklists';
  items: BookItem[];
}

/** Everything of one language the path can point to. */
export interface PathContent {
  scripts: readonly BookScript[];
  objectionCount: number;
  standards: readonly { id: string; title: string; summary: string; type: 'standard' | 'method' | 'checklist' }[];
  hasStopPhrases: boolean;
  hasCompensation: boolean;
  /** Link texts for pages that are not entries. */
  labels: { objections: string; stopPhrases: string; phraseCheck: string; compensation: string };
}

// A role-play is practised right after the chapter it rehearses; others wait until the standards are read.
const PRACTISED_AFTER: Record<string, ChapterKey> = {
  'cold-call': 'second-call',
  'repeat-call': 'offer',
  meeting: 'offer',
  complaint: 'difficult',
};

/**
 * Orders the book into a reading and practice path for a new hire: the chapters in book order, each
 * role-play right after the chapter it rehearses, then the service standards, the remaining
 * role-plays, and the checklists to score oneself. Steps with nothing in them are dropped.
 */
export function newHirePath(lang: string, content: PathContent): PathStep[] {
  const scenarios = content.scripts.filter((s) => s.type === 'scenario');
  const presentChapters = new Set(content.scripts.filter((s) => s.type === 'call').map((s) => s.chapter));
  const practisedAfter = (kind: string | undefined): ChapterKey | undefined => {
    const chapter = kind ? PRACTISED_AFTER[kind] : undefined;
    return chapter && presentChapters.has(chapter) ? chapter : undefined;
  };
  const scenarioItem = (s: BookScript): BookItem => ({ title: s.title, summary: s.summary, href: urls.scenario(lang, s.id) });

  const steps: PathStep[] = [];
  for (const chapter of CHAPTER_KEYS) {
    if (chapter === 'scenarios') continue;
    steps.push({ action: chapter === 'objections' || chapter === 'stop-phrases' ? 'learn' : 'read', topic: chapter, items: chapterItems(lang, chapter, content) });
    steps.push({ action: 'practise', topic: chapter, items: scenarios.filter((s) => practisedAfter(s.kind) === chapter).map(scenarioItem) });
  }
  const standards = content.standards.filter((s) => s.type === 'standard');
  steps.push({ action: 'read', topic: 'standards', items: standards.map((s) => ({ title: s.title, summary: s.summary, href: urls.standard(lang, s.id) })) });
  steps.push({ action: 'practise', topic: 'scenarios', items: scenarios.filter((s) => practisedAfter(s.kind) === undefined).map(scenarioItem) });
  const checklists = content.standards.filter((s) => s.type === 'checklist');
  steps.push({ action: 'check', topic: 'checklists', items: checklists.map((s) => ({ title: s.title, summary: s.summary, href: urls.standard(lang, s.id) })) });
  return steps.filter((step) => step.items.length > 0);
}

function chapterItems(lang: string, chapter: ChapterKey, content: PathContent): BookItem[] {
  if (chapter === 'objections')
    return content.objectionCount > 0 ? [{ title: content.labels.objections, href: urls.objections(lang) }] : [];
  if (chapter === 'stop-phrases')
    return content.hasStopPhrases
      ? [
          { title: content.labels.stopPhrases, href: urls.stopPhrases(lang) },
          { title: content.labels.phraseCheck, href: urls.phraseCheck(lang) },
        ]
      : [];
  const scripts: BookItem[] = content.scripts
    .filter((s) => s.type === 'call' && s.chapter === chapter)
    .map((s) => ({ title: s.title, summary: s.summary, href: urls.script(lang, s.id) }));
  if (chapter !== 'difficult' || scripts.length === 0) return scripts;
  // Complaints are handled with the methods (LAST) and end with the compensation matrix.
  const methods = content.standards
    .filter((s) => s.type === 'method')
    .map((s) => ({ title: s.title, summary: s.summary, href: urls.standard(lang, s.id) }));
  const compensation = content.hasCompensation ? [{ title: content.labels.compensation, href: urls.compensation(lang) }] : [];
  return [...scripts, ...methods, ...compensation];
}
