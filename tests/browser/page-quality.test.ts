import fs from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureLighthouse } from '../../bench/measure-lighthouse.ts';
import { buildSite, REPO_ROOT, walkFiles } from '../helpers/build.ts';
import { describeInBrowser, launchBrowser, openPage, serveDir, type StaticServer } from '../helpers/browser.ts';
import { search, searchDialog, searchResults } from '../helpers/page-locators.ts';
import { conversation, modeButton } from '../helpers/roleplay-page.ts';

// WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Rules switched off, each with the reason; reviewed in the README ("Quality gates"). Keep it empty
 * unless a rule cannot judge a page correctly.
 */
const IGNORED_RULES: Record<string, string> = {};

const WORK = path.join(REPO_ROOT, 'tests', '.tmp', 'page-quality');

/** Pages Lighthouse judges: one of each kind a seller opens during a call (as `npm run lighthouse`). */
const LIGHTHOUSE_PAGES = ['/en/', '/en/scripts/first-call-gatekeeper/', '/en/scenarios/cold-call-gatekeeper/', '/en/search/'];

let browser: Browser;
let page: Page;
const servers: Record<'sample' | 'fixture', StaticServer | undefined> = { sample: undefined, fixture: undefined };
const pages: Record<'sample' | 'fixture', string[]> = { sample: [], fixture: [] };

/**
 * Site addresses of every HTML page below `dir`. An instant redirect (the root page sending readers
 * to their language) is never shown, and navigates away while axe runs, so it is left out; its
 * target is checked like any page.
 */
function addressesOf(dir: string): string[] {
  return walkFiles(dir)
    .filter((file) => file.endsWith('.html') && !/<meta http-equiv="refresh"/u.test(fs.readFileSync(file, 'utf8')))
    .map((file) => `/${path.relative(dir, file).split(path.sep).join('/')}`.replace(/index\.html$/u, ''))
    .sort();
}

/** Runs axe-core on the page as it is now and returns each violation as `rule (impact): targets`. */
async function violations(): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(axe.source);
  const rules = Object.fromEntries(Object.keys(IGNORED_RULES).map((id) => [id, { enabled: false }]));
  const options = { runOnly: { type: 'tag', values: TAGS }, rules, resultTypes: ['violations'] };
  return page.evaluate(
    `axe.run(document, ${JSON.stringify(options)}).then((r) => r.violations.flatMap((v) => v.nodes.map((n) => v.id + ' (' + v.impact + '): ' + n.target.join(' ') + ' — ' + v.help)))`,
  ) as Promise<string[]>;
}

async function visit(site: 'sample' | 'fixture', address: string): Promise<void> {
  const origin = servers[site]!.origin;
  if (!page || !page.url().startsWith(origin)) {
    await page?.context().close();
    page = await openPage(browser, origin);
  }
  await page.goto(`${origin}${address}`, { waitUntil: 'load' });
}

// One build of each site for every test in this file: axe-core on every page, then Lighthouse.
describeInBrowser('built pages', () => {
  beforeAll(async () => {
    fs.rmSync(WORK, { recursive: true, force: true });
    // The sample in English and Russian; the fixture for Hebrew, right to left. Each server starts
    // before its build so the site knows its address (`--site`), as a real deployment does: links
    // to the other languages must be absolute.
    for (const [site, content] of [
      ['sample', 'content'],
      ['fixture', 'tests/fixtures/valid'],
    ] as const) {
      const outDir = path.join(WORK, site);
      servers[site] = await serveDir(outDir);
      const built = await buildSite({ content, outDir, astroArgs: ['--site', servers[site].origin] });
      if (built.exitCode !== 0) throw new Error(`The ${site} did not build:\n${built.stdout}\n${built.stderr}`);
      pages[site] = addressesOf(outDir);
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await servers.sample?.close();
    await servers.fixture?.close();
    fs.rmSync(WORK, { recursive: true, force: true });
  });

  describe('accessibility (axe-core)', () => {
    it.each(['sample', 'fixture'] as const)('finds no violations on any page of the %s as it loads', { timeout: 300_000 }, async (site) => {
      const found: string[] = [];
      // One page reused, sequentially: fast and gentle on a small machine.
      for (const address of pages[site]) {
        await visit(site, address);
        for (const line of await violations()) found.push(`${address} ${line}`);
      }
      console.info(`axe (${site}): ${pages[site].length} pages, ${found.length} violations.`);
      expect(pages[site].length).toBeGreaterThan(5);
      expect(found.join('\n')).toBe('');
    });

    it('finds no violations with the search open and results shown', async () => {
      await visit('sample', '/en/scripts/first-call-gatekeeper/');
      await page.keyboard.press('/');
      await search(searchDialog(page), 'budget');
      expect(await searchResults(searchDialog(page)).getByRole('link').count()).toBeGreaterThan(0);
      expect(await violations()).toEqual([]);
      await page.keyboard.press('Escape');
    });

    it.each(['read', 'play', 'practice'] as const)('finds no violations in the role-play viewer in %s mode', async (mode) => {
      await visit('sample', '/en/scenarios/cold-call-gatekeeper/');
      await modeButton(page, mode).click();
      expect(await modeButton(page, mode).getAttribute('aria-pressed')).toBe('true');
      if (mode !== 'read') await conversation(page).getByRole('listitem').last().waitFor();
      expect(await violations()).toEqual([]);
    });

    it('finds no violations on a checklist being filled in', async () => {
      await visit('sample', '/en/standards/mystery-shopper-checklist/');
      // Scored items are the ones answered on the scale; control items take a text.
      const items = page.getByRole('listitem').filter({ has: page.getByRole('radio') });
      const count = await items.count();
      for (let i = 0; i < Math.min(count, 4); i += 1) await items.nth(i).getByRole('radio').first().check();
      const control = page.getByRole('textbox', { name: /Control item/ }).first();
      expect(await control.count()).toBe(1);
      await control.fill('Anna');
      expect(await page.getByRole('radio', { checked: true }).count()).toBeGreaterThan(0);
      expect(await violations()).toEqual([]);
    });
  });

  describe('Lighthouse (mobile preset)', () => {
    // Performance depends on how busy the machine is, so it is measured by `npm run lighthouse`,
    // not asserted here; the other three categories do not vary with load.
    it('scores at least 95 for accessibility, best practices and SEO on a page of each kind', { timeout: 180_000 }, async () => {
      const results = await measureLighthouse(servers.sample!.origin, LIGHTHOUSE_PAGES, ['accessibility', 'best-practices', 'seo']);
      const low = results.flatMap((result) =>
        Object.entries(result.scores)
          .filter(([, score]) => score < 95)
          .map(([category, score]) => `${result.url}: ${category} ${score} (${result.failed.join('; ')})`),
      );
      console.info(`Lighthouse: ${results.map((r) => `${r.url.replace(servers.sample!.origin, '')} ${JSON.stringify(r.scores)}`).join(', ')}`);
      expect(low.join('\n')).toBe('');
    });

    it('loads nothing from outside the local server', { timeout: 180_000 }, async () => {
      const results = await measureLighthouse(servers.sample!.origin, ['/en/search/'], ['best-practices']);
      expect(results.flatMap((result) => result.externalRequests)).toEqual([]);
    });
  });
});
