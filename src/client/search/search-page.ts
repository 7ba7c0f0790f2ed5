import { mountSearchPanel } from './search-panel.ts';

/** Starts the full search page: its query comes from the address (`?q=…&type=…`). */
export function mountSearchPage(): void {
  for (const panel of document.querySelectorAll<HTMLElement>('[data-search-panel][data-mode="page"]')) mountSearchPanel(panel);
}
