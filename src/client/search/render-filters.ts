import { FILTER_GROUPS, type FilterGroup } from '../../lib/search/parts.ts';
import type { SearchState } from '../../lib/search/query/search-state.ts';
import type { SearchPanelText } from '../../lib/i18n/island-text.ts';
import { valueLabel } from '../../lib/i18n/labels.ts';

/** Filter values that exist in the index, per group, in the order the chips show them. */
export type AvailableFilters = Record<FilterGroup, string[]>;

/** Orders Pagefind's filter values as the content format lists them (stages in call order), unknown ones last. */
export function availableFilters(counts: Record<string, Record<string, number>>, orders: Partial<Record<FilterGroup, string[]>>): AvailableFilters {
  const result = {} as AvailableFilters;
  for (const group of FILTER_GROUPS) {
    const present = Object.entries(counts[group] ?? {}).filter(([, count]) => count > 0).map(([value]) => value);
    const order = orders[group] ?? [];
    const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
    result[group] = present.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  }
  return result;
}

/**
 * Filter chips: toggle buttons grouped by filter, kept in step with the state. In the dialog only
 * the type chips show at first; the other groups fold away so the results stay in view.
 */
export function renderFilters(
  box: HTMLElement,
  available: AvailableFilters,
  state: SearchState,
  options: { text: SearchPanelText; idPrefix: string; folded: boolean; onToggle: (group: FilterGroup, value: string) => void },
): void {
  const s = options.text;
  const captions: Record<FilterGroup, string> = { type: s.groupType, stage: s.groupStage, channel: s.groupChannel, category: s.groupCategory };
  const groupElement = (group: FilterGroup) => {
    const labelId = `${options.idPrefix}-filter-${group}`;
    const wrapper = document.createElement('div');
    wrapper.className = 'search-filter-group';
    wrapper.setAttribute('role', 'group');
    wrapper.setAttribute('aria-labelledby', labelId);
    const caption = document.createElement('span');
    caption.id = labelId;
    caption.className = 'search-filter-label';
    caption.textContent = captions[group];
    wrapper.append(caption);
    for (const value of available[group]) {
      const chip = document.createElement('button');
      chip.type = 'button';
      chip.className = 'chip';
      chip.dataset.group = group;
      chip.dataset.value = value;
      chip.textContent = valueLabel(s.labels[group], value);
      chip.setAttribute('aria-pressed', String(state.filters[group].includes(value)));
      chip.addEventListener('click', () => options.onToggle(group, value));
      wrapper.append(chip);
    }
    return wrapper;
  };
  const groups = FILTER_GROUPS.filter((group) => available[group].length > 0);
  const [first, ...rest] = groups;
  box.replaceChildren();
  if (first === undefined) return;
  box.append(groupElement(first));
  if (rest.length === 0) return;
  if (!options.folded) {
    box.append(...rest.map(groupElement));
    return;
  }
  const details = document.createElement('details');
  details.className = 'search-more-filters';
  details.open = rest.some((group) => state.filters[group].length > 0);
  const summary = document.createElement('summary');
  summary.textContent = s.moreFilters;
  details.append(summary, ...rest.map(groupElement));
  box.append(details);
}

/** Brings the chips' pressed state in line with the state without rebuilding them. */
export function syncFilters(box: HTMLElement, state: SearchState): void {
  for (const chip of box.querySelectorAll<HTMLButtonElement>('button.chip')) {
    const group = chip.dataset.group as FilterGroup;
    chip.setAttribute('aria-pressed', String(state.filters[group]?.includes(chip.dataset.value ?? '') ?? false));
  }
}
