import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, serveBuiltSites, type BuiltSites, openPage, type StaticServer } from '../helpers/browser.ts';
import { copiedIn, copyButtons, search, searchDialog, searchResults } from '../helpers/page-locators.ts';
import { playByKeyboard, promptPhase } from '../helpers/roleplay-page.ts';

let sites: BuiltSites<'sample'>;
let server: StaticServer;
let browser: Browser;

/** What the browser reported against the page's Content-Security-Policy while a test used it. */
interface Watched {
  page: Page;
  violations(): Promise<string[]>;
}

/**
 * Opens a page that records every CSP violation, both as the event the document fires and as the
 * console message Chromium prints, so a blocked script, style or resource cannot go unnoticed.
 */
async function watch(pathname: string): Promise<Watched> {
  const page = await openPage(browser, server.origin, { permissions: ['clipboard-read', 'clipboard-write'] });
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy|CSP/iu.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(`
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(event.violatedDirective + ' ' + (event.blockedURI || 'inline') + ' ' + event.sample);
    });
  `);
  await page.goto(`${server.origin}${pathname}`);
  return {
    page,
    violations: async () => [...(await page.evaluate('window.__cspViolations') as string[]), ...console],
  };
}

describeInBrowser('the handbook under its Content-Security-Policy', () => {
  beforeAll(async () => {
    sites = await serveBuiltSites('csp-browser', { sample: 'content' });
    ({ browser, servers: { sample: server } } = sites);
  });

  afterAll(() => sites?.close());

  it('enforces a policy on the page that allows no inline script, handler or style attribute', async () => {
    const { page, violations } = await watch('/en/');
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self' /u);
    expect(policy).toMatch(/script-src-attr 'none'/u);
    expect(policy).toMatch(/style-src-attr 'none'/u);
    // A script injected the way hostile markup would be is blocked and reported.
    await page.evaluate(`document.body.insertAdjacentHTML('beforeend', '<img src="missing.png" alt="" onerror="window.__ran = true">')`);
    await expect.poll(async () => (await violations()).some((line) => line.startsWith('script-src-attr'))).toBe(true);
    expect(await page.evaluate('window.__ran === true')).toBe(false);
    await page.context().close();
  });

  it('searches from the keyboard and copies a phrase from the results, with nothing blocked', async () => {
    const { page, violations } = await watch('/en/');
    await page.keyboard.press('/');
    const dialog = searchDialog(page);
    await search(dialog, 'expensive');
    const first = searchResults(dialog).getByRole('listitem').first();
    expect(await first.getByRole('link').textContent()).toMatch(/expensive/iu);
    await copyButtons(first).first().click();
    await copiedIn(first);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await first.locator('copy-button').first().getAttribute('data-text'));
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('shows results on the search page', async () => {
    const { page, violations } = await watch('/en/search/?q=supplier');
    await searchResults(page.getByRole('main')).getByRole('listitem').first().waitFor();
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('plays a role-play scenario to its end', async () => {
    const { page, violations } = await watch('/en/scenarios/cold-call-gatekeeper/');
    await page.waitForSelector('role-play[data-ready]');
    await page.getByRole('button', { name: 'Play' }).click();
    await playByKeyboard(page, [1, 1, 1]);
    expect(await promptPhase(page)).toBe('end');
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('scores a checklist as it is filled in', async () => {
    const { page, violations } = await watch('/en/standards/mystery-shopper-checklist/');
    const before = await page.locator('.score-answered').textContent();
    await page.getByRole('radio').first().check();
    await expect.poll(() => page.locator('.score-answered').textContent()).not.toBe(before);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('copies a speech module variant on a script page', async () => {
    const { page, violations } = await watch('/en/scripts/first-call-gatekeeper/');
    const copy = page.getByRole('main').locator('copy-button').first();
    await copyButtons(copy).click();
    await copiedIn(copy);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await copy.getAttribute('data-text'));
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('highlights a stop phrase in the phrase checker', async () => {
    const { page, violations } = await watch('/en/phrase-check/');
    await page.locator('phrase-check[data-ready]').waitFor();
    await page.getByRole('textbox', { name: 'Your draft' }).fill("I'll try to send it today.");
    await expect.poll(() => page.locator('.phrase-check-backdrop mark').allTextContents()).toEqual(["I'll try"]);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('highlights the compensation tier picked, through its inline style', async () => {
    const { page, violations } = await watch('/en/compensation/');
    const option = page.getByRole('radio').first();
    const tier = await option.getAttribute('value');
    await option.check();
    await expect.poll(() => page.locator(`.pick-result[data-tier="${tier}"]`).isVisible()).toBe(true);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('draws the scenario map and shows the objection filter without a blocked style', async () => {
    for (const pathname of ['/en/scenarios/complaint-late-delivery/', '/en/objections/', '/ru/', '/en/print/', '/']) {
      const { page, violations } = await watch(pathname);
      // `/` sends the reader on to the default language.
      if (pathname === '/') await page.waitForURL(`${server.origin}/en/`);
      await page.waitForLoadState('load');
      // Each page's scripts have done their work (some start only once the page is idle) before the violations are read.
      if (pathname.includes('/scenarios/')) {
        await page.locator('role-play[data-ready]').waitFor();
        await page.getByRole('figure', { name: /map/iu }).waitFor();
      }
      if (pathname === '/en/objections/') await page.waitForFunction(() => customElements.get('objection-filter') !== undefined);
      if (pathname === '/en/print/') await page.waitForFunction(() => document.documentElement.dataset.printNumbered !== undefined, undefined, { timeout: 30_000 });
      expect(await violations(), pathname).toEqual([]);
      await page.context().close();
    }
  });
});
