import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, serveBuiltSites, type BuiltSites, openPage, type StaticServer } from '../helpers/browser.ts';
import { copiedIn, copyButtons, pageTexts } from '../helpers/page-locators.ts';

let sites: BuiltSites<'sample' | 'fixture'>;
let server: StaticServer;
let fixtureServer: StaticServer;
let browser: Browser;

/** The phrase checker of the sample (or of the test fixture) in `lang`, with `draft` in its box. */
async function checker(lang: string, draft: string, on = server): Promise<Page> {
  const page = await openPage(browser, on.origin, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${on.origin}/${lang}/phrase-check/`);
  await page.locator('phrase-check[data-ready]').waitFor();
  await draftBox(page).fill(draft);
  return page;
}

const draftBox = (page: Page) => page.getByRole('textbox', { name: pageTexts(page).checker.draft, exact: true });
const findings = (page: Page) => page.locator('.phrase-check-finding');
const draft = (page: Page) => draftBox(page).inputValue();
// The summary comes before the findings, whose copy buttons have statuses of their own.
const summary = (page: Page) => page.getByRole('status').first().textContent();

describeInBrowser('phrase checker', () => {
  beforeAll(async () => {
    // The sample for English and Russian; the test fixture for word substitutes and Chinese.
    sites = await serveBuiltSites('phrase-check-browser', { sample: 'content', fixture: 'tests/fixtures/valid' });
    ({ browser, servers: { sample: server, fixture: fixtureServer } } = sites);
  });

  afterAll(() => sites?.close());

  it('highlights an English stop phrase as it is typed, with the reason and the replacements', async () => {
    const page = await checker('en', 'Hello Anna, ');
    await draftBox(page).pressSequentially("I'll try to send it today.");
    await expect.poll(() => page.locator('.phrase-check-backdrop mark').allTextContents()).toEqual(["I'll try"]);
    expect(await findings(page).count()).toBe(1);
    expect(await findings(page).locator('.phrase-check-why').textContent()).toMatch(/^Promises nothing/);
    expect(await findings(page).locator('.phrase-check-replacement').count()).toBeGreaterThan(0);
    expect(await summary(page)).toBe('1 stop phrase found');
    await page.context().close();
  });

  it('replaces the whole English sentence that held the stop phrase, leaving the rest as written', async () => {
    const before = "Hello Anna,\n  Sure, I'll try to get the pallets to you tomorrow.  Thanks!\n";
    const page = await checker('en', before);
    const replacement = (await findings(page).locator('.phrase-check-replacement').first().textContent())!;
    await findings(page).getByRole('button', { name: /^Replace the sentence/ }).first().click();
    expect(await draft(page)).toBe(`Hello Anna,\n  ${replacement}  Thanks!\n`);
    expect(await findings(page).count()).toBe(0);
    expect(await summary(page)).toBe('Replaced “I\'ll try”. No stop phrases found.');
    await page.context().close();
  });

  it('undoes an English replacement with Ctrl+Z and checks the draft again', async () => {
    const before = "Hello Anna,\nSure, I'll try to get the pallets to you tomorrow. Thanks!";
    const page = await checker('en', before);
    await findings(page).getByRole('button', { name: /^Replace/ }).first().click();
    expect(await draft(page)).not.toBe(before);
    await page.keyboard.press('Control+z');
    expect(await draft(page)).toBe(before);
    await expect.poll(() => findings(page).count()).toBe(1);
    expect(await summary(page)).toBe('1 stop phrase found');
    await page.context().close();
  });

  it('replaces the whole Russian sentence that held the stop phrase', async () => {
    const page = await checker('ru', 'Добрый день! Я постараюсь успеть к пятнице. Спасибо.');
    await expect.poll(() => page.locator('.phrase-check-backdrop mark').allTextContents()).toEqual(['постараюсь']);
    const replacement = (await findings(page).locator('.phrase-check-replacement').first().textContent())!;
    await findings(page).getByRole('button', { name: /^Заменить предложение/ }).first().click();
    expect(await draft(page)).toBe(`Добрый день! ${replacement} Спасибо.`);
    expect(await summary(page)).toBe('«постараюсь» заменено. Стоп-фраз не найдено.');
    await page.context().close();
  });

  it('undoes a Russian replacement with Ctrl+Z', async () => {
    const before = 'Добрый день! Я постараюсь успеть к пятнице. Спасибо.';
    const page = await checker('ru', before);
    await findings(page).getByRole('button', { name: /^Заменить/ }).first().click();
    await page.keyboard.press('Control+z');
    expect(await draft(page)).toBe(before);
    await expect.poll(() => findings(page).count()).toBe(1);
    await page.context().close();
  });

  it('swaps only the English stop phrase for its word substitute, keeping the rest of the sentence', async () => {
    const page = await checker('en', "Hi! Sure, I'll try to send it today. Thanks.", fixtureServer);
    await findings(page).getByRole('button', { name: /^Replace “I'll try to” with “I will”/ }).click();
    expect(await draft(page)).toBe('Hi! Sure, I will send it today. Thanks.');
    expect(await findings(page).count()).toBe(0);
    await page.keyboard.press('Control+z');
    expect(await draft(page)).toBe("Hi! Sure, I'll try to send it today. Thanks.");
    await page.context().close();
  });

  it('swaps only the Russian stop phrase for its word substitute, keeping the capital', async () => {
    const page = await checker('ru', 'Хорошо. Постараюсь к пятнице, как договорились.', fixtureServer);
    await findings(page).getByRole('button', { name: /^Заменить «Постараюсь» на «Сделаю»/ }).click();
    expect(await draft(page)).toBe('Хорошо. Сделаю к пятнице, как договорились.');
    await page.context().close();
  });

  it('leaves an English wording listed as fine alone, and flags the stop phrase elsewhere', async () => {
    const page = await checker('en', 'You must have been waiting a long time. ');
    expect(await summary(page)).toBe('No stop phrases found.');
    await draftBox(page).pressSequentially('You must sign here.');
    await expect.poll(() => page.locator('.phrase-check-backdrop mark').allTextContents()).toEqual(['You must']);
    await page.context().close();
  });

  it('leaves Russian wordings listed as fine alone, and flags the stop phrase elsewhere', async () => {
    const page = await checker('ru', 'Нам нужно было сразу вас предупредить. Вы должны получить письмо до 12:00. ');
    expect(await summary(page)).toBe('Стоп-фраз не найдено.');
    await draftBox(page).pressSequentially('Вы должны подписать акт.');
    await expect.poll(() => page.locator('.phrase-check-backdrop mark').allTextContents()).toEqual(['Вы должны']);
    await page.context().close();
  });

  it('checks a Chinese draft and replaces the sentence that held the stop phrase', async () => {
    const page = await checker('zh', '您好。我尽量明天发给您。谢谢！', fixtureServer);
    await expect.poll(() => page.locator('.phrase-check-backdrop mark').allTextContents()).toEqual(['我尽量']);
    await findings(page).getByRole('button', { name: /^替换/ }).first().click();
    expect(await draft(page)).toBe('您好。我今天五点前完成。谢谢！');
    await page.context().close();
  });

  it('copies a replacement from the keyboard', async () => {
    const page = await checker('en', "I'll try.");
    const copy = findings(page).locator('copy-button').first();
    await copyButtons(copy).focus();
    await page.keyboard.press('Enter');
    await copiedIn(copy);
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
