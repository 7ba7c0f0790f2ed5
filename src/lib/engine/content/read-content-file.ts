import fs from 'node:fs';

/** Reads a content file as text: the one place the engine reads the content folder. */
export function readContentFile(absPath: string): string {
  return fs.readFileSync(absPath, 'utf8');
}
