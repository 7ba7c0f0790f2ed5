import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, makeTempDir, NODE, removeTemp, REPO_ROOT, walkFiles } from '../helpers/build.ts';

/** Every file of a folder with a digest of its bytes, so two snapshots are equal only if nothing changed. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    walkFiles(dir)
      .map((file) => [path.relative(dir, file), crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

const leftovers = (dir: string) => fs.readdirSync(path.dirname(dir)).filter((name) => /\.(staging|previous)-\d+$/u.test(name));

/** A copy of the valid fixture with one objection's frontmatter line changed; the caller removes it. */
function editedCopy(pattern: RegExp, line: string): string {
  const copy = copyFixture('valid');
  const file = path.join(copy, 'objections/en/too-expensive.mdx');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(pattern, line));
  return copy;
}

const temp = makeTempDir('published');
const outDir = path.join(temp, 'site');
let content = '';
let published: Record<string, string> = {};

beforeAll(async () => {
  content = copyFixture('valid');
  const first = await buildSite({ content, outDir });
  if (first.exitCode !== 0) throw new Error(first.stdout + first.stderr);
  published = snapshot(outDir);
});
afterAll(() => {
  removeTemp(temp);
  removeTemp(path.dirname(content));
});

describe('the published site', () => {
  it('stays byte for byte when the content check refuses a build', async () => {
    const broken = editedCopy(/^category: .*$/mu, 'category: costs');
    const result = await buildSite({ content: broken, outDir });
    removeTemp(path.dirname(broken));
    expect(result.exitCode).toBe(1);
    expect(snapshot(outDir)).toEqual(published);
    expect(leftovers(outDir)).toEqual([]);
  });

  it('stays byte for byte when a build is interrupted half-way', async () => {
    // Other content, so that a build that got to the end would show in the snapshot.
    const edited = editedCopy(/^title: .*$/mu, 'title: Interrupted title');
    const child = spawn(NODE, [path.join(REPO_ROOT, 'src/cli/build.ts'), '--content', edited, '--outDir', outDir], { cwd: REPO_ROOT });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    // Once the check has passed, Astro is at work on the staging folder.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (output.includes('Content check passed') && leftovers(outDir).length > 0) {
          clearInterval(poll);
          resolve();
        }
      }, 20);
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    removeTemp(path.dirname(edited));
    expect(code, output).toBe(130);
    expect(snapshot(outDir)).toEqual(published);
    expect(leftovers(outDir)).toEqual([]);
  });

  it('is replaced as a whole when a build completes', async () => {
    const edited = editedCopy(/^title: .*$/mu, 'title: Your price is a surprise');
    const result = await buildSite({ content: edited, outDir });
    removeTemp(path.dirname(edited));
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(fs.readFileSync(path.join(outDir, 'en/objections/too-expensive/index.html'), 'utf8')).toContain('Your price is a surprise');
    expect(leftovers(outDir)).toEqual([]);
  });
});
