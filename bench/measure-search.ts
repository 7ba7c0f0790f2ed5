import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_PATH, serveDir } from '../tests/helpers/browser.ts';

/** Search timings and transfer, from headless Chromium using the real search dialog. */
export interface SearchMeasurement {
  /** The first query entered at the moment the search opens → its results on screen, on a fresh page with an empty cache (one per run). */
  coldAtOnceMs: number[];
  /** The same with the query entered `typingGapMs` after the search opened, as a fast typist's next key would be. */
  coldMs: number[];
  /** Bytes fetched from opening the search to the first results (search code, Pagefind runtime, index, fragments). */
  firstQueryBytes: number[];
  /** Bytes of the search (code, runtime, index metadata, vocabulary) fetched after the page loaded and before any key: on idle. */
  idleSearchBytes: number[];
  /** The query typed at the moment the page's load event fires, before it is idle: the first query of a rep who opens the search at once. */
  coldAfterLoadMs: number[];
  /** Each later query typed at a fast typist's pace: its last key → its results on screen. */
  warmMs: number[];
  /** Each later query pasted in one go → its results on screen. */
  warmPastedMs: number[];
  /** Bytes fetched by each later (pasted) query. */
  laterQueryBytes: number[];
}

const PANEL = '.search-dialog [data-search-panel]';
// Files of the search itself, as opposed to the page: Pagefind's runtime and index, the word list, the search code.
const SEARCH_FILE = /^\/pagefind\/|search-panel/u;

// The tests' browser setup, except that other hosts are cut off by refusing to resolve any name
// rather than by intercepting each request, which would add a round trip to the driver per file.
/** Headless Chromium as the bench uses it, cut off from every host but this one. */
export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
}

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

// Replaces the query in the box, typed at `gapMs` a key or pasted, and returns the time from its
// last edit to its results on screen.
async function enter(page: Page, query: string, pasted: boolean, gapMs = 0): Promise<number> {
  await page.evaluate(() => ((window as unknown as { __bench: { rendered: unknown[] } }).__bench.rendered = []));
  await page.locator(`${PANEL} input[type="search"]`).selectText();
  const before = (await keys(page)).length;
  if (pasted) await page.keyboard.insertText(query);
  else await page.keyboard.type(query, { delay: gapMs });
  const done = await renderedAt(page, query);
  await page.waitForLoadState('networkidle');
  const edits = (await keys(page)).slice(before);
  return done - edits[edits.length - 1]!;
}

const keys = (page: Page) => page.evaluate(() => (window as unknown as { __bench: { keys: number[] } }).__bench.keys);

/**
 * Measures the search of a built site: `coldRuns` fresh pages each open the search with `/` and
 * at once enter `coldQuery`, `coldRuns` more enter it `typingGapMs` later; then, on the last page,
 * each of `queries` is pasted over the previous one; then, on a fresh page, each is typed a key
 * every `typingGapMs`.
 */
export async function measureSearch(
  dist: string,
  options: { lang: string; coldQuery: string; queries: string[]; coldRuns: number; typingGapMs: number },
): Promise<SearchMeasurement> {
  const server = await serveDir(dist);
  const browser = await launchBenchBrowser();
  const result: SearchMeasurement = { coldAtOnceMs: [], coldMs: [], firstQueryBytes: [], idleSearchBytes: [], coldAfterLoadMs: [], warmMs: [], warmPastedMs: [], laterQueryBytes: [] };
  try {
    let page: Page | undefined;
    let bytes = 0;
    let searchBytes = 0;
    // Right after the load event: the page has not been idle yet, so nothing of the search is loaded.
    for (let run = 0; run < options.coldRuns; run += 1) {
      const context = await browser.newContext();
      const fresh = await context.newPage();
      await fresh.addInitScript(PROBE);
      await fresh.goto(`${server.origin}/${options.lang}/`, { waitUntil: 'load' });
      await fresh.keyboard.press('/');
      await fresh.keyboard.insertText(options.coldQuery);
      const done = await renderedAt(fresh, options.coldQuery);
      result.coldAfterLoadMs.push(done - (await keys(fresh))[0]!);
      await context.close();
    }
    for (let run = 0; run < options.coldRuns * 2; run += 1) {
      const atOnce = run < options.coldRuns;
      await page?.context().close();
      page = await (await browser.newContext()).newPage();
      const current = page;
      searchBytes = 0;
      current.on('requestfinished', (request) => {
        const isSearch = SEARCH_FILE.test(new URL(request.url()).pathname);
        void request.sizes().then((sizes) => {
          bytes += sizes.responseBodySize + sizes.responseHeadersSize;
          if (isSearch) searchBytes += sizes.responseBodySize + sizes.responseHeadersSize;
        }, () => undefined);
      });
      await current.goto(`${server.origin}/${options.lang}/`, { waitUntil: 'networkidle' });
      await current.evaluate(PROBE);
      result.idleSearchBytes.push(searchBytes);
      bytes = 0;
      await current.keyboard.press('/');
      if (!atOnce) await current.waitForTimeout(options.typingGapMs);
      await current.keyboard.insertText(options.coldQuery);
      const done = await renderedAt(current, options.coldQuery);
      await current.waitForLoadState('networkidle');
      (atOnce ? result.coldAtOnceMs : result.coldMs).push(done - (await keys(current))[0]!);
      result.firstQueryBytes.push(bytes);
    }
    // Pasted, one search each: its latency and what it fetches.
    for (const query of options.queries) {
      bytes = 0;
      result.warmPastedMs.push(await enter(page!, query, true));
      result.laterQueryBytes.push(bytes);
    }
    await page?.context().close();
    // Typed, on a fresh page so that nothing of the pasted round is cached.
    page = await (await browser.newContext()).newPage();
    await page.goto(`${server.origin}/${options.lang}/`, { waitUntil: 'networkidle' });
    await page.evaluate(PROBE);
    await page.keyboard.press('/');
    await enter(page, options.coldQuery, true);
    for (const query of options.queries) result.warmMs.push(await enter(page, query, false, options.typingGapMs));
    await page.context().close();
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}
