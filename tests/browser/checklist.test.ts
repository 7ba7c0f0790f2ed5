import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, serveBuiltSites, type BuiltSites, type StaticServer } from '../helpers/browser.ts';

const CHECKLIST = '/en/standards/complaint-call-checklist/';

let sites: BuiltSites<'sample'>;
let server: StaticServer;
let browser: Browser;

/** A fresh browser profile that may only talk to the test server. */
async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.route((url) => url.origin !== server.origin, (route) => route.abort());
  return context;
}

/** Opens the checklist in a new tab of `context`: a new page load, so nothing comes from the browser's form restore. */
async function openChecklist(context: BrowserContext, pathname = CHECKLIST): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.origin}${pathname}`);
  await page.waitForFunction('customElements.get("checklist-form") !== undefined');
  return page;
}

const item = (page: Page, text: RegExp) => page.getByRole('group', { name: text });

describeInBrowser('checklists', () => {
  beforeAll(async () => {
    sites = await serveBuiltSites('checklist-browser', { sample: 'content' });
    ({ browser, servers: { sample: server } } = sites);
  });

  afterAll(() => sites?.close());

  it('scores the complaint call on a 1-5 scale, with a comment field under every scored item', async () => {
    const context = await newContext();
    const page = await openChecklist(context);
    const ownership = item(page, /takes the case personally/);
    expect(await ownership.getByRole('radio').evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value))).toEqual(['1', '2', '3', '4', '5']);
    expect(await page.getByRole('textbox', { name: 'Comment' }).count()).toBe(12);
    await ownership.getByRole('radio', { name: '4' }).check();
    // Weight 2 of 28 possible points; a 4 earns 80% of it.
    expect(await page.locator('.score-points').textContent()).toBe('1.6 of 28 points');
    await context.close();
  });

  it('keeps answers, comments and control items when the checklist is opened again', async () => {
    const context = await newContext();
    const first = await openChecklist(context);
    await item(first, /takes the case personally/).getByRole('radio', { name: '4' }).check();
    await item(first, /Mirrors back the facts/).getByRole('radio', { name: '2' }).check();
    await item(first, /Mirrors back the facts/).getByRole('textbox', { name: 'Comment' }).fill('Repeated the shipment number only, not the lost sale.');
    await first.getByRole('textbox', { name: /First and last name/ }).fill('Olga Kalnina');
    const score = await first.locator('.score-percent').textContent();
    await first.close();

    const again = await openChecklist(context);
    expect(await item(again, /takes the case personally/).getByRole('radio', { name: '4' }).isChecked()).toBe(true);
    expect(await item(again, /Mirrors back the facts/).getByRole('radio', { name: '2' }).isChecked()).toBe(true);
    expect(await item(again, /Mirrors back the facts/).getByRole('textbox', { name: 'Comment' }).inputValue()).toBe('Repeated the shipment number only, not the lost sale.');
    expect(await again.getByRole('textbox', { name: /First and last name/ }).inputValue()).toBe('Olga Kalnina');
    expect(await again.locator('.score-percent').textContent()).toBe(score);

    await again.reload();
    await again.waitForFunction('customElements.get("checklist-form") !== undefined');
    expect(await item(again, /takes the case personally/).getByRole('radio', { name: '4' }).isChecked()).toBe(true);
    await context.close();
  });

  it('empties the form and forgets the answers when Clear answers is pressed', async () => {
    const context = await newContext();
    const page = await openChecklist(context);
    await item(page, /Offers two options/).getByRole('radio', { name: '5' }).check();
    await item(page, /Offers two options/).getByRole('textbox', { name: 'Comment' }).fill('Van or evening run.');
    const clear = page.getByRole('button', { name: 'Clear answers' });
    expect(await clear.isVisible()).toBe(true);
    await clear.click();
    expect(await item(page, /Offers two options/).getByRole('radio', { name: '5' }).isChecked()).toBe(false);
    expect(await page.locator('.score-percent').textContent()).toBe('0%');
    await page.close();

    const again = await openChecklist(context);
    expect(await item(again, /Offers two options/).getByRole('radio', { name: '5' }).isChecked()).toBe(false);
    expect(await item(again, /Offers two options/).getByRole('textbox', { name: 'Comment' }).inputValue()).toBe('');
    expect(await again.evaluate(`Object.keys(localStorage).filter((key) => key.startsWith('salesbook:checklist:'))`)).toEqual([]);
    await context.close();
  });

  it('keeps the answers of each checklist apart', async () => {
    const context = await newContext();
    const complaint = await openChecklist(context);
    await item(complaint, /Offers two options/).getByRole('radio', { name: '3' }).check();
    const shopper = await openChecklist(context, '/en/standards/mystery-shopper-checklist/');
    expect(await shopper.getByRole('radio', { checked: true }).count()).toBe(0);
    // Answering the other checklist saves its whole form; under a shared key it would overwrite the first one's.
    await item(shopper, /answered by the third ring/).getByRole('radio').first().check();
    await shopper.close();
    await complaint.close();
    const again = await openChecklist(context);
    expect(await item(again, /Offers two options/).getByRole('radio', { name: '3' }).isChecked()).toBe(true);
    await context.close();
  });
});
