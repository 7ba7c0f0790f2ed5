import { foldWord, isCorrectable } from '../words.ts';
import type { Vocabulary } from './vocabulary.ts';

/** What the vocabulary says about a query. */
export interface QueryCorrection {
  /** The query with each word that matches nothing replaced by the nearest word the index holds; absent when no word needed it. */
  corrected?: string;
  /** The (corrected) query with its half-typed last word completed to the likeliest word, searched beside it; absent when not needed. */
  completed?: string;
  /** Words (folded) that match nothing in the index and are too far from every word of it to correct. */
  unknown: string[];
  /**
   * The query with every word the index does not hold as written (forms included) replaced by
   * its nearest word: searched when the query as corrected finds nothing, since a slip in the
   * last letter looks like another ending ("expensivr"). Absent when it would change nothing.
   */
  retry?: string;
}

/** A word of a query: where it is in the query as typed, and its folded form. */
interface QueryWord {
  start: number;
  end: number;
  token: string;
}

// Letters, digits, marks and apostrophes: a word, as far as correcting it goes.
const WORD = /[\p{L}\p{N}\p{M}'’ʼ‘]+/gu;
// A word stops being "typed" once a space, a quote or a punctuation mark follows it.
const STILL_TYPING = /[\p{L}\p{N}\p{M}'’ʼ‘]$/u;
// Two forms of one word share all but the last letter of the query's word, and at least five
// letters ("руководителю", "руководитель"; "дорогой", "дорого"). Anything looser takes slips for
// forms: "бюджт" shares "бюдж" with "бюджет", "supplyer" shares "suppl" with "supply".
const MIN_STEM = 5;
const ENDING = 2;

/** Edits allowed to correct a word: none for words of three letters or fewer, one up to seven, two beyond. */
export function allowedEdits(token: string): number {
  const length = [...token].length;
  return length < 4 ? 0 : length <= 7 ? 1 : 2;
}

function queryWords(query: string): QueryWord[] {
  return [...query.matchAll(WORD)]
    .map((match) => ({ start: match.index, end: match.index + match[0].length, token: foldWord(match[0]) }))
    .filter((word) => word.token !== '');
}

/**
 * Whether a word matches something in the index, as far as the vocabulary tells: it is one of
 * its words, a form of one (the same start but for its last letter, another ending of up to two
 * letters), or — while it is being typed — the start of one.
 */
function isKnown(vocabulary: Vocabulary, token: string, typing: boolean): boolean {
  if (!isCorrectable(token) || vocabulary.has(token)) return true;
  if (typing && vocabulary.completions(token, 1).length > 0) return true;
  const letters = [...token];
  for (let keep = letters.length; keep >= Math.max(MIN_STEM, letters.length - 1); keep -= 1) {
    const stem = letters.slice(0, keep).join('');
    if (vocabulary.has(stem) || vocabulary.hasForm(stem, ENDING)) return true;
  }
  return false;
}

// The word an unknown word most likely stands for: the nearest within its allowed edits, else a
// word it starts with ("дороговато" → "дорого"), no shorter than four letters and half the word.
function correctionOf(vocabulary: Vocabulary, token: string, typing: boolean): string | undefined {
  const edits = allowedEdits(token);
  if (edits === 0) return undefined;
  const [near] = vocabulary.nearest(token, edits, { typing, limit: 1 });
  if (near) return near.word;
  const letters = [...token];
  for (let keep = letters.length - 1; keep >= Math.max(4, Math.ceil(letters.length / 2)); keep -= 1) {
    const stem = letters.slice(0, keep).join('');
    if (vocabulary.has(stem)) return stem;
  }
  return undefined;
}

function replaceWords(query: string, replacements: readonly { word: QueryWord; by: string }[]): string {
  let result = '';
  let at = 0;
  for (const { word, by } of replacements) {
    result += query.slice(at, word.start) + by;
    at = word.end;
  }
  return result + query.slice(at);
}

/**
 * Corrects a query against the index's vocabulary: every word that matches nothing is replaced
 * by the nearest word the index holds (one edit for short words, two for long ones; a swap of two
 * letters is one edit), and a half-typed last word that only starts index words is completed for
 * a second search, since the index matches word starts after stemming ("дорог" does not reach
 * "дорого", whose stem is "дор").
 */
export function correctQuery(query: string, vocabulary: Vocabulary): QueryCorrection {
  const words = queryWords(query);
  const typing = STILL_TYPING.test(query);
  const replacements: { word: QueryWord; by: string }[] = [];
  const unknown: string[] = [];
  words.forEach((word, i) => {
    const last = typing && i === words.length - 1;
    if (isKnown(vocabulary, word.token, last)) return;
    const correction = correctionOf(vocabulary, word.token, last);
    if (correction === undefined) unknown.push(word.token);
    else replacements.push({ word, by: correction });
  });
  const corrected = replacements.length > 0 ? replaceWords(query, replacements) : undefined;
  const result: QueryCorrection = { unknown, ...(corrected === undefined ? {} : { corrected }) };
  const forms = words.flatMap((word, i) => {
    const replaced = replacements.find((r) => r.word === word);
    if (replaced) return [replaced];
    const last = typing && i === words.length - 1;
    if (!isCorrectable(word.token) || vocabulary.has(word.token) || (last && vocabulary.completions(word.token, 1).length > 0)) return [];
    const [near] = vocabulary.nearest(word.token, allowedEdits(word.token), { typing: last, limit: 1 });
    return near ? [{ word, by: near.word }] : [];
  });
  if (forms.length > replacements.length) result.retry = replaceWords(query, forms);
  const last = words[words.length - 1];
  if (typing && last && !replacements.some((r) => r.word === last) && !vocabulary.has(last.token) && isCorrectable(last.token)) {
    const [completion] = vocabulary.completions(last.token, 1);
    if (completion) result.completed = replaceWords(corrected ?? query, [{ word: shifted(last, query, corrected), by: completion }]);
  }
  return result;
}

// The last word's place in the corrected query: corrections before it change its offsets.
function shifted(last: QueryWord, query: string, corrected: string | undefined): QueryWord {
  const shift = (corrected?.length ?? query.length) - query.length;
  return { ...last, start: last.start + shift, end: last.end + shift };
}

/**
 * Queries to offer when nothing is found: the query with one word replaced by one of the words
 * nearest to it — the words that matched nothing, else any word — at most `limit`.
 */
export function closestQueries(query: string, vocabulary: Vocabulary, limit = 3): { word: string; query: string }[] {
  const words = queryWords(query).filter((word) => isCorrectable(word.token));
  const unknown = words.filter((word) => !isKnown(vocabulary, word.token, false));
  const offers: { word: string; query: string; distance: number }[] = [];
  for (const word of unknown.length > 0 ? unknown : words) {
    const reach = Math.min(3, allowedEdits(word.token) + 1);
    for (const near of vocabulary.nearest(word.token, reach, { limit })) {
      offers.push({ word: near.word, query: replaceWords(query, [{ word, by: near.word }]), distance: near.distance });
    }
  }
  return offers
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map(({ word, query: offered }) => ({ word, query: offered }));
}
