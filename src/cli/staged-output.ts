import fs from 'node:fs';
import path from 'node:path';
import { onInterrupt } from './on-interrupt.ts';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

// Folders left by builds that were killed outright (no chance to clean up) are removed by the next
// build; a site caught between its two renames is put back.
function removeLeftovers(dir: string, base: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:staging|previous)-(\\d+)$`).exec(name);
    if (!match || alive(Number(match[1]))) continue;
    const leftover = path.join(dir, name);
    if (name.includes('.previous-') && !fs.existsSync(path.join(dir, base))) fs.renameSync(leftover, path.join(dir, base));
    else fs.rmSync(leftover, { recursive: true, force: true });
  }
}

/**
 * Builds into a staging folder beside `outDir` and puts it in place only when `write` finished:
 * a refused, failed or interrupted build leaves the site that was there untouched.
 */
export async function replaceWhenComplete(outDir: string, write: (staging: string) => Promise<void>): Promise<void> {
  const dir = path.dirname(outDir);
  const base = path.basename(outDir);
  const staging = path.join(dir, `.${base}.staging-${process.pid}`);
  const previous = path.join(dir, `.${base}.previous-${process.pid}`);
  fs.mkdirSync(dir, { recursive: true });
  removeLeftovers(dir, base);
  const discard = () => fs.rmSync(staging, { recursive: true, force: true });
  const undo = () => {
    if (!fs.existsSync(outDir) && fs.existsSync(previous)) fs.renameSync(previous, outDir);
    discard();
  };
  discard();
  const forget = onInterrupt(undo);
  try {
    await write(staging);
    // Two renames in one folder: the old site is gone only for the instant between them.
    const hadSite = fs.existsSync(outDir);
    if (hadSite) fs.renameSync(outDir, previous);
    fs.renameSync(staging, outDir);
    if (hadSite) fs.rmSync(previous, { recursive: true, force: true });
  } catch (error) {
    undo();
    throw error;
  } finally {
    forget();
  }
}
