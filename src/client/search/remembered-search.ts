import { emptyState, type SearchState } from '../../lib/search/query/search-state.ts';

const KEY = 'salesbook:last-search';

/**
 * The last query and filters, kept for the browser tab: reopening the search on another page
 * shows them again, ready to refine or to replace by typing.
 */
export function rememberedSearch(): SearchState | undefined {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<SearchState> | null;
    if (!saved || typeof saved.q !== 'string') return undefined;
    const state = emptyState();
    state.q = saved.q;
    for (const group of Object.keys(state.filters) as (keyof SearchState['filters'])[]) {
      const values = saved.filters?.[group];
      if (Array.isArray(values)) state.filters[group] = values.filter((v): v is string => typeof v === 'string');
    }
    return state;
  } catch {
    // Storage may be disabled or hold something else; searching still works without it.
    return undefined;
  }
}

/** Keeps the query and filters for the next time the search opens in this tab. */
export function rememberSearch(state: SearchState): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(state));
  } catch {
    // Private modes may refuse storage; the search then simply starts empty next time.
  }
}
