import { isEmptyQuery, parseQuery } from './query.ts';
import { shapeResult, type ResultFragment, type ResultView } from './result-view.ts';
import { pagefindFilters, type SearchState } from './search-state.ts';
import { stopPhrasesFirst, type RankedResult } from './stop-phrase-first.ts';

/** The part of Pagefind's JavaScript API the search uses; tests pass a stand-in. */
export interface PagefindApi {
  search(
    term: string | null,
    options: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: { id: string; data(): Promise<ResultFragment> }[] } | null>;
}

/** What one search found. */
export interface SearchOutcome {
  results: RankedResult[];
  /** Results Pagefind found; with exact phrases, the ones confirmed so far. */
  total: number;
  /** Whether asking for a larger limit would show more. */
  more: boolean;
}

/** How far a search looks. */
export interface SearchLimits {
  /** Results to show. */
  limit: number;
  /** Pagefind results to check for an exact phrase before giving up on filling `limit`. */
  maxCandidates?: number;
  /** True once a newer search has started: this one then stops before fetching result texts. */
  superseded?: () => boolean;
}

// Fragments are fetched in batches of this size: enough to fill a screen in one round trip each.
const BATCH = 10;

/**
 * Runs a search: Pagefind finds candidates (word forms included), exact phrases are checked on
 * each candidate's text, and a stop phrase that the query itself is goes first.
 * Resolves to undefined when nothing was asked or a newer search took over.
 */
export async function runSearch(pagefind: PagefindApi, state: SearchState, limits: SearchLimits): Promise<SearchOutcome | undefined> {
  const query = parseQuery(state.q);
  const filters = pagefindFilters(state);
  const filtersOnly = isEmptyQuery(query);
  if (filtersOnly && Object.keys(filters).length === 0) return undefined;
  const term = filtersOnly ? null : query.term;
  const wantsStopPhrases = !filtersOnly && (state.filters.type.length === 0 || state.filters.type.includes('stop-phrase'));
  const [found, stopCandidates] = await Promise.all([
    pagefind.search(term, { filters }),
    // Looked for apart from the rest, so a stop phrase ranked low still comes first.
    wantsStopPhrases ? pagefind.search(term, { filters: { ...filters, type: { any: ['stop-phrase'] } } }) : Promise.resolve(null),
  ]);
  if (!found || limits.superseded?.()) return undefined;

  // Fetched alongside the results rather than after them: one round trip instead of two.
  const stopFragments = Promise.all((stopCandidates?.results ?? []).slice(0, 2).map((result) => result.data())).catch((): ResultFragment[] => []);
  const maxCandidates = Math.max(limits.limit, limits.maxCandidates ?? 60);
  const exact = query.phrases.length > 0;
  const shaped: ResultView[] = [];
  let checked = 0;
  while (shaped.length < limits.limit && checked < found.results.length && checked < maxCandidates) {
    const batch = found.results.slice(checked, checked + (exact ? BATCH : limits.limit - shaped.length));
    checked += batch.length;
    const fragments = await Promise.all(batch.map((result) => result.data()));
    if (limits.superseded?.()) return undefined;
    for (const fragment of fragments) {
      const view = shapeResult(fragment, query);
      if (view && shaped.length < limits.limit) shaped.push(view);
    }
  }
  const extra = (await stopFragments).map((fragment) => shapeResult(fragment, query)).filter((view): view is ResultView => view !== undefined);
  const ranked = stopPhrasesFirst([...shaped, ...extra.filter((view) => !shaped.some((s) => s.url === view.url))], query);
  // A stop phrase fetched only to be put first is dropped again when the query is not it.
  const results = ranked.filter((r) => r.isQueriedStopPhrase || shaped.some((s) => s.url === r.url)).slice(0, limits.limit);
  const total = exact ? shaped.length : found.results.length;
  return { results, total, more: checked < found.results.length };
}
