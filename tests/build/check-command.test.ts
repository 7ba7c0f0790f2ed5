import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { copyFixture, FIXTURES, makeTempDir, removeTemp, runCheckAsync, runNodeScript, type CommandResult } from '../helpers/build.ts';
import { edit, mutations, parseReport, placeOf, type ExpectedProblem } from '../unit/checks/mutations.ts';

const VALID = path.join(FIXTURES, 'valid');
// Each case starts Node 24 for the real command; several run at once, so one may wait for a core.
vi.setConfig({ testTimeout: 60_000 });
const temps: string[] = [];
afterAll(() => temps.forEach(removeTemp));

/** A copy of the valid fixture with some mutations planted; the check runs inside it, so paths read `scripts/en/…`. */
function plant(...apply: ((dir: string) => void)[]): string {
  const dir = copyFixture('valid');
  temps.push(path.dirname(dir));
  for (const change of apply) change(dir);
  return dir;
}

function output(result: CommandResult): string {
  return `${result.stdout}${result.stderr}`;
}

function expectNoStackTrace(result: CommandResult): void {
  expect(output(result)).not.toMatch(/^\s+at /m);
}

function expectReported(result: CommandResult, expected: readonly ExpectedProblem[]): void {
  const reported = parseReport(result.stdout);
  for (const problem of expected) {
    const found = reported.find((line) => line.place === placeOf(problem));
    expect(found, `${placeOf(problem)} in:\n${result.stdout}`).toBeDefined();
    expect(found?.severity).toBe(problem.severity);
    if (problem.says) expect(found?.says).toBe(problem.says);
  }
}

describe('npm run check on the valid fixture', () => {
  it('passes with --strict, in every edition', async () => {
    const runs = await Promise.all([
      runCheckAsync(['--content', VALID, '--strict']),
      runCheckAsync(['--content', VALID, '--strict', '--audience', 'managers', '--drafts']),
    ]);
    for (const run of runs) {
      expect(run.exitCode, output(run)).toBe(0);
      expect(run.stdout).toMatch(/^✔ Content check passed: 0 errors, 0 warnings in \d+ files \(\d+\.\d\d s\)\.$/m);
    }
  });

  it('reads the content folder named by SALESBOOK_CONTENT, shown with absolute paths outside the working directory', async () => {
    const [mutation] = mutations;
    const dir = plant(mutation!.apply);
    const run = await runCheckAsync([], { SALESBOOK_CONTENT: dir });
    expect(run.exitCode).toBe(1);
    expect(parseReport(run.stdout).map((line) => line.place)).toEqual(mutation!.expect.map((p) => placeOf({ ...p, file: path.join(dir, p.file) })));
  });
});

describe('npm run check on one planted error', () => {
  for (const mutation of mutations) {
    it.concurrent(`reports ${mutation.kind}, naming the file, line and field, and nothing else`, async () => {
      const dir = plant(mutation.apply);
      const result = await runCheckAsync(['--content', '.'], {}, dir);
      expect(result.exitCode, output(result)).toBe(mutation.exitCode);
      expectReported(result, mutation.expect);
      // One mistake gives one problem: nothing follows from an entry that is already reported.
      expect(parseReport(result.stdout).map((line) => line.place)).toEqual(mutation.expect.map(placeOf));
      expectNoStackTrace(result);
    });
  }
});

describe('warnings', () => {
  const stopPhrase = mutations.find((m) => m.kind.startsWith('a discouraged stop phrase'))!;

  it.concurrent('fail the check under --strict, listed as errors', async () => {
    const dir = plant(stopPhrase.apply);
    const result = await runCheckAsync(['--content', '.', '--strict'], {}, dir);
    expect(result.exitCode).toBe(1);
    expectReported(result, stopPhrase.expect.map((p) => ({ ...p, severity: 'error' })));
    expect(result.stdout).toMatch(/^✖ Content check failed: 1 error, 0 warnings in /m);
  });

  it.concurrent('fail the check when SALESBOOK_STRICT=1', async () => {
    const dir = plant(stopPhrase.apply);
    const result = await runCheckAsync(['--content', '.'], { SALESBOOK_STRICT: '1' }, dir);
    expect(result.exitCode).toBe(1);
    expectReported(result, stopPhrase.expect.map((p) => ({ ...p, severity: 'error' })));
  });
});

describe('npm run check on a folder that cannot be used', () => {
  it.concurrent('reports a content folder that does not exist', async () => {
    const missing = path.join(makeTempDir('missing'), 'playbook');
    temps.push(path.dirname(missing));
    const result = await runCheckAsync(['--content', missing]);
    expect(result.exitCode).toBe(1);
    expect(parseReport(result.stdout)).toEqual([
      {
        severity: 'error',
        place: `${missing} — content folder`,
        says: 'The content folder does not exist. — Point --content (or SALESBOOK_CONTENT) at a folder holding scripts/, objections/ and standards/.',
      },
    ]);
    expectNoStackTrace(result);
  });

  it.concurrent('reports an edition for an audience that config.yaml does not declare', async () => {
    const result = await runCheckAsync(['--content', '.', '--audience', 'interns'], {}, VALID);
    expect(result.exitCode).toBe(1);
    expect(parseReport(result.stdout)).toEqual([
      {
        severity: 'error',
        place: 'config.yaml — audience option',
        says: 'The edition was asked for the audience “interns”, which config.yaml does not declare. — Build for one of: everyone, managers.',
      },
    ]);
  });

  it.concurrent('explains a flag without its value, with exit code 2', async () => {
    const result = await runCheckAsync(['--content']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^--content needs a value, e\.g\. --content \.\/playbook\./);
    expectNoStackTrace(result);
  });

  it.concurrent('refuses an argument it does not know, with exit code 2', async () => {
    const result = await runCheckAsync(['--contnet', 'x']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^Unknown argument “--contnet”, “x”\./);
  });
});

describe('every error kind planted at once', () => {
  const failing = mutations.filter((m) => m.exitCode === 1);
  const all = () => plant(...mutations.map((m) => m.apply));

  it.concurrent('is reported in one run of the check, each at its own place', async () => {
    const result = await runCheckAsync(['--content', '.'], {}, all());
    expect(result.exitCode).toBe(1);
    expectReported(result, mutations.flatMap((m) => m.expect));
    expect(result.stdout).toMatch(new RegExp(`^✖ Content check failed: ${failing.length} errors, ${mutations.length - failing.length} warnings in `, 'm'));
    expectNoStackTrace(result);
  });

  it.concurrent('stops npm run build with the same report before Astro runs', async () => {
    const dir = all();
    const outDir = path.join(path.dirname(dir), 'dist');
    const result = await runNodeScript('src/cli/build.ts', ['--content', '.', '--outDir', outDir], { cwd: dir });
    expect(result.exitCode).toBe(1);
    expectReported(result, mutations.flatMap((m) => m.expect));
    expect(result.stderr).toBe('Nothing was built: fix the errors above, then run the build again.\n');
    expect(fs.existsSync(outDir)).toBe(false);
    expect(output(result)).not.toMatch(/\[build\]|\[content\]|astro/i);
    expectNoStackTrace(result);
  });
});

describe('npm run build with --strict', () => {
  it.concurrent('stops on a warning, before Astro runs', async () => {
    const stopPhrase = mutations.find((m) => m.kind.startsWith('a discouraged stop phrase'))!;
    const dir = plant(stopPhrase.apply);
    const outDir = path.join(path.dirname(dir), 'dist');
    const result = await runNodeScript('src/cli/build.ts', ['--content', '.', '--strict', '--outDir', outDir], { cwd: dir });
    expect(result.exitCode).toBe(1);
    expectReported(result, stopPhrase.expect.map((p) => ({ ...p, severity: 'error' })));
    expect(fs.existsSync(outDir)).toBe(false);
  });
});

describe('the planted errors', () => {
  it('still find the text they change in the fixture', () => {
    // `edit` throws when the fixture no longer holds the text, so a fixture change cannot silently disarm a case.
    expect(() => plant(...mutations.map((m) => m.apply))).not.toThrow();
    expect(() => edit(VALID, 'config.yaml', 'no such text', '')).toThrow(/Expected exactly one/);
  });
});
