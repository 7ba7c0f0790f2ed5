import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, makeTempDir, removeTemp, walkFiles } from '../helpers/build.ts';
import { describeInBrowser, launchBrowser, openPage, serveDir, type StaticServer } from '../helpers/browser.ts';
import { englishIn, englishLeftovers, expectedInterface, pageWords } from '../helpers/interface-language.ts';
import { searchDialog, searchRendered, searchResults, searchStatus } from '../helpers/page-locators.ts';
import { conversation, replyOptions } from '../helpers/roleplay-page.ts';
import type { PartialDictionary } from '../../src/lib/i18n/dictionary.ts';
import { plural } from '../../src/lib/i18n/plural.ts';

const FIXTURE = 'tests/fixtures/languages';

/** What each language of the fixture is tried with: Hebrew and Chinese are built in, German comes only from ui/de.yaml. */
const LANGUAGES = [
  { lang: 'he', dir: 'rtl', query: 'יקר', draft: 'אני אנסה לחזור אליך מחר.', titles: ['יש כבר ספק', 'בירור צרכים'] },
  { lang: 'zh', dir: 'ltr', query: '太贵', draft: '好的，我尽量明天回复您。', titles: ['已有供应商', '了解需求'] },
  { lang: 'de', dir: 'ltr', query: 'teuer', draft: 'Ich versuche es bis morgen.', titles: ['Schon ein Lieferant', 'Bedarf klären'] },
] as const;

let tmp: string;
let fixture: StaticServer;
let sample: StaticServer;
let dirs: { fixture: string; sample: string };
let browser: Browser;

async function visit(server: StaticServer, pathname: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await openPage(browser, server.origin, { viewport });
  await page.goto(`${server.origin}${pathname}`);
  return page;
}

/** Fails with the English interface texts found on the page, if any. */
async function expectNoEnglish(page: Page, own: PartialDictionary, where: string) {
  expect(englishIn(await pageWords(page), englishLeftovers(own)), `English interface text on ${where}`).toEqual([]);
}

describeInBrowser('interface languages', () => {
  beforeAll(async () => {
    tmp = makeTempDir('languages-browser');
    // One after the other: two Astro builds of one project at once trip over each other's files.
    const built = await buildSite({ content: FIXTURE, outDir: path.join(tmp, 'fixture') });
    const builtSample = await buildSite({ content: 'content', outDir: path.join(tmp, 'sample') });
    for (const result of [built, builtSample]) if (result.exitCode !== 0) throw new Error(`Build failed:\n${result.stdout}\n${result.stderr}`);
    dirs = { fixture: built.outDir, sample: builtSample.outDir };
    fixture = await serveDir(built.outDir);
    sample = await serveDir(builtSample.outDir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await fixture?.close();
    await sample?.close();
    if (tmp) removeTemp(tmp);
  });

  describe.each(LANGUAGES)('a book in $lang', ({ lang, dir, query, draft, titles }) => {
    const { t, own } = expectedInterface(FIXTURE, lang);

    it('shows the home page’s interface in the page’s language', async () => {
      const page = await visit(fixture, `/${lang}/`);
      expect(await page.locator('html').getAttribute('dir')).toBe(dir);
      await expect.poll(() => page.getByRole('navigation', { name: t.site.book }).getByRole('link', { name: t.site.objections }).count()).toBe(1);
      await page.getByText(t.home.tagline, { exact: true }).waitFor();
      await page.getByRole('heading', { name: t.home.newHirePath }).waitFor();
      await expectNoEnglish(page, own, `/${lang}/`);
    });

    it('shows an entry page’s interface in the page’s language', async () => {
      const page = await visit(fixture, `/${lang}/objections/too-expensive/`);
      await page.getByRole('heading', { name: t.objection.responses }).waitFor();
      expect(await page.getByRole('button', { name: t.site.copy }).count()).toBeGreaterThan(1);
      await expectNoEnglish(page, own, `/${lang}/objections/too-expensive/`);
    });

    it('searches with an interface in the page’s language', async () => {
      const page = await visit(fixture, `/${lang}/`);
      await page.keyboard.press('/');
      const dialog = searchDialog(page, t);
      await dialog.getByRole('searchbox').fill(query);
      await searchRendered(dialog, query);
      const count = await searchResults(dialog, t).getByRole('listitem').count();
      expect(count).toBeGreaterThan(0);
      await expect.poll(() => searchStatus(dialog).textContent()).toBe(plural(lang, t.search.results, count));
      await dialog.getByRole('group', { name: t.search.groupType }).waitFor();
      expect(await dialog.getByRole('button', { name: t.search.close }).count()).toBe(1);
      await expectNoEnglish(page, own, `the search dialog of /${lang}/`);
    });

    it('plays and practises a scenario with an interface in the page’s language, sections named by their titles', async () => {
      const page = await visit(fixture, `/${lang}/scenarios/cold-call-roleplay/`);
      await page.waitForSelector('role-play[data-ready]');
      for (const title of titles) await page.getByRole('figure', { name: t.roleplay.map }).getByRole('link', { name: title }).waitFor();
      await page.getByRole('button', { name: t.roleplay.play }).click();
      const end = conversation(page, t).getByRole('heading', { level: 3 });
      for (let step = 0; step < 12 && (await end.count()) === 0; step += 1) {
        if ((await replyOptions(page, t).count()) > 0) await replyOptions(page, t).first().click();
        else await page.getByRole('button', { name: t.roleplay.continue }).click();
      }
      expect(await end.textContent()).toBe(t.roleplay.end);
      const path = await page.locator('.rp-path').textContent();
      expect(path).toContain(t.roleplay.yourPath);
      for (const title of titles) expect(path).toContain(title);
      await expectNoEnglish(page, own, `the Play mode of /${lang}/scenarios/cold-call-roleplay/`);

      await page.getByRole('button', { name: t.roleplay.practice }).click();
      await page.getByRole('button', { name: t.roleplay.reveal }).click();
      await page.getByRole('group', { name: t.roleplay.howClose }).getByRole('button', { name: t.roleplay.nailed }).click();
      await expectNoEnglish(page, own, `the Practice mode of /${lang}/scenarios/cold-call-roleplay/`);
    });

    it('checks a draft with an interface in the page’s language', async () => {
      const page = await visit(fixture, `/${lang}/phrase-check/`);
      await page.waitForSelector('phrase-check[data-ready]');
      await page.getByRole('textbox', { name: t.checker.draft }).fill(draft);
      // The summary comes before the findings, whose copy buttons have statuses of their own.
      await expect.poll(() => page.getByRole('status').first().textContent()).toBe(plural(lang, t.checker.found, 1));
      // The fixture's replacements are whole sentences: the button replaces the sentence.
      expect(await page.getByRole('button', { name: t.checker.replaceSentence }).count()).toBe(1);
      await expectNoEnglish(page, own, `/${lang}/phrase-check/ with a finding`);
    });
  });

  it('keeps a phone number in a Hebrew phrase in its own left-to-right order', async () => {
    const page = await visit(fixture, '/he/scripts/gatekeeper-call/');
    const number = page.locator('bdi[dir="ltr"]', { hasText: '+972 3-555-0142' });
    expect(await number.count()).toBe(1);
    // Isolated, the number reads left to right: its first group is left of its last.
    const [first, last] = await Promise.all(['+972', '0142'].map((part) => number.evaluate((element, text) => {
      const range = document.createRange();
      const node = element.firstChild!;
      const at = node.textContent!.indexOf(text);
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      return range.getBoundingClientRect().left;
    }, part)));
    expect(first).toBeLessThan(last!);
  });

  const pagesOf = (dist: string, lang: string) =>
    walkFiles(path.join(dist, lang)).filter((file) => file.endsWith('index.html')).map((file) => `/${path.relative(dist, path.dirname(file)).split(path.sep).join('/')}/`);

  it.each([
    ['en', 'sample'],
    ['ru', 'sample'],
    ['he', 'fixture'],
    ['zh', 'fixture'],
    ['de', 'fixture'],
  ] as const)('fits every %s page into a 390 px phone screen without scrolling sideways', async (lang, site) => {
    const server = site === 'sample' ? sample : fixture;
    const pages = pagesOf(dirs[site], lang);
    expect(pages.length).toBeGreaterThan(8);
    const page = await visit(server, `/${lang}/`, { width: 390, height: 844 });
    const wide: string[] = [];
    for (const address of pages) {
      await page.goto(`${server.origin}${address}`);
      const { scroll, client } = (await page.evaluate('({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })')) as { scroll: number; client: number };
      if (scroll > client) wide.push(`${address} is ${scroll} px wide`);
    }
    expect(wide).toEqual([]);
  });

});
