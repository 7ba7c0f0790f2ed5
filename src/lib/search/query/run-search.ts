import { closestQueries, correctQuery } from './correct-query.ts';
import { isEmptyQuery, parseQuery } from './query.ts';
import { rankResults, type ScoredResult } from './rank-results.ts';
import { shapeResult, type ResultFragment, type ResultView } from './result-view.ts';
import { pagefindFilters, type SearchState } from './search-state.ts';
import { stopPhrasesFirst, type RankedResult } from './stop-phrase-first.ts';
import type { Vocabulary } from './vocabulary.ts';

/** One result as Pagefind's JavaScript API returns it. */
export interface PagefindResult {
  id: string;
  /** Pagefind's relevance; absent in stand-ins, where the order given counts. */
  score?: number;
  data(): Promise<ResultFragment>;
}

/** The part of Pagefind's JavaScript API the search uses; tests pass a stand-in. */
export interface PagefindApi {
  search(
    term: string | null,
    options: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: PagefindResult[]; filters?: Record<string, Record<string, number>> } | null>;
}

/** What one search found. */
export interface SearchOutcome {
  results: RankedResult[];
  /** Results Pagefind found; with exact phrases, the ones confirmed so far. */
  total: number;
  /** Whether asking for a larger limit would show more. */
  more: boolean;
  /** The query searched instead of the one typed, when words of it match nothing in the index. */
  correctedTo?: string;
  /** When nothing was found: the query with one word replaced by a near word of the index. */
  suggestions: { word: string; query: string }[];
}

/** How far a search looks. */
export interface SearchLimits {
  /** Results to show. */
  limit: number;
  /** Pagefind results to check for an exact phrase before giving up on filling `limit`. */
  maxCandidates?: number;
  /** True once a newer search has started: this one then stops before fetching result texts. */
  superseded?: () => boolean;
  /** The words of the index, to correct slips; without it the query is searched as typed. */
  vocabulary?: Vocabulary;
  /** Search the query as typed even if a word of it matches nothing (the reader asked for it). */
  literal?: boolean;
}

// Result texts of exact-phrase searches are fetched in batches of this size: enough to rank the
// first screen well in one round trip each.
const BATCH = 10;

// Two searches for one query (a half-typed word and its likeliest completion) give one list,
// each record at the better of its two scores.
function merge(lists: readonly PagefindResult[][]): { result: PagefindResult; score: number }[] {
  const best = new Map<string, { result: PagefindResult; score: number }>();
  for (const list of lists) {
    list.forEach((result, index) => {
      const score = result.score ?? list.length - index;
      const known = best.get(result.id);
      if (!known || known.score < score) best.set(result.id, { result, score });
    });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * Runs a search: words that match nothing in the index are corrected, Pagefind finds candidates
 * (word forms included), exact phrases are checked on each candidate's text, and results are
 * ranked for a conversation (see `rankResults`). Resolves to undefined when nothing was asked or
 * a newer search took over.
 */
export async function runSearch(pagefind: PagefindApi, state: SearchState, limits: SearchLimits): Promise<SearchOutcome | undefined> {
  const vocabulary = limits.literal ? undefined : limits.vocabulary;
  let correction = vocabulary ? correctQuery(state.q, vocabulary) : undefined;
  if (vocabulary && correction && correction.doubtful.length > 0) {
    // Words that may be forms or slips: those the index finds nothing for are corrected too.
    const checks = await Promise.all(correction.doubtful.map(async (word) => ((await matchesSomething(pagefind, word)) ? [] : [word])));
    if (limits.superseded?.()) return undefined;
    const unmatched = new Set(checks.flat());
    if (unmatched.size > 0) correction = correctQuery(state.q, vocabulary, unmatched);
  }
  const found = await searchOnce(pagefind, state, limits, correction?.corrected ?? state.q, correction?.completed);
  return finish(found, state, limits, correction?.corrected);
}

// Whether the index matches a word at all; asked once per word and index, as the rep types on.
const wordChecks = new WeakMap<PagefindApi, Map<string, Promise<boolean>>>();

function matchesSomething(pagefind: PagefindApi, word: string): Promise<boolean> {
  let checks = wordChecks.get(pagefind);
  if (!checks) wordChecks.set(pagefind, (checks = new Map()));
  let check = checks.get(word);
  if (!check) {
    check = pagefind.search(word, {}).then((found) => (found?.results.length ?? 0) > 0, () => true);
    checks.set(word, check);
  }
  return check;
}

// The outcome as shown: what was searched instead of the query as typed, and, when nothing was
// found, queries to try.
function finish(found: Omit<SearchOutcome, 'suggestions'> | undefined, state: SearchState, limits: SearchLimits, searched: string | undefined): SearchOutcome | undefined {
  if (!found) return undefined;
  return {
    ...found,
    ...(searched === undefined ? {} : { correctedTo: searched.trim() }),
    suggestions: found.total === 0 && limits.vocabulary ? closestQueries(state.q, limits.vocabulary) : [],
  };
}

// One search as `runSearch` describes it, for the query to search and its completed twin.
async function searchOnce(pagefind: PagefindApi, state: SearchState, limits: SearchLimits, searched: string, completed: string | undefined): Promise<Omit<SearchOutcome, 'suggestions'> | undefined> {
  const query = parseQuery(searched);
  const filters = pagefindFilters(state);
  const filtersOnly = isEmptyQuery(query);
  if (filtersOnly && Object.keys(filters).length === 0) return undefined;
  const term = filtersOnly ? null : query.term;
  const terms = [term, ...(completed && !filtersOnly ? [parseQuery(completed).term] : [])];
  const answers = await Promise.all(terms.map((t) => pagefind.search(t, { filters })));
  if (answers.some((answer) => !answer) || limits.superseded?.()) return undefined;
  const found = merge(answers.map((answer) => answer!.results));
  const exact = query.phrases.length > 0;
  // Without exact phrases every result is kept, so one screenful of texts is enough; with them,
  // and Pagefind scoring every match of a quoted phrase alike, a batch leaves room to rank.
  const batchSize = exact ? Math.max(BATCH, limits.limit) : limits.limit;
  const texts = (from: number) => Promise.all(found.slice(from, from + batchSize).map(({ result }) => result.data()));
  // The first texts are asked for before anything else runs, so their requests leave at once.
  let pending = texts(0);

  // A stop phrase is looked for apart from the rest, so one ranked low still comes first; only
  // when Pagefind's counts say the query matches one (or it has no counts yet), and its text is
  // fetched alongside the results rather than after them.
  const counts = answers[0]!.filters;
  const stopCount = counts?.type === undefined ? undefined : (counts.type['stop-phrase'] ?? 0);
  const wantsStopPhrases = !filtersOnly && stopCount !== 0 && (state.filters.type.length === 0 || state.filters.type.includes('stop-phrase'));
  const shownIds = new Set(found.slice(0, limits.limit).map(({ result }) => result.id));
  const stopFragments = (wantsStopPhrases ? pagefind.search(term, { filters: { ...filters, type: { any: ['stop-phrase'] } } }) : Promise.resolve(null))
    .then((stop) => Promise.all((stop?.results ?? []).slice(0, 1).filter((result) => !shownIds.has(result.id)).map(async (result) => ({ fragment: await result.data(), score: result.score ?? 0 }))))
    .catch((): { fragment: ResultFragment; score: number }[] => []);

  const maxCandidates = Math.max(limits.limit, limits.maxCandidates ?? 60);
  const shaped: { view: ResultView; score: number }[] = [];
  let checked = 0;
  while (checked < found.length && checked < maxCandidates) {
    const fragments = await pending;
    if (limits.superseded?.()) return undefined;
    fragments.forEach((fragment, i) => {
      const view = shapeResult(fragment, query);
      if (view) shaped.push({ view, score: found[checked + i]!.score });
    });
    checked += fragments.length;
    if (shaped.length >= limits.limit) break;
    pending = texts(checked);
  }
  const extra = (await stopFragments)
    .map(({ fragment, score }) => ({ view: shapeResult(fragment, query), score }))
    .filter((entry): entry is { view: ResultView; score: number } => entry.view !== undefined && !shaped.some((s) => s.view.url === entry.view!.url));
  const all = [...shaped, ...extra];
  const marked = stopPhrasesFirst(all.map((entry) => entry.view), query);
  const scored: ScoredResult[] = all.map((entry) => ({ view: marked.find((view) => view.url === entry.view.url) ?? { ...entry.view, isQueriedStopPhrase: false }, score: entry.score }));
  const typing = /[\p{L}\p{N}\p{M}]$/u.test(searched);
  // A stop phrase fetched only to be put first is dropped again when the query is not it.
  const ranked = rankResults(scored, query, typing).filter((r) => r.isQueriedStopPhrase || shaped.some((s) => s.view.url === r.url));
  const total = exact ? shaped.length : found.length;
  return { results: ranked.slice(0, limits.limit), total, more: shaped.length > limits.limit || checked < found.length };
}
