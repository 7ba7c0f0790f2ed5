import fs from 'node:fs';

/** Reads a content file's bytes: the one place the engine reads the content folder (`readContentText` decodes and checks them). */
export function readContentFile(absPath: string): Buffer {
  return fs.readFileSync(absPath);
}
