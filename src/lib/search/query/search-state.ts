import { FILTER_GROUPS, type FilterGroup } from '../parts.ts';

/** What a search is: the query and the chosen filter values (any of a group's values, all groups). */
export interface SearchState {
  q: string;
  filters: Record<FilterGroup, string[]>;
}

/** A state with no query and no filters. */
export function emptyState(): SearchState {
  return { q: '', filters: { type: [], stage: [], channel: [], category: [] } };
}

/** Reads `?q=…&type=…&stage=…` (repeated or comma-separated values). */
export function stateFromParams(params: URLSearchParams): SearchState {
  const state = emptyState();
  state.q = params.get('q') ?? '';
  for (const group of FILTER_GROUPS) {
    state.filters[group] = [...new Set(params.getAll(group).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))];
  }
  return state;
}

/** Writes a state as URL parameters, so a search with its filters can be shared. */
export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  for (const group of FILTER_GROUPS) for (const value of state.filters[group]) params.append(group, value);
  return params;
}

/** Adds the value to its group when absent, removes it when present. */
export function toggleFilter(state: SearchState, group: FilterGroup, value: string): SearchState {
  const current = state.filters[group];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [group]: next } };
}

/** The filters in Pagefind's form: `{ type: { any: [...] } }` for each group with a choice. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const group of FILTER_GROUPS) if (state.filters[group].length > 0) filters[group] = { any: state.filters[group] };
  return filters;
}

/** True when at least one filter is chosen. */
export function hasFilters(state: SearchState): boolean {
  return FILTER_GROUPS.some((group) => state.filters[group].length > 0);
}
