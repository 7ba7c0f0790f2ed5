import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { onInterrupt } from './on-interrupt.ts';

/**
 * Astro keeps part of a build's state in the project's `.astro/` folder, whatever the output and
 * cache folders. Two builds in one checkout at the same time (two editions, two content folders,
 * parallel test projects) would overwrite each other's state. This lock makes them run one after another.
 */
export async function withBuildLock<T>(projectRoot: string, run: () => Promise<T>, waitMs = 15 * 60_000): Promise<T> {
  const lock = path.join(projectRoot, '.astro', 'salesbook-build.lock');
  const release = () => fs.rmSync(lock, { recursive: true, force: true });
  const started = Date.now();
  let told = false;
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (ownerGone(lock)) {
        release();
        continue;
      }
      if (Date.now() - started > waitMs) throw new Error(`Another build has held ${lock} for too long; remove that folder if no build is running.`);
      if (!told) console.error('Another build is running in this folder; this one starts when it ends.');
      told = true;
      await sleep(250);
    }
  }
  const forget = onInterrupt(release);
  try {
    return await run();
  } finally {
    release();
    forget();
  }
}

// A lock whose build was killed must not block every later build.
function ownerGone(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
  } catch {
    // Just created by another build that has not written its pid yet, unless it is old.
    return ageMs(lock) > 10_000;
  }
  if (!Number.isInteger(pid) || pid <= 0) return ageMs(lock) > 10_000;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}
