import type { Browser, Page } from 'playwright-core';
import { serveDir } from '../tests/helpers/browser.ts';
import { launchBenchBrowser } from './measure-search.ts';
import type { BenchQuery } from './search-query-set.ts';

/** How a query set fared in one language. */
export interface QuerySetResult {
  lang: string;
  queries: number;
  /** Queries as the entries write them whose entry came in the top three. */
  writtenHits: number;
  /** The same queries with one letter slipped whose entry came in the top three. */
  slipHits: number;
  /** Slipped queries that missed, with what came first instead. */
  misses: string[];
}

const PANEL = '.search-dialog [data-search-panel]';

async function topThree(page: Page, query: string): Promise<string[]> {
  await page.locator(`${PANEL} input[type="search"]`).fill(query);
  await page.waitForFunction(([selector, q]) => (document.querySelector(selector!) as HTMLElement | null)?.dataset.renderedQuery === q, [PANEL, query], { timeout: 30_000 });
  const hrefs = await page.locator(`${PANEL} a.search-result-link`).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  // Entries are compared by page: one build opens objections at their responses, another at the top.
  return hrefs.slice(0, 3).map((href) => href.replace(/#.*$/u, ''));
}

/** Types each query of a set into the search dialog of a built site and counts the entries that land in the top three. */
export async function measureQuerySets(dist: string, sets: Record<string, BenchQuery[]>, browser?: Browser): Promise<QuerySetResult[]> {
  const server = await serveDir(dist);
  const own = browser ?? (await launchBenchBrowser());
  const results: QuerySetResult[] = [];
  try {
    for (const [lang, queries] of Object.entries(sets)) {
      const page = await (await own.newContext()).newPage();
      await page.goto(`${server.origin}/${lang}/`, { waitUntil: 'networkidle' });
      // A key pressed before the launcher is defined opens nothing; the queries need the open dialog.
      await page.waitForFunction(() => customElements.get('search-launcher') !== undefined);
      await page.keyboard.press('/');
      await page.locator(`${PANEL} input[type="search"]`).waitFor({ state: 'visible' });
      const result: QuerySetResult = { lang, queries: queries.length, writtenHits: 0, slipHits: 0, misses: [] };
      for (const query of queries) {
        if ((await topThree(page, query.written)).includes(query.expect)) result.writtenHits += 1;
        const top = await topThree(page, query.query);
        if (top.includes(query.expect)) result.slipHits += 1;
        else result.misses.push(`${query.slip}: «${query.query}» (${query.expect}) → ${top.join(', ') || 'nothing'}`);
      }
      results.push(result);
      await page.context().close();
    }
  } finally {
    if (!browser) await own.close();
    await server.close();
  }
  return results;
}
