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

/** A change to the draft: the span replaced and the text put there. */
export interface DraftEdit {
  start: number;
  end: number;
  text: string;
}

// A replacement that ends a sentence is a sentence: it takes the place of the whole sentence.
const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/u;

/** Whether a replacement is a whole sentence (it ends with . ! ? … or their CJK forms). */
export function isSentence(replacement: string): boolean {
  return SENTENCE_END.test(replacement.trim());
}

/**
 * The span of the sentence (or sentences) holding `start`–`end`, without the spaces around it,
 * as the language's sentence rules cut it; a line break always ends a sentence, so a greeting
 * line stays out of it.
 */
export function sentenceSpan(text: string, start: number, end: number, lang: string): [number, number] {
  const boundaries = new Set<number>([0, text.length]);
  for (const { index } of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) boundaries.add(index);
  // Unicode's rules do not end a sentence at an ellipsis; a capital after one starts a new sentence.
  for (const ellipsis of text.matchAll(ELLIPSIS_THEN_CAPITAL)) boundaries.add(ellipsis.index + ellipsis[0].length);
  const sorted = [...boundaries].sort((a, b) => a - b);
  let from = sorted.filter((at) => at <= start).pop() ?? 0;
  let to = sorted.find((at) => at >= end) ?? text.length;
  while (from < to && /\s/u.test(text[from]!)) from += 1;
  while (to > from && /\s/u.test(text[to - 1]!)) to -= 1;
  return [Math.min(from, start), Math.max(to, end)];
}

const ELLIPSIS_THEN_CAPITAL = /…["'”’»)\]]*\s+(?=[\p{Lu}\p{Lt}])/gu;

/**
 * What "Replace" does with a replacement: a whole sentence replaces the sentence that held the
 * stop phrase; a few words replace the stop phrase only (see `replaceMatch`).
 */
export function replacementEdit(text: string, match: Pick<StopPhraseMatch, 'start' | 'end'>, replacement: string, lang: string): DraftEdit {
  if (isSentence(replacement)) {
    const [start, end] = sentenceSpan(text, match.start, match.end, lang);
    return { start, end, text: replacement.trim() };
  }
  const { start, end } = replaceMatch(text, match, replacement);
  return { start, end, text: replacement };
}
