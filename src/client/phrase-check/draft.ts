import type { StopPhraseMatch } from '../../lib/engine/stop-phrases/index.ts';

/** A run of the draft: plain text, or a stop phrase (the index of its match). */
export interface DraftSegment {
  text: string;
  match?: number;
}

/** Splits the draft into plain runs and stop phrases, in order, for highlighting. */
export function draftSegments(text: string, matches: readonly StopPhraseMatch[]): DraftSegment[] {
  const segments: DraftSegment[] = [];
  let at = 0;
  matches.forEach((match, index) => {
    if (match.start > at) segments.push({ text: text.slice(at, match.start) });
    segments.push({ text: text.slice(match.start, match.end), match: index });
    at = match.end;
  });
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/**
 * The draft with one stop phrase replaced: the range replaced and the new text, with the caret
 * just after the replacement. When the replacement starts with the word just before the stop
 * phrase ("Я постараюсь" → "Я оформлю…"), that word is replaced too rather than doubled.
 */
export function replaceMatch(
  text: string,
  match: Pick<StopPhraseMatch, 'start' | 'end'>,
  replacement: string,
): { text: string; start: number; end: number; caret: number } {
  const firstWord = /^[\p{L}\p{N}'’]+/u.exec(replacement)?.[0];
  let start = match.start;
  if (firstWord) {
    const before = new RegExp(`(?<![\\p{L}\\p{N}])${firstWord.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\s+$`, 'iu').exec(text.slice(0, match.start));
    if (before) start = before.index;
  }
  return { text: text.slice(0, start) + replacement + text.slice(match.end), start, end: match.end, caret: start + replacement.length };
}

/** A key for the set of stop phrases found, so the list is rebuilt (and announced) only when it changes. */
export function findingsKey(matches: readonly StopPhraseMatch[]): string {
  return matches.map((m) => `${m.start}:${m.end}:${m.rule.phrase}`).join('|');
}
