import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareInside } from '../../../src/lib/engine/content/write-inside.ts';

let temp: string;
afterEach(() => fs.rmSync(temp, { recursive: true, force: true }));

function contentFolder(): string {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'salesbook-inside-'));
  fs.mkdirSync(path.join(temp, 'content'));
  return path.join(temp, 'content');
}

describe('prepareInside', () => {
  it('creates the missing folders of a path inside the content folder', () => {
    const root = contentFolder();
    expect(prepareInside(root, 'scripts/pt-BR/x.mdx')).toEqual({ path: path.join(root, 'scripts/pt-BR/x.mdx') });
    expect(fs.statSync(path.join(root, 'scripts/pt-BR')).isDirectory()).toBe(true);
  });

  it('refuses a path that climbs out of the content folder, creating nothing', () => {
    const root = contentFolder();
    expect(prepareInside(root, 'scripts/../../elsewhere/x.mdx')).toEqual({ at: path.join(temp, 'elsewhere/x.mdx'), reason: 'outside' });
    expect(fs.readdirSync(temp)).toEqual(['content']);
  });

  it('refuses to write through a folder that is a symbolic link', () => {
    const root = contentFolder();
    fs.mkdirSync(path.join(temp, 'elsewhere'));
    fs.symlinkSync(path.join(temp, 'elsewhere'), path.join(root, 'scripts'));
    expect(prepareInside(root, 'scripts/en/x.mdx')).toEqual({ at: path.join(root, 'scripts'), reason: 'link' });
    expect(fs.readdirSync(path.join(temp, 'elsewhere'))).toEqual([]);
  });

  it('refuses a file where a folder belongs', () => {
    const root = contentFolder();
    fs.writeFileSync(path.join(root, 'scripts'), '');
    expect(prepareInside(root, 'scripts/en/x.mdx')).toEqual({ at: path.join(root, 'scripts'), reason: 'file' });
  });
});
