import fs from 'node:fs';
import path from 'node:path';

/** Why a path inside the content folder cannot be written to. */
export interface RefusedPath {
  /** The part of the path at fault, absolute. */
  at: string;
  reason: 'outside' | 'link' | 'file';
}

/**
 * Prepares `relPath` (a path with `/`, relative to `root`) for writing: proves it stays inside
 * `root`, creates its missing folders one by one, and refuses a folder on the way that is a
 * symbolic link or a file, so nothing can be written through a link to elsewhere.
 * Returns the absolute path to write, or why it is refused. Nothing is written when refused.
 */
export function prepareInside(root: string, relPath: string): { path: string } | RefusedPath {
  const base = path.resolve(root);
  const target = path.resolve(base, relPath);
  const relative = path.relative(base, target);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { at: target, reason: 'outside' };
  const folders = relative.split(path.sep).slice(0, -1);
  // Refuse before creating anything, so a refused path leaves no empty folders behind.
  let current = base;
  const missing: string[] = [];
  for (const folder of folders) {
    current = path.join(current, folder);
    if (missing.length > 0) {
      missing.push(current);
      continue;
    }
    const stats = lstatOrUndefined(current);
    if (!stats) missing.push(current);
    else if (stats.isSymbolicLink()) return { at: current, reason: 'link' };
    else if (!stats.isDirectory()) return { at: current, reason: 'file' };
  }
  for (const folder of missing) fs.mkdirSync(folder);
  const real = path.relative(fs.realpathSync(base), fs.realpathSync(path.dirname(target)));
  if (real.startsWith('..') || path.isAbsolute(real)) return { at: path.dirname(target), reason: 'outside' };
  return { path: target };
}

function lstatOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
