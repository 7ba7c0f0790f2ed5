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
   * Words (folded) that the index does not hold but that look like another form of one of its
   * words ("approving", "approval"), so its stemming may match them — or a slip near the end
   * ("supplyer", "supply"). Only the index can tell: ask it for each, and correct again with
   * those it finds nothing for as `unmatched`.
   */
  doubtful: string[];
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
// Two forms of one word may share as little as five letters and differ in an ending of up to
// three ("approving", "approval"; "руководителем", "руководитель"): whether such a word is a
// form or a slip, only the index can tell.
const MIN_STEM = 5;
const ENDING = 3;

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

/** What the vocabulary tells of one word of a query. */
type Standing = { kind: 'known' } | { kind: 'form' } | { kind: 'slip'; correction: string } | { kind: 'unknown' };

/**
 * What the vocabulary tells of a word: `known` when it is one of its words or — while it is being
 * typed — the start of one; a `slip` of the nearest word within its allowed edits; a `form` when
 * it shares a start of five letters or more with one of its words, endings of up to three
 * letters apart, and is no slip of a word with that start ("approving": "approval" is a form,
 * "improving" two edits off is not what was meant); else `unknown`.
 */
function standing(vocabulary: Vocabulary, token: string, typing: boolean): Standing {
  if (!isCorrectable(token) || vocabulary.has(token)) return { kind: 'known' };
  if (typing && vocabulary.completions(token, 1).length > 0) return { kind: 'known' };
  const letters = [...token];
  let form = false;
  for (let keep = letters.length; keep >= Math.max(MIN_STEM, letters.length - ENDING) && !form; keep -= 1) {
    const stem = letters.slice(0, keep).join('');
    form = vocabulary.has(stem) || vocabulary.hasForm(stem, ENDING);
  }
  const edits = allowedEdits(token);
  const [near] = edits > 0 ? vocabulary.nearest(token, edits, { typing, limit: 1 }) : [];
  if (near && (!form || sharedStart(token, near.word) >= MIN_STEM)) return { kind: 'slip', correction: near.word };
  if (form) return { kind: 'form' };
  // A longer form of a word it starts with ("дороговато" → "дорого"), no shorter than four letters and half the word.
  for (let keep = letters.length - 1; keep >= Math.max(4, Math.ceil(letters.length / 2)); keep -= 1) {
    const stem = letters.slice(0, keep).join('');
    if (vocabulary.has(stem)) return { kind: 'slip', correction: stem };
  }
  return { kind: 'unknown' };
}

function sharedStart(a: string, b: string): number {
  const [x, y] = [[...a], [...b]];
  let shared = 0;
  while (shared < x.length && shared < y.length && x[shared] === y[shared]) shared += 1;
  return shared;
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
 * Corrects a query against the index's vocabulary: every word that matches nothing (or that the
 * index found nothing for: `unmatched`) is replaced by the nearest word the index holds (one
 * edit for short words, two for long ones; a swap of two letters is one edit), and a half-typed
 * last word that only starts index words is completed for a second search, since the index
 * matches word starts after stemming ("дорог" does not reach "дорого", whose stem is "дор").
 */
export function correctQuery(query: string, vocabulary: Vocabulary, unmatched: ReadonlySet<string> = new Set()): QueryCorrection {
  const words = queryWords(query);
  const typing = STILL_TYPING.test(query);
  const replacements: { word: QueryWord; by: string }[] = [];
  const unknown: string[] = [];
  const doubtful: string[] = [];
  words.forEach((word, i) => {
    const found = standing(vocabulary, word.token, typing && i === words.length - 1);
    if (found.kind === 'slip') replacements.push({ word, by: found.correction });
    else if (found.kind === 'form' && !unmatched.has(word.token)) doubtful.push(word.token);
    else if (found.kind !== 'known') {
      // A form the index found nothing for: the nearest word at any distance it allows, else nothing.
      const [near] = allowedEdits(word.token) > 0 ? vocabulary.nearest(word.token, allowedEdits(word.token), { limit: 1 }) : [];
      if (near) replacements.push({ word, by: near.word });
      else unknown.push(word.token);
    }
  });
  const corrected = replacements.length > 0 ? replaceWords(query, replacements) : undefined;
  const result: QueryCorrection = { unknown, doubtful, ...(corrected === undefined ? {} : { corrected }) };
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
  const unknown = words.filter((word) => standing(vocabulary, word.token, false).kind !== 'known');
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
