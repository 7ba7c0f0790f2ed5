import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSite, makeTempDir, removeTemp } from '../helpers/build.ts';
import { describeInBrowser, launchBrowser, openPage, serveDir, type StaticServer } from '../helpers/browser.ts';
import { pdfLines, squeeze, type PdfLine } from '../helpers/pdf-text.ts';

let tmp: string;
let server: StaticServer;
let browser: Browser;
const printed = new Map<string, { pages: PdfLine[][]; contents: { target: string; text: string }[]; headings: string[] }>();

/** Prints the book of one language to PDF as the browser's own Print command does, and reads it back. */
async function printBook(lang: string) {
  const page: Page = await openPage(browser, server.origin);
  await page.goto(`${server.origin}/${lang}/print/`);
  await page.evaluate('document.fonts.ready');
  const contents = (await page.evaluate(`[...document.querySelectorAll('.toc-page[data-target]')].map((slot) => ({
    target: slot.dataset.target,
    text: slot.closest('a').querySelector('.toc-title').textContent.trim(),
  }))`)) as { target: string; text: string }[];
  const headings = (await page.evaluate(
    `[...document.querySelectorAll('.print-book :is(h2, h3, h4, h5, h6)')].filter((h) => !h.closest('.print-contents')).map((h) => h.textContent.replace(/\\s+/g, ' ').trim())`,
  )) as string[];
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  console.info(`page numbers of the ${lang} book worked out in ${await page.evaluate('document.documentElement.dataset.printNumbered')} ms`);
  await page.context().close();
  return { pages: await pdfLines(new Uint8Array(pdf)), contents, headings };
}

/** The footer of a page: its last line. */
const footerOf = (lines: PdfLine[]) => lines.at(-1)?.text ?? '';

describeInBrowser('the printed book', () => {
  beforeAll(async () => {
    tmp = makeTempDir('print-browser');
    const built = await buildSite({ content: 'content', outDir: path.join(tmp, 'site') });
    if (built.exitCode !== 0) throw new Error(`Build failed:\n${built.stdout}\n${built.stderr}`);
    server = await serveDir(built.outDir);
    browser = await launchBrowser();
    for (const lang of ['en', 'ru']) printed.set(lang, await printBook(lang));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) removeTemp(tmp);
  });

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
      // The last line of a page (before the footer), and the two last lines together for a heading that wraps.
      const ending = pages
        .map((lines, i) => ({ page: i + 1, last: squeeze(lines.at(-2)?.text ?? ''), lastTwo: squeeze(`${lines.at(-3)?.text ?? ''}${lines.at(-2)?.text ?? ''}`) }))
        .slice(bookStart);
      const stranded = ending.filter(({ last, lastTwo }) => last !== '' && squeezed.some((heading) => heading === last || heading === lastTwo));
      expect(stranded, lang).toEqual([]);
    }
  });
});
