import { isEmptyQuery, parseQuery } from './query.ts';
import { shapeResult, type ResultFragment, type ResultView } from './result-view.ts';
import { pagefindFilters, type SearchState } from './search-state.ts';
import { stopPhrasesFirst, type RankedResult } from './stop-phrase-first.ts';

/** The part of Pagefind's JavaScript API the search uses; tests pass a stand-in. */
export interface PagefindApi {
  search(
    term: string | null,
    options: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: { id: string; data(): Promise<ResultFragment> }[]; filters?: Record<string, Record<string, number>> } | null>;
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
  const found = await pagefind.search(term, { filters });
  if (!found || limits.superseded?.()) return undefined;
  const exact = query.phrases.length > 0;
  // Without exact phrases every result is kept, so one batch fills the list.
  const batchSize = exact ? Math.max(BATCH, limits.limit) : limits.limit;
  const texts = (from: number) => Promise.all(found.results.slice(from, from + batchSize).map((result) => result.data()));
  // The first texts are asked for before anything else runs, so their requests leave at once.
  let pending = texts(0);

  // A stop phrase is looked for apart from the rest, so one ranked low still comes first; only
  // when Pagefind's counts say the query matches one (or it has no counts yet), and its text is
  // fetched alongside the results rather than after them.
  const stopCount = found.filters?.type === undefined ? undefined : (found.filters.type['stop-phrase'] ?? 0);
  const wantsStopPhrases = !filtersOnly && stopCount !== 0 && (state.filters.type.length === 0 || state.filters.type.includes('stop-phrase'));
  const shownIds = new Set(found.results.slice(0, limits.limit).map((result) => result.id));
  const stopFragments = (wantsStopPhrases ? pagefind.search(term, { filters: { ...filters, type: { any: ['stop-phrase'] } } }) : Promise.resolve(null))
    .then((stop) => Promise.all((stop?.results ?? []).slice(0, 1).filter((result) => !shownIds.has(result.id)).map((result) => result.data())))
    .catch((): ResultFragment[] => []);

  const maxCandidates = Math.max(limits.limit, limits.maxCandidates ?? 60);
  const shaped: ResultView[] = [];
  let checked = 0;
  while (checked < found.results.length && checked < maxCandidates) {
    const fragments = await pending;
    checked += fragments.length;
    if (limits.superseded?.()) return undefined;
    for (const fragment of fragments) {
      const view = shapeResult(fragment, query);
      if (view && shaped.length < limits.limit) shaped.push(view);
    }
    if (shaped.length >= limits.limit) break;
    pending = texts(checked);
  }
  const extra = (await stopFragments).map((fragment) => shapeResult(fragment, query)).filter((view): view is ResultView => view !== undefined);
  const ranked = stopPhrasesFirst([...shaped, ...extra.filter((view) => !shaped.some((s) => s.url === view.url))], query);
  // A stop phrase fetched only to be put first is dropped again when the query is not it.
  const results = ranked.filter((r) => r.isQueriedStopPhrase || shaped.some((s) => s.url === r.url)).slice(0, limits.limit);
  const total = exact ? shaped.length : found.results.length;
  return { results, total, more: checked < found.results.length };
}
