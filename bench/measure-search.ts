import type { Page } from 'playwright-core';
import { launchBrowser, openPage, serveDir } from '../tests/helpers/browser.ts';

/** Search timings and transfer, from headless Chromium using the real search dialog. */
export interface SearchMeasurement {
  /** The first query entered → its results on screen, on a fresh page with an empty cache, search opened just before (one per run). */
  coldMs: number[];
  /** Bytes fetched from opening the search to the first results (search code, Pagefind runtime, index, fragments). */
  firstQueryBytes: number[];
  /** Each later query entered → its results on screen. */
  warmMs: number[];
  /** Bytes fetched by each later query. */
  laterQueryBytes: number[];
}

const PANEL = '.search-dialog [data-search-panel]';

// Records edits of the search box and result renders in the page's own clock; a render counts
// once the browser has painted the frame after it.
const PROBE = `(() => {
  window.__bench = { keys: [], rendered: [] };
  document.addEventListener('input', (e) => { if (e.target.matches('input[type="search"]')) window.__bench.keys.push(e.timeStamp); }, true);
  document.addEventListener('search-rendered', (e) => {
    const query = e.detail.query;
    requestAnimationFrame(() => setTimeout(() => window.__bench.rendered.push({ query, at: performance.now() }), 0));
  });
})()`;

async function renderedAt(page: Page, query: string): Promise<number> {
  const handle = await page.waitForFunction(
    (q) => (window as unknown as { __bench: { rendered: { query: string; at: number }[] } }).__bench.rendered.find((r) => r.query === q)?.at,
    query,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

const keys = (page: Page) => page.evaluate(() => (window as unknown as { __bench: { keys: number[] } }).__bench.keys);

/**
 * Measures the search of a built site: `coldRuns` fresh pages each open the search with `/` and
 * at once enter `coldQuery`; then, on the last page, each of `queries` replaces the previous one.
 * A query is entered as one edit of the box (as a paste, or the last key of a word, would be), so
 * the figures hold the search's own time and not how fast the test machine can type.
 */
export async function measureSearch(dist: string, options: { lang: string; coldQuery: string; queries: string[]; coldRuns: number }): Promise<SearchMeasurement> {
  const server = await serveDir(dist);
  const browser = await launchBrowser();
  const result: SearchMeasurement = { coldMs: [], firstQueryBytes: [], warmMs: [], laterQueryBytes: [] };
  try {
    let page: Page | undefined;
    let bytes = 0;
    for (let run = 0; run < options.coldRuns; run += 1) {
      await page?.context().close();
      page = await openPage(browser, server.origin);
      const current = page;
      current.on('requestfinished', (request) => {
        void request.sizes().then((sizes) => (bytes += sizes.responseBodySize + sizes.responseHeadersSize), () => undefined);
      });
      await current.goto(`${server.origin}/${options.lang}/`, { waitUntil: 'networkidle' });
      await current.evaluate(PROBE);
      bytes = 0;
      await current.keyboard.press('/');
      await current.keyboard.insertText(options.coldQuery);
      const done = await renderedAt(current, options.coldQuery);
      await current.waitForLoadState('networkidle');
      result.coldMs.push(done - (await keys(current))[0]!);
      result.firstQueryBytes.push(bytes);
    }
    const input = page!.locator(`${PANEL} input[type="search"]`);
    for (const query of options.queries) {
      await page!.evaluate(() => ((window as unknown as { __bench: { rendered: unknown[] } }).__bench.rendered = []));
      await input.selectText();
      bytes = 0;
      const before = (await keys(page!)).length;
      await page!.keyboard.insertText(query);
      const done = await renderedAt(page!, query);
      await page!.waitForLoadState('networkidle');
      const typed = (await keys(page!)).slice(before);
      result.warmMs.push(done - typed[typed.length - 1]!);
      result.laterQueryBytes.push(bytes);
    }
    await page?.context().close();
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}
