import type { Locator, Page } from 'playwright-core';
import type { Dictionary } from '../../src/lib/i18n/dictionary.ts';
import { interfaceText } from '../../src/lib/i18n/interface-text.ts';

// Parts of built pages that several browser suites use, found as a reader finds them: by role and
// by the name the page's language gives them. A part that loses its role or its name fails here.

/**
 * The interface texts of the page's language, told by the first segment of its address (`/ru/…`)
 * when a locator is made: make it once the page is there. Only for sites whose content folder keeps
 * the built-in texts (the sample, the `valid` fixture); a folder with a `ui/` file passes its own.
 */
export function pageTexts(page: Page): Dictionary {
  return interfaceText(new URL(page.url()).pathname.split('/')[1] || 'en');
}

/** The search dialog of the header, found whether it is open or not. */
export const searchDialog = (page: Page, t = pageTexts(page)): Locator =>
  page.getByRole('dialog', { name: t.search.label, exact: true, includeHidden: true });

/** The list of results of a search panel (the dialog, or the main part of the search page). */
export const searchResults = (panel: Locator, t = pageTexts(panel.page())): Locator => panel.getByRole('list', { name: t.site.search, exact: true });

/** The links of the results of a search panel, in order. */
export const resultHrefs = (panel: Locator): Promise<(string | null)[]> =>
  searchResults(panel).getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));

/** What a search panel says about its results: its first status, as the copy buttons of the results announce in theirs. */
export const searchStatus = (panel: Locator): Locator => panel.getByRole('status').first();

/**
 * Waits until the results a panel shows are those of `query`: results of an earlier query may stay
 * on screen a moment, so the panel marks the query it last rendered.
 */
export const searchRendered = (panel: Locator, query: string): Promise<void> => panel.locator(`[data-rendered-query=${JSON.stringify(query)}]`).waitFor();

/** Types a query into a search panel's box and waits until its results are on screen. */
export async function search(panel: Locator, query: string): Promise<void> {
  await panel.getByRole('searchbox').fill(query);
  await searchRendered(panel, query);
}

/** The Copy buttons in `scope`. */
export const copyButtons = (scope: Locator | Page, t = pageTexts('page' in scope ? scope.page() : scope)): Locator =>
  scope.getByRole('button', { name: t.site.copy, exact: true });

/** Waits until a copy button in `scope` has announced that it copied. */
export const copiedIn = (scope: Locator | Page, t = pageTexts('page' in scope ? scope.page() : scope)): Promise<void> =>
  scope.getByRole('status').filter({ hasText: t.site.copied }).first().waitFor({ state: 'attached' });
