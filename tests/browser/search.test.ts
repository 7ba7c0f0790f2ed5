import fs from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/build.ts';
import { describeInBrowser, serveBuiltSites, type BuiltSites, openPage, type StaticServer } from '../helpers/browser.ts';
import { copiedIn, copyButtons, resultHrefs, search, searchDialog, searchRendered, searchResults, searchStatus } from '../helpers/page-locators.ts';

let sites: BuiltSites<'sample' | 'fixture'>;
let server: StaticServer;
let fixtureServer: StaticServer;
let browser: Browser;

/** A fresh page (own storage) that may read and write the clipboard. */
async function newPage(pathname: string): Promise<Page> {
  const page = await openPage(browser, server.origin, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${server.origin}${pathname}`);
  return page;
}

const dialogOpen = (page: Page) => searchDialog(page).evaluate((dialog) => (dialog as HTMLDialogElement).open);
/** The first result of a search panel. */
const firstResult = (panel: Locator) => searchResults(panel).getByRole('listitem').first();
/** The text a result's copy button puts on the clipboard. */
const copyTextOf = (result: Locator) => result.locator('copy-button').first().getAttribute('data-text');

describeInBrowser('search', () => {
  beforeAll(async () => {
    // The sample for English and Russian; the test fixture for Hebrew, written right to left.
    sites = await serveBuiltSites('search-browser', { sample: 'content', fixture: 'tests/fixtures/valid' });
    ({ browser, servers: { sample: server, fixture: fixtureServer } } = sites);
  });

  afterAll(() => sites?.close());

  const pageTypes = {
    home: '/en/',
    'call script': '/en/scripts/first-call-gatekeeper/',
    objection: '/en/objections/too-expensive/',
    'objection list': '/en/objections/',
    scenario: '/en/scenarios/cold-call-gatekeeper/',
    standard: '/en/standards/chat-standard/',
    'stop phrases': '/en/stop-phrases/',
    compensation: '/en/compensation/',
    'phrase checker': '/en/phrase-check/',
    'Russian home': '/ru/',
  };

  it.each(Object.entries(pageTypes))('opens the search with / on the %s page and puts the cursor in its box', async (_name, pathname) => {
    const page = await newPage(pathname);
    await page.keyboard.press('/');
    expect(await dialogOpen(page)).toBe(true);
    expect(await searchDialog(page).getByRole('searchbox').evaluate((box) => box === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it.each(Object.entries(pageTypes))('opens the search with Ctrl+K on the %s page', async (_name, pathname) => {
    const page = await newPage(pathname);
    await page.keyboard.press('Control+k');
    expect(await dialogOpen(page)).toBe(true);
    await page.context().close();
  });

  it('types / into a field instead of opening the search', async () => {
    const page = await newPage('/en/phrase-check/');
    const draft = page.getByRole('textbox', { name: 'Your draft' });
    await draft.click();
    await page.keyboard.type('a/b');
    expect(await dialogOpen(page)).toBe(false);
    expect(await draft.inputValue()).toBe('a/b');
    await page.context().close();
  });

  it('closes with Esc and gives focus back to where it was', async () => {
    const page = await newPage('/en/');
    const launcher = page.getByRole('button', { name: /Search phrases/ });
    await launcher.click();
    expect(await dialogOpen(page)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await dialogOpen(page)).toBe(false);
    expect(await launcher.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it('loads nothing of the search while the page loads, and its code, runtime, index metadata and words once the page is idle', async () => {
    const page = await openPage(browser, server.origin);
    await page.goto(`${server.origin}/en/`);
    const searchFiles = /\/pagefind\/(?:pagefind\.js|wasm\.en\.pagefind|pagefind\.en_\w+\.pf_meta|salesbook-vocabulary\.en\.txt\.gz)$|search-panel/;
    // Every file of the search, fetched before any key is pressed…
    await expect
      .poll(() => page.evaluate(`performance.getEntriesByType('resource').map((entry) => entry.name)`) as Promise<string[]>)
      .toEqual(expect.arrayContaining([expect.stringMatching(/pagefind\.js$/), expect.stringMatching(/wasm\.en\.pagefind$/), expect.stringMatching(/pf_meta$/), expect.stringMatching(/salesbook-vocabulary\.en\.txt\.gz$/), expect.stringMatching(/search-panel/)]));
    // …and none of them before the page's own load had ended.
    const early = (await page.evaluate(`(() => {
      const loaded = performance.getEntriesByType('navigation')[0].loadEventEnd;
      return performance.getEntriesByType('resource').filter((entry) => entry.startTime < loaded).map((entry) => entry.name);
    })()`)) as string[];
    expect(early.filter((name) => searchFiles.test(name))).toEqual([]);
    await page.context().close();
  });

  it('starts loading the search at the first sign of intent, before the page is idle', async () => {
    const page = await openPage(browser, server.origin);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    // Idle never comes: the launcher then waits for intent alone.
    await page.addInitScript('window.requestIdleCallback = () => 0;');
    await page.goto(`${server.origin}/en/`, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.getByRole('button', { name: /Search phrases/ }).hover();
    await expect.poll(() => requested.filter((p) => p === '/pagefind/pagefind.js' || p === '/pagefind/salesbook-vocabulary.en.txt.gz').sort()).toEqual(['/pagefind/pagefind.js', '/pagefind/salesbook-vocabulary.en.txt.gz']);
    await page.context().close();
  });

  it('moves through results with the arrow keys and opens the chosen one with Enter', async () => {
    const page = await newPage('/en/');
    const dialog = searchDialog(page);
    await page.keyboard.press('/');
    await search(dialog, 'gatekeeper');
    const hrefs = await resultHrefs(dialog);
    expect(hrefs.length).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(hrefs[1]);
    await Promise.all([page.waitForURL((url) => `${url.pathname}${url.hash}` === hrefs[1]), page.keyboard.press('Enter')]);
    await page.context().close();
  });

  it('opens the first result with Enter in the search box', async () => {
    const page = await newPage('/en/');
    const dialog = searchDialog(page);
    await page.keyboard.press('/');
    await search(dialog, 'no budget');
    const [first] = await resultHrefs(dialog);
    await Promise.all([page.waitForURL((url) => `${url.pathname}${url.hash}` === first), page.keyboard.press('Enter')]);
    await page.context().close();
  });

  it('finds an objection by one of its aliases and marks the alias', async () => {
    const page = await newPage('/en/');
    const dialog = searchDialog(page);
    await page.keyboard.press('/');
    await search(dialog, 'no budget');
    const first = firstResult(dialog);
    expect(await first.locator('.search-result-title').textContent()).toBe("It's too expensive");
    expect(await first.locator('mark').allTextContents()).toEqual(['no budget']);
    await page.context().close();
  });

  it('shows each result’s type and its stage, channel or category', async () => {
    const page = await newPage('/en/');
    const dialog = searchDialog(page);
    await page.keyboard.press('/');
    await search(dialog, 'no budget');
    const first = firstResult(dialog);
    expect(await first.locator('.search-result-type').textContent()).toBe('Objection');
    expect(await first.locator('.search-result-facets').textContent()).toContain('Price');
    await page.context().close();
  });

  it('copies the answer of a result with Ctrl+C without leaving the search', async () => {
    const page = await newPage('/en/');
    const dialog = searchDialog(page);
    await page.keyboard.press('/');
    await search(dialog, 'no budget');
    const expected = await copyTextOf(firstResult(dialog));
    expect(expected).toMatch(/^Too expensive compared with what/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Control+c');
    await copiedIn(dialog);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(await dialogOpen(page)).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/en/');
    await page.context().close();
  });

  it('copies a result’s phrase with its copy button, from the keyboard', async () => {
    const page = await newPage('/en/');
    const dialog = searchDialog(page);
    await page.keyboard.press('/');
    await search(dialog, '"person in charge"');
    const button = copyButtons(firstResult(dialog)).first();
    const expected = await copyTextOf(firstResult(dialog));
    await button.focus();
    await page.keyboard.press('Enter');
    await copiedIn(dialog);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(expected!.toLowerCase()).toContain('person in charge');
    await page.context().close();
  });

  it('shows a stop phrase’s replacements first, with the reason, when the query is that stop phrase', async () => {
    const page = await newPage('/en/');
    const dialog = searchDialog(page);
    await page.keyboard.press('/');
    await search(dialog, "I'll try");
    const first = firstResult(dialog);
    expect(await first.getAttribute('class')).toContain('search-stop-phrase');
    expect(await first.locator('.search-result-why').textContent()).toMatch(/^Promises nothing/);
    expect(await first.getByRole('list').getByRole('listitem').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('catches a Russian stop phrase by its pattern and puts it first', async () => {
    const page = await newPage('/ru/');
    const dialog = searchDialog(page);
    await page.keyboard.press('/');
    await search(dialog, 'постараюсь');
    const first = firstResult(dialog);
    expect(await first.getAttribute('class')).toContain('search-stop-phrase');
    expect(await first.locator('.search-result-title').textContent()).toContain('постараюсь');
    await page.context().close();
  });

  it('finds another form of a Russian word and lands on the speech module', async () => {
    const page = await newPage('/ru/');
    const dialog = searchDialog(page);
    await page.keyboard.press('/');
    // The sample names the head of logistics in many entries; the last two words single out the module,
    // while «руководителю» still has to find «руководитель» written there.
    await search(dialog, 'руководителю логистики отдел закупок');
    const hrefs = await resultHrefs(dialog);
    const target = '/ru/scripts/first-call-gatekeeper/#pass-the-gatekeeper';
    const index = hrefs.indexOf(target);
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= index; i += 1) await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL((url) => `${url.pathname}${url.hash}` === target), page.keyboard.press('Enter')]);
    expect(await page.locator('#pass-the-gatekeeper').isVisible()).toBe(true);
    expect(await dialogOpen(page)).toBe(false);
    await page.context().close();
  });

  it('matches a quoted Russian phrase only word for word', async () => {
    const page = await newPage('/ru/');
    const dialog = searchDialog(page);
    await page.keyboard.press('/');
    await search(dialog, '"руководителю логистики"');
    const hrefs = await resultHrefs(dialog);
    expect(hrefs).toContain('/ru/scripts/first-call-gatekeeper/#gatekeeper-send-email');
    expect(hrefs).not.toContain('/ru/scripts/first-call-gatekeeper/#pass-the-gatekeeper');
    const marked = await searchResults(dialog).locator('mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const text of marked) expect(text.toLowerCase().replace(/[^\p{L}\s]/gu, '')).toBe('руководителю логистики');
    await page.context().close();
  });

  it('keeps word order in a quoted phrase', async () => {
    const page = await newPage('/en/');
    const dialog = searchDialog(page);
    await page.keyboard.press('/');
    await search(dialog, '"charge in person"');
    expect(await resultHrefs(dialog)).toEqual([]);
    expect(await searchStatus(dialog).textContent()).toMatch(/^Nothing found/);
    await page.context().close();
  });

  it('searches the Russian index on Russian pages', async () => {
    const page = await newPage('/ru/');
    const dialog = searchDialog(page);
    await page.keyboard.press('/');
    await search(dialog, 'expensive');
    expect(await resultHrefs(dialog)).toEqual([]);
    await search(dialog, 'дорого');
    const hrefs = await resultHrefs(dialog);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/ru\//);
    await page.context().close();
  });

  it('narrows results with a type chip and keeps the chip in the link to the results page', async () => {
    const page = await newPage('/en/');
    const dialog = searchDialog(page);
    await page.keyboard.press('/');
    await search(dialog, 'price');
    const chip = dialog.getByRole('group', { name: 'Type', exact: true }).getByRole('button', { name: 'Speech module', exact: true });
    await chip.click();
    await expect
      .poll(() => searchResults(dialog).getByRole('listitem').evaluateAll((items) => items.length > 0 && items.every((item) => (item as HTMLElement).dataset.type === 'module')), { timeout: 30_000 })
      .toBe(true);
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    const link = await page.getByRole('link', { name: 'Open these results as a page' }).getAttribute('href');
    expect(link).toBe('/en/search/?q=price&type=module');
    await page.context().close();
  });

  it('keeps the last query and filters when the search is opened again on another page', async () => {
    const page = await newPage('/en/');
    const dialog = searchDialog(page);
    await page.keyboard.press('/');
    await search(dialog, 'price');
    const chip = () => dialog.getByRole('group', { name: 'Type', exact: true }).getByRole('button', { name: 'Speech module', exact: true });
    await chip().click();
    expect(await chip().getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    await page.goto(`${server.origin}/en/objections/`);
    await page.keyboard.press('/');
    expect(await dialog.getByRole('searchbox').inputValue()).toBe('price');
    await searchRendered(dialog, 'price');
    expect(await chip().getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(() => searchResults(dialog).getByRole('listitem').evaluateAll((items) => items.length > 0 && items.every((item) => (item as HTMLElement).dataset.type === 'module')), { timeout: 30_000 })
      .toBe(true);
    await page.context().close();
  });

  it('shows the results of a shared search page address, filters included', async () => {
    const page = await newPage('/en/search/?q=budget&type=objection');
    const panel = page.getByRole('main');
    await searchRendered(panel, 'budget');
    expect(await panel.getByRole('searchbox').inputValue()).toBe('budget');
    const types = await searchResults(panel).getByRole('listitem').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.type));
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['objection']));
    await page.context().close();
  });

  it('writes the query into the search page’s address as it is typed', async () => {
    const page = await newPage('/en/search/');
    await page.keyboard.press('/');
    await page.keyboard.type('no budget');
    await page.waitForFunction(() => location.search === '?q=no+budget');
    await page.context().close();
  });

  it('searches a right-to-left language in a right-to-left dialog', async () => {
    const page = await openPage(browser, fixtureServer.origin);
    await page.goto(`${fixtureServer.origin}/he/`);
    const dialog = searchDialog(page);
    await page.keyboard.press('/');
    await search(dialog, 'אין לנו תקציב');
    const first = firstResult(dialog);
    expect(await first.locator('.search-result-title').textContent()).toBe('זה יקר מדי');
    expect(await first.locator('mark').allTextContents()).toEqual(['אין לנו תקציב']);
    expect(await dialog.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    await page.context().close();
  });

  it('corrects an English slip, says so, and searches what was typed when asked', async () => {
    const page = await newPage('/en/');
    const dialog = searchDialog(page);
    await page.keyboard.press('/');
    await search(dialog, 'supplyer');
    const status = searchStatus(dialog);
    expect(await status.textContent()).toMatch(/^Showing results for “supplier”\. \d+ results?$/);
    expect((await resultHrefs(dialog))[0]).toBe('/en/objections/have-a-supplier/#responses');
    await page.getByRole('button', { name: 'Search for “supplyer” instead' }).click();
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).not.toMatch(/^Showing/);
    expect(await status.textContent()).toBe('Nothing found for “supplyer”. Try fewer words, or other words the client might use.');
    expect(await resultHrefs(dialog)).toEqual([]);
    await page.context().close();
  });

  it('corrects a Russian slip and lands the objection first', async () => {
    const page = await newPage('/ru/');
    const dialog = searchDialog(page);
    await page.keyboard.press('/');
    await search(dialog, 'бюджт');
    expect(await searchStatus(dialog).textContent()).toMatch(/^Показаны результаты для «бюджет»\./);
    expect((await resultHrefs(dialog))[0]).toBe('/ru/objections/too-expensive/#responses');
    await page.context().close();
  });

  it('leaves no earlier results on screen when nothing matches, and offers the closest words', async () => {
    const page = await newPage('/en/');
    const dialog = searchDialog(page);
    await page.keyboard.press('/');
    await search(dialog, 'budget');
    expect((await resultHrefs(dialog)).length).toBeGreaterThan(0);
    await search(dialog, 'bxdgt');
    expect(await resultHrefs(dialog)).toEqual([]);
    expect(await searchStatus(dialog).textContent()).toMatch(/^Nothing found for “bxdgt”/);
    await dialog.getByRole('button', { name: 'budget', exact: true }).click();
    await searchRendered(dialog, 'budget');
    expect((await resultHrefs(dialog))[0]).toBe('/en/objections/too-expensive/#responses');
    await page.context().close();
  });

  it('puts the objection whose title is the quoted phrase first', async () => {
    const page = await newPage('/en/');
    const dialog = searchDialog(page);
    await page.keyboard.press('/');
    await search(dialog, '"too expensive"');
    expect((await resultHrefs(dialog))[0]).toBe('/en/objections/too-expensive/#responses');
    await page.context().close();
  });

  it('finds «Это слишком дорого» from a half-typed «дорог»', async () => {
    const page = await newPage('/ru/');
    const dialog = searchDialog(page);
    await page.keyboard.press('/');
    await search(dialog, 'дорог');
    expect((await resultHrefs(dialog))[0]).toBe('/ru/objections/too-expensive/#responses');
    await page.context().close();
  });

  it('opens an objection from the keyboard at its responses, with the first Copy focused', async () => {
    const page = await newPage('/en/');
    await page.keyboard.press('/');
    await search(searchDialog(page), 'no budget');
    await Promise.all([page.waitForURL((url) => url.pathname === '/en/objections/too-expensive/' && url.hash === '#responses'), page.keyboard.press('Enter')]);
    const focused = copyButtons(page).first();
    // The focus moves once the page has loaded, which takes a while on a busy machine.
    await expect.poll(() => focused.evaluate((button) => button === document.activeElement), { timeout: 15_000 }).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 15_000 }).toBe(await page.getByRole('main').locator('copy-button').first().getAttribute('data-text'));
    await page.context().close();
  });

  for (const lang of ['en', 'ru']) {
    it(`lands the expected entry in the top three for every query of the ${lang === 'en' ? 'English' : 'Russian'} query set`, async () => {
      const queries = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'search-queries', `${lang}.json`), 'utf8')) as { kind: string; query: string; top3: string }[];
      const page = await newPage(`/${lang}/`);
      const dialog = searchDialog(page);
      await page.keyboard.press('/');
      const misses: string[] = [];
      for (const { kind, query, top3 } of queries) {
        await search(dialog, query);
        const top = (await resultHrefs(dialog)).slice(0, 3);
        if (!top.includes(top3)) misses.push(`${kind} «${query}»: ${top.join(', ')}`);
      }
      expect(misses).toEqual([]);
      expect(new Set(queries.map((q) => q.kind))).toEqual(new Set(['as written', 'other form', 'partial word', 'slip', 'quoted phrase']));
      await page.context().close();
    });
  }

  it('copies the approved response of a Chinese objection, not its summary', async () => {
    const page = await openPage(browser, fixtureServer.origin, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${fixtureServer.origin}/zh/`);
    const dialog = searchDialog(page);
    await page.keyboard.press('/');
    await search(dialog, '太贵');
    const first = firstResult(dialog);
    expect(await first.getByRole('link').getAttribute('href')).toBe('/zh/objections/too-expensive/#responses');
    expect(await copyTextOf(first)).toBe('请问是和什么相比呢？');
    await page.context().close();
  });

  it('finds Chinese entries by two or three characters they contain', async () => {
    const page = await openPage(browser, fixtureServer.origin);
    await page.goto(`${fixtureServer.origin}/zh/`);
    const dialog = searchDialog(page);
    await page.keyboard.press('/');
    await search(dialog, '墨粉');
    expect(await resultHrefs(dialog)).toEqual(expect.arrayContaining(['/zh/scripts/gatekeeper-call/#ask-for-buyer', '/zh/objections/too-expensive/#responses']));
    expect(await searchResults(dialog).locator('mark').first().textContent()).toBe('墨粉');
    await search(dialog, '办公室');
    expect(await resultHrefs(dialog)).toContain('/zh/scripts/gatekeeper-call/');
    await page.context().close();
  });

  it('has no accessibility violations with the search open and results shown', async () => {
    const page = await newPage('/en/scripts/first-call-gatekeeper/');
    const dialog = searchDialog(page);
    await page.keyboard.press('/');
    await search(dialog, 'no budget');
    await dialog.getByText('Stage, channel, category', { exact: true }).click();
    await page.evaluate(axe.source);
    const violations = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })))`)) as unknown[];
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
