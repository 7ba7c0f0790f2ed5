import path from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSite, makeTempDir, removeTemp } from '../helpers/build.ts';
import { describeInBrowser, launchBrowser, openPage, serveDir, type StaticServer } from '../helpers/browser.ts';

let tmp: string;
let server: StaticServer;
let browser: Browser;

async function checker(lang: string, draft: string): Promise<Page> {
  const page = await openPage(browser, server.origin, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${server.origin}/${lang}/phrase-check/`);
  await page.locator('phrase-check[data-ready] textarea').fill(draft);
  return page;
}

const findings = (page: Page) => page.locator('.phrase-check-finding');

describeInBrowser('phrase checker', () => {
  beforeAll(async () => {
    tmp = makeTempDir('phrase-check-browser');
    const built = await buildSite({ content: 'content', outDir: path.join(tmp, 'dist') });
    if (built.exitCode !== 0) throw new Error(`The sample did not build:\n${built.stdout}\n${built.stderr}`);
    server = await serveDir(built.outDir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) removeTemp(tmp);
  });

  it('highlights an English stop phrase as it is typed, with the reason and the replacements', async () => {
    const page = await checker('en', 'Hello Anna, ');
    await page.locator('textarea').pressSequentially("I'll try to send it today.");
    await expect.poll(() => page.locator('.phrase-check-backdrop mark').allTextContents()).toEqual(["I'll try"]);
    expect(await findings(page).count()).toBe(1);
    expect(await findings(page).locator('.phrase-check-why').textContent()).toMatch(/^Promises nothing/);
    expect(await findings(page).locator('.phrase-check-replacement').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-summary]').textContent()).toBe('1 stop phrase found');
    await page.context().close();
  });

  it('replaces an English stop phrase with one click', async () => {
    const page = await checker('en', "Sure, I'll try.");
    const replacement = await findings(page).locator('.phrase-check-replacement').first().textContent();
    await findings(page).getByRole('button', { name: /^Replace/ }).first().click();
    expect(await page.locator('textarea').inputValue()).toBe(`Sure, ${replacement}.`);
    expect(await findings(page).count()).toBe(0);
    expect(await page.locator('[data-summary]').textContent()).toMatch(/^Replaced “I'll try”\. No stop phrases found\.$/);
    await page.context().close();
  });

  it('flags a Russian stop phrase by its pattern and replaces it without doubling the pronoun', async () => {
    const page = await checker('ru', 'Добрый день! Я постараюсь успеть.');
    await expect.poll(() => page.locator('.phrase-check-backdrop mark').allTextContents()).toEqual(['постараюсь']);
    const replacement = (await findings(page).locator('.phrase-check-replacement').first().textContent())!;
    await findings(page).getByRole('button', { name: /^Заменить/ }).first().click();
    expect(await page.locator('textarea').inputValue()).toBe(`Добрый день! ${replacement} успеть.`);
    expect(replacement.startsWith('Я ')).toBe(true);
    await page.context().close();
  });

  it('copies a replacement from the keyboard', async () => {
    const page = await checker('en', "I'll try.");
    const copy = findings(page).locator('copy-button').first();
    await copy.locator('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => copy.getAttribute('data-done')).not.toBeNull();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await copy.getAttribute('data-text'));
    await page.context().close();
  });

  it('has no accessibility violations with stop phrases found', async () => {
    const page = await checker('en', "I'll try, to be honest.");
    await expect.poll(() => findings(page).count()).toBe(2);
    await page.evaluate(axe.source);
    const violations = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })))`)) as unknown[];
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
