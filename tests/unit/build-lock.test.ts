import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { withBuildLock } from '../../src/cli/build-lock.ts';

let root: string;
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));
const project = () => (root = fs.mkdtempSync(path.join(os.tmpdir(), 'salesbook-lock-')));

describe('withBuildLock', () => {
  it('runs two builds of one project one after another', async () => {
    const dir = project();
    const events: string[] = [];
    const build = (name: string) => withBuildLock(dir, async () => {
      events.push(`${name} starts`);
      await sleep(50);
      events.push(`${name} ends`);
    });
    await Promise.all([build('a'), build('b')]);
    expect(events).toEqual(['a starts', 'a ends', 'b starts', 'b ends']);
  });

  it('releases the lock when the build fails', async () => {
    const dir = project();
    await expect(withBuildLock(dir, async () => Promise.reject(new Error('astro failed')))).rejects.toThrow('astro failed');
    expect(fs.existsSync(path.join(dir, '.astro', 'salesbook-build.lock'))).toBe(false);
  });

  it('takes over a lock left by a build that no longer runs', async () => {
    const dir = project();
    fs.mkdirSync(path.join(dir, '.astro', 'salesbook-build.lock'), { recursive: true });
    // Process ids are far below this on Linux, so no process has it.
    fs.writeFileSync(path.join(dir, '.astro', 'salesbook-build.lock', 'pid'), '99999999');
    expect(await withBuildLock(dir, async () => 'built', 2_000)).toBe('built');
  });

  it('gives up with a message when another build holds the lock too long', async () => {
    const dir = project();
    fs.mkdirSync(path.join(dir, '.astro', 'salesbook-build.lock'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.astro', 'salesbook-build.lock', 'pid'), String(process.pid));
    await expect(withBuildLock(dir, async () => 'built', 300)).rejects.toThrow(/Another build has held .* for too long/);
  });
});
