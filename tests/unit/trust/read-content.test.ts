import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentFolderProblem, firstInvalidUtf8, readContentText, readFailure } from '../../../src/lib/engine/content/read-content.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'salesbook-read-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Buffer | string): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, bytes);
  return target;
}

const brief = (read: ReturnType<typeof readContentText>) => read.problems.map((p) => [p.code, p.line, p.message]);

describe('readContentText', () => {
  it('reads UTF-8 text and drops a byte order mark', () => {
    expect(readContentText(file('bom.mdx', '\uFEFFtitle: Café\n'), 'bom.mdx')).toEqual({ text: 'title: Café\n', problems: [] });
  });

  it('refuses a Latin-1 file at the line of the first byte that is not UTF-8', () => {
    const read = readContentText(file('latin.mdx', Buffer.from('one\ntwo\ncafé\n', 'latin1')), 'latin.mdx');
    expect(read.text).toBeUndefined();
    expect(brief(read)).toEqual([
      ['not-utf8', 3, 'The file is not UTF-8: the byte 0xE9 on this line is not valid UTF-8 (the file was probably saved in an older encoding such as Windows-1252).'],
    ]);
  });

  it('refuses a UTF-16 file by its byte order mark', () => {
    expect(brief(readContentText(file('utf16.mdx', Buffer.from('\uFEFFhi', 'utf16le')), 'utf16.mdx'))).toEqual([['not-utf8', 1, 'The file is saved as UTF-16, but Salesbook reads UTF-8 only.']]);
  });

  it('reports a control character at its line and column, counting letters rather than bytes, and keeps the text', () => {
    const read = readContentText(file('nul.mdx', 'ok\nПривет\u0000\n\ttab and\rreturn are text\n\u001b[31m\n'), 'nul.mdx');
    expect(read.text).toContain('Привет');
    expect(brief(read)).toEqual([
      ['control-character', 2, 'Unexpected control character U+0000 at column 7: it is invisible and cannot be shown on a page.'],
      ['control-character', 5, 'Unexpected control character U+001B at column 1: it is invisible and cannot be shown on a page.'],
    ]);
  });

  it('lists at most ten lines with control characters', () => {
    expect(readContentText(file('binary.mdx', 'x\u0001\n'.repeat(50)), 'binary.mdx').problems).toHaveLength(10);
  });

  it('reports a folder where a file belongs', () => {
    fs.mkdirSync(path.join(dir, 'config.yaml'));
    expect(brief(readContentText(path.join(dir, 'config.yaml'), 'config.yaml'))).toEqual([['not-a-file', undefined, '“config.yaml” is a folder, but Salesbook expects a file here.']]);
  });

  it('reports a file that vanished before it was read', () => {
    expect(readContentText(path.join(dir, 'gone.mdx'), 'gone.mdx').problems.map((p) => p.message)).toEqual(['This file cannot be read: it disappeared while it was being read (ENOENT).']);
  });
});

describe('firstInvalidUtf8', () => {
  it('finds overlong forms, surrogates, stray continuation bytes and cut-off sequences', () => {
    expect(firstInvalidUtf8(Buffer.from('aé€😀'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xe2, 0x82]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
  });
});

describe('contentFolderProblem', () => {
  const show = (p: string) => path.relative(dir, p) || '.';

  it('accepts a folder', () => {
    expect(contentFolderProblem(dir, show)).toBeUndefined();
  });

  it('tells a missing folder from a file', () => {
    expect(contentFolderProblem(path.join(dir, 'nowhere'), show)?.message).toBe('The content folder does not exist.');
    expect(contentFolderProblem(file('notes.txt', 'x'), show)?.message).toBe('The content path is a file, not a folder.');
  });
});

describe('readFailure', () => {
  it('names the usual system refusals', () => {
    const failure = (code: string) => readFailure(Object.assign(new Error(code), { code })).failure;
    expect(['EACCES', 'EPERM', 'ENOENT', 'EBUSY', 'EMFILE', 'EIO'].map(failure)).toEqual(['permission', 'permission', 'missing', 'busy', 'too-many-open', 'other']);
  });
});
