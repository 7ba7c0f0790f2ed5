import fs from 'node:fs';

/** Reads a content file's bytes: the one place the engine reads the content folder (`readContentText` decodes and checks them). */
export function readContentFile(absPath: string): Buffer {
  // One open per read: reading from the descriptor does not open the file a second time.
  const descriptor = fs.openSync(absPath, 'r');
  try {
    return fs.readFileSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
}
