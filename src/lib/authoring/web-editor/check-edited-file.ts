import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runContentCheck } from '../../engine/check-content.ts';
import { displayPath } from '../../engine/content/load-playbook.ts';
import type { ContentOptions } from '../../engine/content/options.ts';
import type { Problem } from '../../engine/problems.ts';

/**
 * The content check's problems of one file as it would be with `text` in it, before it is saved:
 * the whole book is checked (links, ids and stop phrases involve other files), on a copy of the
 * content folder, and only the problems of that file are returned, named with its real path.
 */
export function checkEditedFile(options: ContentOptions, relPath: string, text: string): Problem[] {
  const normalized = path.normalize(relPath);
  if (normalized.startsWith('..') || path.isAbsolute(normalized)) throw new Error(`${relPath} is not a path inside the content folder.`);
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'salesbook-edited-'));
  try {
    const contentDir = path.join(copy, 'content');
    if (fs.existsSync(options.contentDir)) fs.cpSync(options.contentDir, contentDir, { recursive: true });
    const target = path.join(contentDir, normalized);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    const shownAs = displayPath(target);
    const realName = displayPath(path.join(options.contentDir, normalized));
    return runContentCheck({ ...options, contentDir })
      .problems.filter((problem) => problem.file === shownAs)
      .map((problem) => ({ ...problem, file: realName }));
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}
