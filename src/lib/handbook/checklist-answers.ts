import type { KeyValueStorage } from '../roleplay/result-store.ts';
/** The part of the Web Storage API the answers need, so tests and private windows can supply their own. */
export interface AnswerStorage extends KeyValueStorage {
  removeItem(key: string): void;
}

/** A checklist's answers as the form holds them: field name → value (scores, comments, control items). */
export type ChecklistAnswers = Record<string, string>;

/** The storage key of one checklist's answers; `page` is the checklist's address. */
export function answersKey(page: string): string {
  return `salesbook:checklist:${page}`;
}

/** The answers kept for a checklist; unreadable, foreign or blocked storage reads as none. */
export function readAnswers(storage: AnswerStorage | null, page: string): ChecklistAnswers {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(answersKey(page)) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((pair): pair is [string, string] => typeof pair[1] === 'string'));
  } catch {
    return {};
  }
}

/** Keeps the answers given so far; empty values are dropped, and no answers at all removes the entry. */
export function saveAnswers(storage: AnswerStorage | null, page: string, answers: ChecklistAnswers): void {
  const given = Object.fromEntries(Object.entries(answers).filter(([, value]) => value.trim() !== ''));
  try {
    if (Object.keys(given).length === 0) storage?.removeItem(answersKey(page));
    else storage?.setItem(answersKey(page), JSON.stringify(given));
  } catch {
    // A full or blocked storage must not stop the scoring; the answers stay on the page.
  }
}

/** Forgets a checklist's answers. */
export function clearAnswers(storage: AnswerStorage | null, page: string): void {
  try {
    storage?.removeItem(answersKey(page));
  } catch {
    // Nothing kept, nothing to clear.
  }
}

/** The name of an item's comment field, kept apart from its score. */
export function commentField(itemId: string): string {
  return `${itemId}:comment`;
}
