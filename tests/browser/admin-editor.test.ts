import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeInBrowser, launchBrowser, serveDir, type StaticServer } from '../helpers/browser.ts';
import { buildSite, FIXTURES, makeTempDir, removeTemp, runCheckAsync } from '../helpers/build.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { pickFolderOnDisk } from '../helpers/folder-picker.ts';
import { changedLines } from '../unit/web-editor/editor-data.ts';

/** The text field holding `value`, scrolling the form until the editor has drawn it. */
async function fieldHolding(page: Page, value: string): Promise<Locator> {
  for (let attempt = 0; attempt < 30; attempt++) {
    const fields = page.getByRole('textbox');
    const index = await fields.evaluateAll((elements, wanted) => elements.findIndex((e) => (e as HTMLInputElement).value === wanted), value);
    if (index >= 0) return fields.nth(index);
    await page.mouse.move(300, 600);
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(150);
  }
  throw new Error(`No field holds “${value}”.`);
}

// The web editor of `npm run dev`, used as an author would: open the folder, pick an entry, change
// a phrase, save, and find the file on disk changed on that line only and still passing the check.

describeInBrowser('the web editor at /admin/', () => {
  let temp: string;
  let repo: string;
  let content: string;
  let server: DevServer;
  let browser: Browser;
  let page: Page;
  const outside: string[] = [];

  beforeAll(async () => {
    temp = makeTempDir('admin');
    repo = path.join(temp, 'playbook');
    content = path.join(repo, 'content');
    fs.cpSync(path.join(FIXTURES, 'valid'), content, { recursive: true });
    // The editor works on a Git repository's folder; an empty .git is enough for it to accept one.
    fs.mkdirSync(path.join(repo, '.git'));
    [server, browser] = await Promise.all([startDevServer(content), launchBrowser()]);
    // The first visit waits for the dev server to prepare the editor's packages.
    const warmUp = await browser.newPage();
    await warmUp.goto(`${server.origin}/admin/`, { timeout: 180_000 });
    await warmUp.getByRole('button', { name: 'Work with Local Repository' }).waitFor({ timeout: 180_000 });
    await warmUp.close();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    removeTemp(temp);
  });

  beforeEach(async () => {
    await page?.context().close();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    // Nothing may come from outside this computer: every other request is refused and remembered.
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
      outside.push(route.request().url());
      return route.abort();
    });
    await pickFolderOnDisk(page, repo);
    await page.goto(`${server.origin}/admin/`, { timeout: 120_000 });
    await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  });

  async function openEntry(collection: string, title: string): Promise<void> {
    await page.getByRole('treeitem', { name: collection }).click();
    await page.getByRole('gridcell', { name: title, exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Save' }).count(), { timeout: 30_000 }).toBe(1);
  }

  async function save(): Promise<void> {
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Entry saved.').waitFor({ timeout: 60_000 });
  }

  it('changes one speech-module variant of a call script on disk, on its line only, and the book still passes the check', async () => {
    const file = path.join(content, 'scripts/en/gatekeeper-call.mdx');
    const before = fs.readFileSync(file, 'utf8');
    await openEntry('Call scripts (en)', 'First call through the receptionist');
    const variant = await fieldHolding(page, 'Could you tell me who looks after office supplies?');
    await variant.fill('Could you tell me who orders office supplies: paper, toner, coffee?');
    await save();
    expect(changedLines(before, fs.readFileSync(file, 'utf8'))).toEqual([
      { line: 23, from: '      - Could you tell me who looks after office supplies?', to: '      - "Could you tell me who orders office supplies: paper, toner, coffee?"' },
    ]);
    const check = await runCheckAsync(['--content', content, '--strict']);
    expect(check.exitCode, check.stdout).toBe(0);
  });

  it('shows the content check’s problems of the entry being edited in the preview, before it is saved', async () => {
    await openEntry('Call scripts (en)', 'First call through the receptionist');
    const preview = page.locator('iframe').first().contentFrame();
    await expect.poll(() => preview.getByRole('status').textContent(), { timeout: 20_000 }).toContain('finds no problem');
    const variant = await fieldHolding(page, 'Hello, Sam Reed from Brightline here. May I ask you something?');
    await variant.fill("Hello, Sam Reed from Brightline here. I'll try to be quick.");
    const problems = preview.getByRole('region', { name: 'Content check' });
    await problems.getByRole('heading', { name: '1 problem found by the content check' }).waitFor({ timeout: 20_000 });
    expect(await problems.getByRole('listitem').textContent()).toBe(
      "Warning line 17 — modules[0].variants[1] — Unexpected stop phrase “I'll try”: promises nothing; the client hears \"don't count on me\". — Say instead: “I will do it by 5 pm today.”",
    );
  });

  it('changes one line of a scenario’s dialogue, kept inside its fence', async () => {
    const file = path.join(content, 'scripts/en/cold-call-roleplay.mdx');
    const before = fs.readFileSync(file, 'utf8');
    await openEntry('Role-play scenarios (en)', 'Role-play: cold call to an office');
    const field = await fieldHolding(page, before.slice(before.indexOf('```dialogue\n') + 12, before.indexOf('\n```\n', before.indexOf('```dialogue'))));
    const text = await field.inputValue();
    await field.fill(text.replace('client: Thursday works.', 'client: Thursday at ten works for me.'));
    await save();
    expect(changedLines(before, fs.readFileSync(file, 'utf8'))).toEqual([{ line: 38, from: 'client: Thursday works.', to: 'client: Thursday at ten works for me.' }]);
    const check = await runCheckAsync(['--content', content, '--strict']);
    expect(check.exitCode, check.stdout).toBe(0);
  });

  it('changes one option of a compensation tier in the data file and keeps the rest of the file', async () => {
    const file = path.join(content, 'standards/en/compensation.yaml');
    const before = fs.readFileSync(file, 'utf8');
    await page.getByRole('treeitem', { name: 'Stop phrases and compensation (en)' }).click();
    await page.getByRole('gridcell', { name: 'Compensation (en)', exact: true }).click();
    const option = await fieldHolding(page, 'Ten percent off the next order');
    await option.fill('Fifteen percent off the next order');
    await save();
    const changed = changedLines(before, fs.readFileSync(file, 'utf8'));
    expect(changed).toEqual([{ line: 15, from: '      - text: Ten percent off the next order', to: '      - text: Fifteen percent off the next order' }]);
  });

  it('keeps what the author is typing when a content file changes on disk and the site reloads', async () => {
    await openEntry('Call scripts (en)', 'First call through the receptionist');
    const variant = await fieldHolding(page, 'Hello, Sam Reed from Brightline here. May I ask you something?');
    await variant.fill('Not saved yet');
    await page.evaluate('window.__notReloaded = true');
    // A page of the site, open beside the editor, shows that the change was noticed and reloads were sent.
    const reader = await browser.newPage();
    await reader.goto(`${server.origin}/en/objections/too-expensive/`);
    const other = path.join(content, 'objections/en/too-expensive.mdx');
    fs.writeFileSync(other, `${fs.readFileSync(other, 'utf8')}\nOne more line.\n`);
    await reader.getByText('One more line.').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1_000);
    await reader.close();
    expect(await page.evaluate('window.__notReloaded')).toBe(true);
    expect(await variant.inputValue()).toBe('Not saved yet');
  });

  it('loaded nothing from outside this computer', () => {
    expect(outside).toEqual([]);
  });
});

describeInBrowser('the web editor shipped in a built site (npm run build -- --admin)', () => {
  let temp: string;
  let repo: string;
  let site: StaticServer;
  let browser: Browser;
  const outside: string[] = [];

  beforeAll(async () => {
    temp = makeTempDir('admin-site');
    repo = path.join(temp, 'playbook');
    fs.cpSync(path.join(FIXTURES, 'valid'), path.join(repo, 'content'), { recursive: true });
    fs.mkdirSync(path.join(repo, '.git'));
    const built = await buildSite({ content: path.join(repo, 'content'), outDir: path.join(temp, 'dist'), astroArgs: ['--admin'] });
    expect(built.exitCode, built.stderr).toBe(0);
    [site, browser] = await Promise.all([serveDir(built.outDir), launchBrowser()]);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    removeTemp(temp);
  });

  it('opens a local folder from the static site and saves a changed phrase into it, nothing else loaded from elsewhere', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
      outside.push(route.request().url());
      return route.abort();
    });
    await pickFolderOnDisk(page, repo);
    await page.goto(`${site.origin}/admin/`);
    await page.getByRole('button', { name: 'Work with Local Repository' }).click();
    await page.getByRole('treeitem', { name: 'Objections (en)' }).click();
    await page.getByRole('gridcell', { name: "It's too expensive", exact: true }).click();
    const file = path.join(repo, 'content/objections/en/too-expensive.mdx');
    const before = fs.readFileSync(file, 'utf8');
    const [first] = /^    text: (.*)$/m.exec(before)!.slice(1);
    const field = await fieldHolding(page, first!);
    await field.fill('Compared with what, if I may ask: your current supplier or your budget?');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Entry saved.').waitFor({ timeout: 60_000 });
    expect(changedLines(before, fs.readFileSync(file, 'utf8'))).toHaveLength(1);
    expect(fs.readFileSync(file, 'utf8')).toContain('    text: "Compared with what, if I may ask: your current supplier or your budget?"\n');
    expect(outside).toEqual([]);
  });
});
