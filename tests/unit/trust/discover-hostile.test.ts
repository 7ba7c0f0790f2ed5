import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverContent } from '../../../src/lib/engine/content/discover.ts';
import { folderWith } from '../../helpers/build.ts';

let temp: string | undefined;
afterEach(() => temp && fs.rmSync(temp, { recursive: true, force: true }));

function folder(files: Record<string, string>): string {
  temp = folderWith('discover', files);
  return temp;
}

const found = (dir: string) => discoverContent(dir, (p) => path.relative(dir, p));
const problems = (dir: string) => found(dir).problems.map((p) => [p.code, p.severity, p.file, p.message]);

describe('discoverContent on files that cannot be trusted', () => {
  it('follows a symbolic link to a file inside the content folder', () => {
    const dir = folder({ 'objections/en/price.mdx': 'x', 'shared/price.mdx': 'x' });
    fs.symlinkSync('../../shared/price.mdx', path.join(dir, 'objections/en/cost.mdx'));
    expect(found(dir).entries.map((e) => e.id)).toEqual(['cost', 'price']);
    expect(found(dir).problems).toEqual([]);
  });

  it('follows a link only to a file inside, even when the content folder is reached through a link', () => {
    const dir = folder({ 'book/objections/en/price.mdx': 'x' });
    fs.symlinkSync(path.join(dir, 'book'), path.join(dir, 'alias'));
    fs.symlinkSync('price.mdx', path.join(dir, 'book/objections/en/cost.mdx'));
    const alias = path.join(dir, 'alias');
    expect(discoverContent(alias, (p) => path.relative(alias, p)).entries.map((e) => e.id)).toEqual(['cost', 'price']);
  });

  it('refuses a link to the content folder itself', () => {
    const dir = folder({ 'objections/en/price.mdx': 'x' });
    fs.symlinkSync('../..', path.join(dir, 'objections/en/all.mdx'));
    expect(problems(dir)).toEqual([['symlink-folder', 'error', 'objections/en/all.mdx', 'This is a symbolic link to a folder; links to folders are not followed.']]);
  });

  it('refuses a collection folder that is a link, naming it', () => {
    const dir = folder({ 'elsewhere/en/price.mdx': 'x' });
    fs.symlinkSync('elsewhere', path.join(dir, 'objections'));
    expect(problems(dir)).toEqual([['symlink-folder', 'error', 'objections', 'This is a symbolic link to a folder; links to folders are not followed.']]);
  });

  it('refuses a file where a collection folder belongs', () => {
    const dir = folder({ scripts: 'notes' });
    expect(problems(dir)).toEqual([['not-a-folder', 'error', 'scripts', '“scripts” is a file, but Salesbook expects a folder here.']]);
  });

  it('refuses a named pipe under an entry name instead of waiting on it forever', () => {
    const dir = folder({ 'objections/en/price.mdx': 'x' });
    execFileSync('mkfifo', [path.join(dir, 'objections/en/pipe.mdx')]);
    expect(problems(dir)).toEqual([['not-a-file', 'error', 'objections/en/pipe.mdx', '“pipe.mdx” is not a regular file (a pipe, socket or device), so it cannot be read.']]);
    expect(found(dir).entries.map((e) => e.id)).toEqual(['price']);
  });

  it('refuses language folders whose names differ only in case', () => {
    const dir = folder({ 'objections/pt-BR/a.mdx': 'x', 'scripts/pt-br/b.mdx': 'x' });
    expect(problems(dir)).toEqual([['language-case-clash', 'error', 'objections/pt-BR', 'The language folder “pt-BR” differs only in letter case from “pt-br”.']]);
  });

  it('keeps an entry whose file name is not an id, so its other problems are found too', () => {
    const dir = folder({ 'objections/en/Too Expensive.mdx': 'x' });
    expect(found(dir).entries.map((e) => e.id)).toEqual(['Too Expensive']);
    expect(problems(dir)).toEqual([['invalid-id', 'error', 'objections/en/Too Expensive.mdx', 'The file name “Too Expensive” is not an id: it contains spaces.']]);
  });

  it('reports a config.yaml that is a folder and reads no config', () => {
    const dir = folder({ 'config.yaml/x': '' });
    expect(found(dir).config).toBeUndefined();
    expect(problems(dir)).toEqual([['not-a-file', 'error', 'config.yaml', '“config.yaml” is a folder, but Salesbook expects a file here.']]);
  });
});
