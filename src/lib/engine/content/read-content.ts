import fs from 'node:fs';
import { isUtf8 } from 'node:buffer';
import type { ReadFailure } from '../errors.ts';
import { problem, type LocatedProblem, type Problem } from '../problems.ts';
import { readContentFile } from './read-content-file.ts';

/** Why the system refused to open a file or folder, in the catalogue's terms, with the system's code. */
export function readFailure(error: unknown): { failure: ReadFailure; detail: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown error';
  const failure: ReadFailure =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission'
      : code === 'ENOENT'
        ? 'missing'
        : code === 'EBUSY' || code === 'ETXTBSY'
          ? 'busy'
          : code === 'EMFILE' || code === 'ENFILE'
            ? 'too-many-open'
            : 'other';
  return { failure, detail: code };
}

/**
 * Says what is wrong with the content folder itself, or nothing when it is a folder that can be
 * listed: it may be missing, a file, or closed to the user who runs the check.
 */
export function contentFolderProblem(contentDir: string, display: (absPath: string) => string): Problem | undefined {
  const place = { file: display(contentDir), field: 'content folder' };
  let stats: fs.Stats;
  try {
    stats = fs.statSync(contentDir);
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT' || code === 'ENOTDIR') return problem('content-folder-missing', {}, place);
    return problem('unreadable', { what: 'folder', ...readFailure(error) }, place);
  }
  if (!stats.isDirectory()) return problem('content-folder-missing', { isFile: true }, place);
  try {
    fs.readdirSync(contentDir);
  } catch (error) {
    return problem('unreadable', { what: 'folder', ...readFailure(error) }, place);
  }
  return undefined;
}

// C0 and C1 controls and DEL; tab, line feed and carriage return are text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
// At most this many lines with control characters are listed per file; a binary file would list thousands.
const MAX_CONTROL_LINES = 10;

/**
 * Reads a content file as text, as the build will: UTF-8 only (a byte order mark is dropped), no
 * control characters. A file that cannot be opened, is not a regular file or is not UTF-8 gives
 * no text; control characters are reported per line and the text is still returned, so the
 * file's other problems are found in the same run.
 */
export function readContentText(absPath: string, name: string): { text?: string; problems: LocatedProblem[] } {
  let bytes: Buffer;
  try {
    bytes = readContentFile(absPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') return { problems: [problem('not-a-file', { name, found: 'folder' }, { field: 'file' })] };
    return { problems: [problem('unreadable', { what: 'file', ...readFailure(error) }, { field: 'file' })] };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { problems: [problem('not-utf8', { case: 'utf16' }, { line: 1, field: 'encoding' })] };
  if (!isUtf8(bytes)) {
    const at = firstInvalidUtf8(bytes);
    return { problems: [problem('not-utf8', { case: 'invalid-byte', byte: bytes[at] ?? 0 }, { line: lineAtByte(bytes, at), field: 'encoding' })] };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  return { text, problems: controlCharacters(text) };
}

function controlCharacters(text: string): LocatedProblem[] {
  if (!CONTROL.test(text)) return [];
  const problems: LocatedProblem[] = [];
  const lines = text.split(/\r\n|\r|\n/u);
  for (let index = 0; index < lines.length && problems.length < MAX_CONTROL_LINES; index += 1) {
    const chars = [...(lines[index] ?? '')];
    const column = chars.findIndex((char) => CONTROL.test(char));
    if (column >= 0) problems.push(problem('control-character', { codePoint: chars[column]!.codePointAt(0)!, column: column + 1 }, { line: index + 1, field: 'text' }));
  }
  return problems;
}

/** Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at]!;
    // [continuation bytes, lowest and highest allowed second byte]
    const shape: [number, number, number] | undefined =
      lead < 0x80 ? [0, 0, 0]
      : lead >= 0xc2 && lead <= 0xdf ? [1, 0x80, 0xbf]
      : lead === 0xe0 ? [2, 0xa0, 0xbf]
      : lead === 0xed ? [2, 0x80, 0x9f]
      : lead >= 0xe1 && lead <= 0xef ? [2, 0x80, 0xbf]
      : lead === 0xf0 ? [3, 0x90, 0xbf]
      : lead >= 0xf1 && lead <= 0xf3 ? [3, 0x80, 0xbf]
      : lead === 0xf4 ? [3, 0x80, 0x8f]
      : undefined;
    if (!shape) return at;
    const [count, low, high] = shape;
    for (let k = 1; k <= count; k += 1) {
      const byte = bytes[at + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return at;
    }
    at += count + 1;
  }
  return -1;
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let at = 0; at < offset; at += 1) if (bytes[at] === 0x0a) line += 1;
  return line;
}
