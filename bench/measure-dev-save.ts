import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

/** How long a save may take to show before it counts as missed. */
export const MISSED_AFTER_MS = 30_000;

/** One saved edit and how long it took to show in an open tab. */
export interface SaveMeasurement {
  /** What was saved. */
  label: string;
  /** Milliseconds from the file being written to the new text being on screen; infinite when it never showed. */
  ms: number;
}

// Run as an author runs it: the test runner's variables would switch off Vite's live reload.
function authorEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key.startsWith('SALESBOOK_') || key === 'NODE_ENV') delete env[key];
  return env;
}

const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'];

function startDev(repo: string, contentDir: string): Promise<{ child: ChildProcess; origin: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repo, 'src/cli/dev.ts'), '--content', contentDir, '--port', '0'], {
      cwd: repo,
      env: authorEnv(),
      detached: true,
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The dev server did not start:\n${output}`)), 120_000);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const address = /Local\s+(http:\/\/[^\s/]+)\//u.exec(output)?.[1];
      if (address) {
        clearTimeout(timer);
        resolve({ child, origin: address });
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`The dev server ended with ${code}:\n${output}`)));
  });
}

/**
 * Starts `npm run dev` on a copy of a content folder, opens a script page in Chromium, and saves
 * `saves` edits of one speech module variant (then one that breaks the file and one that fixes
 * it), timing each from the write until the page shows the change.
 */
export async function measureDevSaves(repo: string, sourceContent: string, saves = 10): Promise<SaveMeasurement[]> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'salesbook-dev-save-'));
  const content = path.join(work, 'content');
  fs.cpSync(sourceContent, content, { recursive: true });
  // The first call script of the English book, and the first variant of its first module.
  const scripts = path.join(content, 'scripts/en');
  const name = fs.readdirSync(scripts).sort().find((entry) => entry.endsWith('.mdx') && /^type: call$/mu.test(fs.readFileSync(path.join(scripts, entry), 'utf8')));
  if (!name) throw new Error(`${scripts} holds no call script to edit.`);
  const file = path.join(scripts, name);
  const original = fs.readFileSync(file, 'utf8');
  const variant = /variants:\s*\n\s+- ["']?/u.exec(original);
  if (!variant) throw new Error(`${file} has no module variant to edit.`);
  const edit = (text: string) => original.replace(variant[0], `${variant[0]}${text} `);
  const { child, origin } = await startDev(repo, content);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const results: SaveMeasurement[] = [];
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/en/scripts/${name.replace(/\.mdx$/u, '')}/`, { waitUntil: 'load' });
    const timeSave = async (label: string, text: string, expect: string) => {
      const started = performance.now();
      fs.writeFileSync(file, text);
      try {
        await page.waitForFunction((wanted) => document.body?.innerText.includes(wanted), expect, { timeout: MISSED_AFTER_MS, polling: 10 });
        results.push({ label, ms: performance.now() - started });
      } catch {
        // A save that never shows is the failure this measures: count it, then carry on from a fresh page.
        results.push({ label, ms: Number.POSITIVE_INFINITY });
        await page.reload({ waitUntil: 'load' });
      }
      // Let the editor-style burst settle before the next save.
      await new Promise((resolve) => setTimeout(resolve, 300));
    };
    for (let i = 1; i <= saves; i += 1) {
      const marker = `Saved edit number ${i}.`;
      await timeSave(`variant edit ${i}`, edit(marker), marker);
    }
    // A misspelt stage: the page shows the problem, then the fix brings the page back.
    await timeSave('a save that breaks the file', original.replace(/^(\s+)stage: (\w+)/mu, '$1stage: $2x'), 'is not one of the allowed values');
    await timeSave('the save that fixes it', edit('Fixed again.'), 'Fixed again.');
  } finally {
    await browser.close();
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
    fs.rmSync(work, { recursive: true, force: true });
  }
  return results;
}
