import type { RecordType } from '../parts.ts';
import { foldWord } from '../words.ts';
import type { ParsedQuery } from './query.ts';
import type { RankedResult } from './stop-phrase-first.ts';
import { phraseTokens, tokenize } from './words.ts';

/** A result with Pagefind's score for it. */
export interface ScoredResult {
  view: RankedResult;
  score: number;
}

// What a rep reaches for during a call comes before the documents around it.
const TYPE_ORDER: Record<RecordType, number> = {
  'stop-phrase': 0,
  module: 0,
  objection: 0,
  call: 1,
  scenario: 1,
  standard: 2,
  method: 2,
  checklist: 2,
  compensation: 2,
};

// A score at least four fifths of the best one of its group counts as the same score.
const SAME_SCORE = 0.8;
const SPACELESS = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]/u;

// Two tokens are one word when equal, when one is the other with an ending of up to two letters
// added, or — for the word still being typed — when the record's word starts with it.
function sameWord(queried: string, written: string, typing: boolean): boolean {
  if (queried === written || (typing && written.startsWith(queried))) return true;
  const a = [...queried];
  const b = [...written];
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared += 1;
  return shared >= 4 && a.length - shared <= 2 && b.length - shared <= 2;
}

/**
 * Whether a name of the record (its title, an alias…) holds the whole query: every word, in the
 * order typed, next to each other; a quoted phrase word for word.
 */
export function namesWholeQuery(names: readonly string[], query: ParsedQuery, typing: boolean): boolean {
  const exact = query.phrases.length === 1 && query.free === '' ? query.phrases[0]! : undefined;
  const wanted = exact ?? phraseTokens(query.plain);
  if (wanted.length === 0) return false;
  if (wanted.some((token) => SPACELESS.test(token))) {
    const text = wanted.join('');
    return names.some((name) => foldWord(name).replace(/\s+/gu, '').includes(text));
  }
  return names.some((name) => {
    const tokens = tokenize(name).map((t) => t.token);
    for (let i = 0; i + wanted.length <= tokens.length; i += 1) {
      const fits = wanted.every((token, k) => (exact ? tokens[i + k] === token : sameWord(token, tokens[i + k]!, typing && k === wanted.length - 1)));
      if (fits) return true;
    }
    return false;
  });
}

/**
 * Orders results for a rep in a conversation: the stop phrase the query is, then records whose
 * title or alias holds the whole query, then by Pagefind's score — where scores are about the
 * same, speech modules, objections and stop phrases before scripts and scenarios, and those
 * before standards, checklists and compensation.
 */
export function rankResults(results: readonly ScoredResult[], query: ParsedQuery, typing: boolean): RankedResult[] {
  const tier = (result: ScoredResult) => (result.view.isQueriedStopPhrase ? 0 : namesWholeQuery(result.view.names, query, typing) ? 1 : 2);
  const byScore = results.map((result, index) => ({ result, index, tier: tier(result) })).sort((a, b) => a.tier - b.tier || b.result.score - a.result.score || a.index - b.index);
  // Within a tier, results are taken in groups of about the same score; a group is ordered by type.
  const ranked: RankedResult[] = [];
  for (let start = 0; start < byScore.length; ) {
    const leader = byScore[start]!;
    let end = start + 1;
    while (end < byScore.length && byScore[end]!.tier === leader.tier && byScore[end]!.result.score >= leader.result.score * SAME_SCORE) end += 1;
    const group = byScore.slice(start, end).sort((a, b) => (TYPE_ORDER[a.result.view.type] ?? 3) - (TYPE_ORDER[b.result.view.type] ?? 3) || b.result.score - a.result.score || a.index - b.index);
    ranked.push(...group.map((entry) => entry.result.view));
    start = end;
  }
  return ranked;
}
