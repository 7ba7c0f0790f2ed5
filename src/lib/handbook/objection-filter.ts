/** Facets the objection index can be narrowed by, in the order the chips are shown. */
export const FILTER_GROUPS = ['category', 'stage', 'channel'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

/** Chosen values per facet; an empty list means the facet does not narrow anything. */
export type FilterSelection = Record<FilterGroup, string[]>;

/** What an objection offers to the filter. */
export interface Filterable {
  category: string;
  stages: readonly string[];
  channels: readonly string[];
}

/** A selection that shows everything. */
export function emptySelection(): FilterSelection {
  return { category: [], stage: [], channel: [] };
}

/** True when nothing is chosen. */
export function isEmptySelection(selection: FilterSelection): boolean {
  return FILTER_GROUPS.every((group) => selection[group].length === 0);
}

/** Whether an objection stays visible: any chosen value within a facet, every facet that has a choice. */
export function matchesSelection(item: Filterable, selection: FilterSelection): boolean {
  const values: Record<FilterGroup, readonly string[]> = { category: [item.category], stage: item.stages, channel: item.channels };
  return FILTER_GROUPS.every((group) => selection[group].length === 0 || selection[group].some((value) => values[group].includes(value)));
}

/** Adds a value to a facet, or removes it when it was chosen. */
export function toggleValue(selection: FilterSelection, group: FilterGroup, value: string): FilterSelection {
  const chosen = selection[group];
  return { ...selection, [group]: chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value] };
}

/** Reads a selection from a query string (`?category=price&stage=agreement`), keeping only known values. */
export function selectionFromQuery(query: string, known: Readonly<Record<FilterGroup, readonly string[]>>): FilterSelection {
  const params = new URLSearchParams(query);
  const selection = emptySelection();
  for (const group of FILTER_GROUPS) {
    for (const value of params.getAll(group)) if (known[group].includes(value) && !selection[group].includes(value)) selection[group].push(value);
  }
  return selection;
}

/** Writes a selection as a query string (with `?`), or an empty string when nothing is chosen. */
export function selectionToQuery(selection: FilterSelection): string {
  const params = new URLSearchParams();
  for (const group of FILTER_GROUPS) for (const value of selection[group]) params.append(group, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}
