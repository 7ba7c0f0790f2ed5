import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { printable } from '../../src/lib/engine/report.ts';
import { buildSite, copyFixture, NODE, REPO_ROOT, removeTemp, runNodeScript, walkFiles, type CommandResult } from '../helpers/build.ts';
import { attacks, harmless, OUTSIDE_DIR, SECRET_VALUE, SECRET_VARIABLE, type Attack } from '../helpers/hostile-content.ts';
import { parseReport, placeOf } from '../unit/checks/mutations.ts';

// Each case runs the real check and the real build; refused builds stop before Astro starts.
vi.setConfig({ testTimeout: 240_000 });
const temps: string[] = [];
afterAll(() => {
  temps.forEach(removeTemp);
  fs.rmSync(OUTSIDE_DIR, { recursive: true, force: true });
});

/** Root reads every file whatever its permissions, so permission cases run as "nobody" when the tests run as root. */
const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;

/** Runs a command of the project as an unprivileged user. */
function runAsNobody(script: string, args: readonly string[], env: Record<string, string> = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [path.join(REPO_ROOT, script), ...args], {
      cwd: REPO_ROOT,
      uid: NOBODY,
      gid: NOBODY,
      env: { PATH: process.env.PATH ?? '', HOME: '/tmp', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? 1, stdout, stderr }));
  });
}

/** Every file of a built site as text, with Pagefind's gzipped index and fragments unpacked. */
function siteText(outDir: string): { file: string; text: string }[] {
  if (!fs.existsSync(outDir)) return [];
  return walkFiles(outDir).map((file) => {
    const bytes = fs.readFileSync(file);
    let text: string;
    try {
      text = zlib.gunzipSync(bytes).toString('utf8');
    } catch {
      text = bytes.toString('utf8');
    }
    return { file: path.relative(outDir, file), text };
  });
}

const output = (result: CommandResult) => `${result.stdout}${result.stderr}`;

async function checkAndBuild(attack: Attack) {
  const dir = copyFixture('valid');
  const root = path.dirname(dir);
  temps.push(root);
  const unprivileged = attack.asUnprivilegedUser === true && asRoot;
  if (unprivileged) for (const folder of [root, ...walkFolders(root)]) fs.chmodSync(folder, 0o755);
  attack.apply(dir);
  const content = attack.contentPath?.(dir) ?? dir;
  const outDir = path.join(root, 'dist');
  const env = { [SECRET_VARIABLE]: SECRET_VALUE };
  const [check, build] = unprivileged
    ? await Promise.all([
        runAsNobody('src/cli/check.ts', ['--content', content]),
        runAsNobody('src/cli/build.ts', ['--content', content, '--outDir', outDir], { SALESBOOK_CACHE_DIR: `${outDir}.cache` }),
      ])
    : [await runNodeScript('src/cli/check.ts', ['--content', content], { env }), await buildSite({ content, outDir, env })];
  return { dir, check, build, outDir };
}

function walkFolders(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('check and build on hostile content', () => {
  for (const attack of [...attacks, ...harmless]) {
    const verb = attack.exitCode === 1 ? 'refuse' : 'accept';
    it.concurrent(`both ${verb} ${attack.kind}, with the same located message and no stack trace, and nothing of it reaches the site`, async () => {
      const { dir, check, build, outDir } = await checkAndBuild(attack);
      expect(check.exitCode, output(check)).toBe(attack.exitCode);
      expect(build.exitCode, output(build)).toBe(attack.exitCode);
      for (const run of [check, build]) {
        const reported = parseReport(run.stdout);
        for (const problem of attack.expect) {
          const place = printable(placeOf({ ...problem, file: path.join(dir, problem.file) }));
          const found = reported.find((line) => line.place === place);
          expect(found, `${place} in:\n${run.stdout}`).toBeDefined();
          expect(found?.severity).toBe(problem.severity);
          expect(found?.says).toBe(printable(problem.says ?? ''));
        }
        expect(output(run)).not.toMatch(/^\s+at /mu);
      }
      if (attack.exitCode === 1) expect(build.stderr).toContain('Nothing was built: fix the errors above, then run the build again.');
      const site = siteText(outDir);
      if (attack.exitCode === 0) expect(site.some(({ file }) => file.startsWith('pagefind/fragment/'))).toBe(true);
      if (attack.shows) expect(site.find(({ file }) => file === attack.shows!.page)?.text).toContain(attack.shows.text);
      for (const marker of attack.markers) expect(site.filter(({ text }) => text.includes(marker)).map(({ file }) => file), JSON.stringify(marker)).toEqual([]);
    });
  }
});

describe('commands on a content folder they cannot use', () => {
  function contentFolder(): string {
    const dir = copyFixture('valid');
    temps.push(path.dirname(dir));
    return dir;
  }

  it.concurrent('npm run new refuses a language that climbs out of the content folder, and writes nothing', async () => {
    const content = contentFolder();
    const result = await runNodeScript('src/cli/new.ts', ['script', 'x', '--lang', '../../elsewhere', '--content', content]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^“\.\.\/\.\.\/elsewhere” is not a language tag: use a BCP 47 tag such as en, ru, zh, he or pt-BR\.\n/u);
    expect(fs.existsSync(path.join(path.dirname(content), 'elsewhere'))).toBe(false);
  });

  it.concurrent('npm run new refuses to write through a language folder that links elsewhere', async () => {
    const content = contentFolder();
    const elsewhere = path.join(path.dirname(content), 'elsewhere');
    fs.mkdirSync(elsewhere);
    fs.symlinkSync(elsewhere, path.join(content, 'objections', 'de'));
    const result = await runNodeScript('src/cli/new.ts', ['objection', 'x', '--lang', 'de', '--content', content]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(`${path.join(content, 'objections', 'de')} is a symbolic link, and new entries are only written into real folders of the content folder; nothing was written.\n`);
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  });

  it.concurrent('npm run new says in one line that a read-only content folder cannot be written, and shows the stack only with --debug', async () => {
    const content = contentFolder();
    for (const folder of [path.dirname(content), ...walkFolders(path.dirname(content))]) fs.chmodSync(folder, 0o555);
    const run = (extra: string[]) => (asRoot ? runAsNobody : (script: string, args: readonly string[]) => runNodeScript(script, args))('src/cli/new.ts', ['script', 'x', '--lang', 'de', '--content', content, ...extra]);
    const [plain, debug] = await Promise.all([run([]), run(['--debug'])]);
    expect(plain.exitCode).toBe(1);
    expect(plain.stderr).toBe(`${path.join(content, 'scripts', 'de')} — Permission denied while creating it. — Give the user who runs Salesbook access to it (or run from a folder you own), then try again.\n`);
    expect(debug.exitCode).toBe(1);
    expect(debug.stderr).toMatch(/^\s+at /mu);
    for (const folder of [path.dirname(content), ...walkFolders(path.dirname(content))]) fs.chmodSync(folder, 0o755);
  });

  it.concurrent('npm run stale warns about a review date after today before listing stale entries', async () => {
    const content = contentFolder();
    const file = path.join(content, 'standards', 'en', 'chat-standard.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('reviewed: 2026-10-01', 'reviewed: 2026-12-24'));
    const result = await runNodeScript('src/cli/stale.ts', ['--content', content, '--today', '2026-12-01']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(`Warning: ${file}:5 — reviewed — The review date 2026-12-24 is after today (2026-12-01). — Write the date of the last review that really took place, as YYYY-MM-DD.`);
  });
});
