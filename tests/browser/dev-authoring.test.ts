import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchBrowser } from '../helpers/browser.ts';
import { copyFixture, removeTemp } from '../helpers/build.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';

// Saves reach the page in well under a second (npm run bench measures it); a loaded CI machine gets room.
const SHOWN = { timeout: 15_000 };

describeInBrowser('npm run dev while an author writes', () => {
  let content = '';
  let server: DevServer;
  let browser: Browser;
  let page: Page;
  const file = (relative: string) => path.join(content, relative);
  const edit = (relative: string, change: (text: string) => string) => fs.writeFileSync(file(relative), change(fs.readFileSync(file(relative), 'utf8')));
  // A page hears about saves once its live-reload connection is up (a tab still loading catches up as
  // it connects); waiting for it keeps each test's timing plain.
  // A reload the server sent for an earlier save may cut a navigation short: then it is tried again.
  const open = async (address: string) => {
    for (let attempt = 1; ; attempt += 1) {
      const connected = page.waitForEvent('console', { predicate: (message) => message.text().includes('[vite] connected'), ...SHOWN });
      try {
        const response = await page.goto(`${server.origin}${address}`);
        await connected;
        return response;
      } catch (error) {
        connected.catch(() => undefined);
        if (attempt === 3) throw error;
      }
    }
  };

  beforeAll(async () => {
    content = copyFixture('valid');
    // A page the test hands over itself (see the tab that was still loading) has no network address
    // for Chromium, which then refuses its live-reload connection to 127.0.0.1 as a public page's.
    [server, browser] = await Promise.all([startDevServer(content), launchBrowser(['--disable-features=LocalNetworkAccessChecks'])]);
    // The dev server's live reload talks over a WebSocket to the same host; anything else is refused.
    const context = await browser.newContext();
    await context.route((url) => url.host !== new URL(server.origin).host, (route) => route.abort());
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    removeTemp(path.dirname(content));
  });

  it('shows a saved edit in the open page without a reload by hand', async () => {
    await open('/en/objections/too-expensive/');
    edit('objections/en/too-expensive.mdx', (text) => text.replace(/^title: .*$/mu, 'title: The price is too high for us'));
    await expect(page.getByRole('heading', { level: 1, name: 'The price is too high for us' }).waitFor(SHOWN)).resolves.toBeUndefined();
  });

  it('keeps the page of a broken entry, with the problem on top: file, line, field, what is wrong and the fix', async () => {
    edit('objections/en/too-expensive.mdx', (text) => text.replace(/^category: .*$/mu, 'category: prices'));
    const problems = page.getByRole('region', { name: /1 error in/u });
    await problems.waitFor(SHOWN);
    await expect(problems.textContent()).resolves.toMatch(/objections\/en\/too-expensive\.mdx:7\s*— category —\s*“prices” is not one of the allowed values\.\s*Fix: Did you mean “price”\?/u);
    await expect(page.getByRole('heading', { level: 1, name: 'The price is too high for us' }).isVisible()).resolves.toBe(true);
  });

  it('takes the problem away by itself once the file is fixed', async () => {
    await page.getByRole('region', { name: /error in/u }).waitFor(SHOWN);
    edit('objections/en/too-expensive.mdx', (text) => text.replace(/^category: prices$/mu, 'category: price'));
    await page.getByRole('region', { name: /error in/u }).waitFor({ ...SHOWN, state: 'detached' });
    await expect(page.getByRole('heading', { level: 1, name: 'The price is too high for us' }).isVisible()).resolves.toBe(true);
  });

  it('answers the address of a new file that cannot be read with its problems, not with a 404', async () => {
    fs.writeFileSync(file('objections/en/too-slow.mdx'), '---\ntitle: You are too slow\nsummary: Speed.\nowner: QA\nreviewed: 2026-01-05\n---\n\nBody.\n');
    // The server learns of a new file within a second; ask until it has, as a browser tab would be reloaded.
    let status = 0;
    for (const started = Date.now(); status !== 200 && Date.now() - started < SHOWN.timeout; ) {
      status = (await open('/en/objections/too-slow/'))?.status() ?? 0;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
    await expect(page.getByRole('main').textContent()).resolves.toMatch(/objections\/en\/too-slow\.mdx:\d+\s*— category —\s*This required field is missing\./u);
  });

  it('lists every problem of the book on one page, grouped by file', async () => {
    await open('/_problems/');
    await expect(page.getByRole('heading', { level: 2, name: /objections\/en\/too-slow\.mdx/u }).isVisible()).resolves.toBe(true);
    fs.rmSync(file('objections/en/too-slow.mdx'));
    await page.getByText('No problems: the content check passes.').waitFor(SHOWN);
  });

  it('shows saves of config.yaml and of a stop-phrase list in the open page', async () => {
    await open('/en/stop-phrases/');
    edit('standards/en/stop-phrases.yaml', (text) => text.replace('Tells the client their feelings are wrong.', 'Tells the client how to feel.'));
    await page.getByText('Tells the client how to feel.').waitFor(SHOWN);
    edit('config.yaml', (text) => text.replace(/^name: .*$/mu, 'name: Renamed Test Book'));
    await page.getByRole('link', { name: 'Renamed Test Book' }).waitFor(SHOWN);
  });

  it('brings a tab up to date that was still loading when a save went out', async () => {
    const tab = await page.context().newPage();
    const address = `${server.origin}/en/objections/too-expensive/`;
    let rendered!: () => void;
    let saveRead!: () => void;
    const pageRendered = new Promise<void>((resolve) => (rendered = resolve));
    const serverHasSave = new Promise<void>((resolve) => (saveRead = resolve));
    // The tab receives a page rendered before the save only after the server has read the save and
    // sent its reload, which the tab, still loading, never hears. (Run after the tests above: on a
    // server's very first page Vite may reload the tab anyway, for dependencies it has just found.)
    await tab.route(
      address,
      async (route) => {
        const response = await route.fetch();
        rendered();
        await serverHasSave;
        await route.fulfill({ response });
      },
      { times: 1 },
    );
    try {
      const loading = tab.goto(address);
      await pageRendered;
      edit('objections/en/too-expensive.mdx', (text) => text.replace(/^title: .*$/mu, 'title: The price is far too high'));
      for (const started = Date.now(); Date.now() - started < SHOWN.timeout; await new Promise((resolve) => setTimeout(resolve, 100))) {
        if ((await (await fetch(address)).text()).includes('The price is far too high')) break;
      }
      // Past the server's second look at a half-written file, which may send one more reload.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      saveRead();
      await loading;
      await expect(tab.getByRole('heading', { level: 1, name: 'The price is far too high' }).waitFor(SHOWN)).resolves.toBeUndefined();
    } finally {
      await tab.close();
    }
  });

  it('prints the same problems in the terminal as errors, with no follow-up errors', () => {
    const output = server.output();
    expect(output).toMatch(/\[ERROR\] \[salesbook\][\s\S]*objections\/en\/too-expensive\.mdx:7 — category — “prices” is not one of the allowed values\./u);
    expect(output).not.toMatch(/is not an entry of the content folder/u);
  });
});
