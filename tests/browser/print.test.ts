import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, serveBuiltSites, type BuiltSites, openPage, type StaticServer } from '../helpers/browser.ts';
import { pdfLines, squeeze, type PdfLine } from '../helpers/pdf-text.ts';

let sites: BuiltSites<'sample'>;
let server: StaticServer;
let browser: Browser;
const LANGS = ['en', 'ru'];

/** What the page decided: the number of each contents line, and which elements start a printed page. */
interface Numbering {
  numbers: string[];
  pageStarts: number[];
}

const printed = new Map<string, { pages: PdfLine[][]; contents: { target: string; text: string }[]; headings: string[]; numbering: Numbering }>();

const readNumbering = (page: Page) =>
  page.evaluate(`({
    numbers: [...document.querySelectorAll('.toc-page[data-target]')].map((slot) => slot.textContent),
    pageStarts: [...document.querySelectorAll('.print-book *')].flatMap((element, index) => element.classList.contains('print-page-start') ? [index] : []),
  })`) as Promise<Numbering>;

/**
 * Prints the book of one language to PDF as the browser's own Print command does, as soon as the
 * page is there (before it has had time to work the numbers out ahead), and reads it back.
 */
async function printBook(lang: string) {
  const page: Page = await openPage(browser, server.origin);
  await page.goto(`${server.origin}/${lang}/print/`, { waitUntil: 'domcontentloaded' });
  const contents = (await page.evaluate(`[...document.querySelectorAll('.toc-page[data-target]')].map((slot) => ({
    target: slot.dataset.target,
    text: slot.closest('a').querySelector('.toc-title').textContent.trim(),
  }))`)) as { target: string; text: string }[];
  const headings = (await page.evaluate(
    `[...document.querySelectorAll('.print-book :is(h2, h3, h4, h5, h6)')].filter((h) => !h.closest('.print-contents')).map((h) => h.textContent.replace(/\\s+/g, ' ').trim())`,
  )) as string[];
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  const numbering = await readNumbering(page);
  await page.context().close();
  return { pages: await pdfLines(new Uint8Array(pdf)), contents, headings, numbering };
}

/** The footer of a page: its last line. */
const footerOf = (lines: PdfLine[]) => lines.at(-1)?.text ?? '';

describeInBrowser('the printed book', () => {
  beforeAll(async () => {
    sites = await serveBuiltSites('print-browser', { sample: 'content' });
    ({ browser, servers: { sample: server } } = sites);
    for (const lang of LANGS) printed.set(lang, await printBook(lang));
  });

  afterAll(() => sites?.close());

  it('numbers every page in its footer as "page / pages"', () => {
    for (const [lang, { pages }] of printed) {
      expect(pages.length, lang).toBeGreaterThan(10);
      expect(pages.map(footerOf), lang).toEqual(pages.map((_, i) => `${i + 1} / ${pages.length}`));
    }
  });

  it('shows in the contents the page on which each chapter and entry starts', () => {
    for (const [lang, { pages, contents }] of printed) {
      const firstChapter = pages.findIndex((lines, i) => i > 0 && lines.some((line) => squeeze(line.text) === squeeze(contents[0]!.text)));
      const contentsLines = pages.slice(0, firstChapter).flat().map((line) => line.text);
      for (const { text } of contents) {
        // The contents line ends with the page number, after the title (which may wrap onto two lines).
        const index = contentsLines.findIndex((line) => squeeze(line).startsWith(squeeze(text).slice(0, 25)));
        expect(index, `${lang}: “${text}” in the contents`).toBeGreaterThanOrEqual(0);
        const numbered = contentsLines.slice(index, index + 3).find((line) => /\d+$/u.test(line))!;
        const number = Number(/(\d+)$/u.exec(numbered)![1]);
        // The heading starts a line of that page (a long one may wrap, so its start is compared).
        const start = squeeze(text).slice(0, 30);
        const onPage = pages[number - 1]!.slice(0, -1).some((line) => squeeze(line.text).startsWith(start));
        expect(onPage, `${lang}: “${text}” is on page ${number}, as the contents say`).toBe(true);
        const earlier = pages.slice(firstChapter, number - 1).flat().some((line) => squeeze(line.text) === squeeze(text));
        expect(earlier, `${lang}: “${text}” is not a heading on an earlier page`).toBe(false);
      }
    }
  });

  it('never ends a page with a heading: each stays with what it introduces', () => {
    for (const [lang, { pages, headings }] of printed) {
      const squeezed = headings.map(squeeze);
      // The contents pages list the headings on purpose; the book proper starts after them.
      const bookStart = pages.findIndex((lines) => squeeze(lines[0]?.text ?? '') === squeezed[0]);
      expect(headings.length, lang).toBeGreaterThan(10);
      expect(bookStart, lang).toBeGreaterThan(0);
      // The last line of a page (before the footer), and the two last lines together for a heading that wraps.
      const ending = pages
        .map((lines, i) => ({ page: i + 1, last: squeeze(lines.at(-2)?.text ?? ''), lastTwo: squeeze(`${lines.at(-3)?.text ?? ''}${lines.at(-2)?.text ?? ''}`) }))
        .slice(bookStart);
      const stranded = ending.filter(({ last, lastTwo }) => last !== '' && squeezed.some((heading) => heading === last || heading === lastTwo));
      expect(stranded, lang).toEqual([]);
    }
  });

  it('works the numbers out while the page is open, in short slices, so the print dialog opens at once', async () => {
    for (const lang of LANGS) {
      const page = await openPage(browser, server.origin);
      await page.addInitScript(`window.longTasks = [];
        new PerformanceObserver((list) => { for (const task of list.getEntries()) longTasks.push({ start: task.startTime, duration: task.duration }); }).observe({ type: 'longtask', buffered: true });`);
      await page.goto(`${server.origin}/${lang}/print/`);
      // A function, not a string: the page's Content-Security-Policy refuses to evaluate strings.
      await page.waitForFunction(() => document.documentElement.dataset.printNumbered !== undefined, undefined, { timeout: 30_000 });
      const { work, longest, wait } = (await page.evaluate(`(() => {
        const loaded = performance.getEntriesByType('navigation')[0].loadEventEnd;
        const started = performance.now();
        dispatchEvent(new Event('beforeprint'));
        return {
          wait: performance.now() - started,
          work: Number(document.documentElement.dataset.printNumbered),
          longest: Math.max(0, ...longTasks.filter((task) => task.start >= loaded).map((task) => task.duration)),
        };
      })()`)) as { work: number; longest: number; wait: number };
      console.info(`${lang}: page numbers worked out ahead in ${work} ms of work; longest task after loading ${Math.round(longest)} ms; printing then waited ${wait.toFixed(1)} ms`);
      // Worked out ahead, the numbers and page breaks are the ones printed when printing came first.
      expect(await readNumbering(page), lang).toEqual(printed.get(lang)!.numbering);
      expect(wait, `${lang}: the print handler has nothing left to do`).toBeLessThan(100);
      // Each slice is a small part of the work: the page never stops answering for the whole of it.
      expect(longest, `${lang}: the longest task after loading, against ${work} ms of work`).toBeLessThan(Math.max(work / 2, 50));
      await page.context().close();
    }
  });
});
