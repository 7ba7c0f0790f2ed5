import { fill } from '../lib/i18n/fill.ts';
import {
  FILTER_GROUPS,
  isEmptySelection,
  matchesSelection,
  selectionFromQuery,
  selectionToQuery,
  toggleValue,
  type FilterGroup,
  type FilterSelection,
} from '../lib/handbook/objection-filter.ts';

/**
 * `<objection-filter>` turns the chips above the grouped list into toggles. Without JavaScript the
 * chips are not shown (CSS) and the list stays complete. The choice is kept in the query string, so
 * a filtered list can be bookmarked and shared.
 */
export function defineObjectionFilter(): void {
  if (customElements.get('objection-filter')) return;
  customElements.define(
    'objection-filter',
    class extends HTMLElement {
      #selection: FilterSelection = { category: [], stage: [], channel: [] };

      connectedCallback() {
        const known = Object.fromEntries(FILTER_GROUPS.map((group) => [group, this.#chips(group).map((chip) => chip.dataset.value ?? '')])) as Record<FilterGroup, string[]>;
        this.#selection = selectionFromQuery(location.search, known);
        this.addEventListener('click', (event) => {
          const target = event.target instanceof Element ? event.target.closest('button') : null;
          if (!target) return;
          if (target.hasAttribute('data-clear')) this.#selection = { category: [], stage: [], channel: [] };
          else if (target.dataset.group && target.dataset.value) this.#selection = toggleValue(this.#selection, target.dataset.group as FilterGroup, target.dataset.value);
          else return;
          this.#render(true);
        });
        this.#render(false);
      }

      #chips(group?: FilterGroup): HTMLButtonElement[] {
        return [...this.querySelectorAll<HTMLButtonElement>(group ? `.chip[data-group="${group}"]` : '.chip')];
      }

      #render(changed: boolean) {
        for (const chip of this.#chips()) {
          const chosen = this.#selection[chip.dataset.group as FilterGroup]?.includes(chip.dataset.value ?? '') ?? false;
          chip.setAttribute('aria-pressed', String(chosen));
        }
        const items = [...this.querySelectorAll<HTMLElement>('.entry-item')];
        let shown = 0;
        for (const item of items) {
          const visible = matchesSelection(
            { category: item.dataset.category ?? '', stages: (item.dataset.stages ?? '').split(' '), channels: (item.dataset.channels ?? '').split(' ') },
            this.#selection,
          );
          item.hidden = !visible;
          if (visible) shown += 1;
        }
        for (const group of this.querySelectorAll<HTMLElement>('.objection-group')) {
          const visibleItems = group.querySelectorAll('.entry-item:not([hidden])').length;
          group.hidden = visibleItems === 0;
          const count = group.querySelector('h2 .count');
          if (count) count.textContent = String(visibleItems);
        }
        const status = this.querySelector('.filter-status');
        const text = fill(this.dataset.status ?? '{shown} / {total}', { shown, total: items.length });
        // Writing the same text again could be read out again, so only a change is written.
        if (status && status.textContent !== text) status.textContent = text;
        const noMatches = this.querySelector<HTMLElement>('.no-matches');
        if (noMatches) noMatches.hidden = shown > 0;
        const clear = this.querySelector<HTMLButtonElement>('[data-clear]');
        if (clear) clear.disabled = isEmptySelection(this.#selection);
        if (changed) history.replaceState(history.state, '', `${location.pathname}${selectionToQuery(this.#selection)}${location.hash}`);
      }
    },
  );
}
