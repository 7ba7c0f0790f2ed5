import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverContent } from '../../../src/lib/engine/content/discover.ts';
import { VALID_DIR } from './valid-playbook.ts';
import { folderWith } from '../../helpers/build.ts';

const relative = (dir: string) => (p: string) => path.relative(dir, p).split(path.sep).join('/');

let temp: string | undefined;
afterEach(() => temp && fs.rmSync(temp, { recursive: true, force: true }));

/** A content folder holding the given files (path → text). */
function folder(files: Record<string, string>): string {
  temp = folderWith('discover', files);
  return temp;
}

describe('discoverContent', () => {
  it('finds the languages from the folder names, sorted', () => {
    expect(discoverContent(VALID_DIR, relative(VALID_DIR)).languages).toEqual(['en', 'he', 'ru', 'zh']);
  });

  it('skips files and folders whose names start with _, without a warning', () => {
    const found = discoverContent(VALID_DIR, relative(VALID_DIR));
    expect(found.entries.map((e) => e.relPath).filter((p) => p.includes('/_'))).toEqual([]);
    expect(found.entries.some((e) => e.id === 'unfinished' || e.id === 'old-objection' || e.id === '_template')).toBe(false);
    expect(found.problems).toEqual([]);
  });

  it('tells entries from the two data files of standards', () => {
    const dir = folder({ 'standards/en/chat.mdx': '', 'standards/en/stop-phrases.yaml': '', 'standards/en/compensation.yaml': '', 'config.yaml': '' });
    const found = discoverContent(dir, relative(dir));
    expect(found.entries.map((e) => [e.collection, e.lang, e.id])).toEqual([['standards', 'en', 'chat']]);
    expect(found.data.map((d) => [d.kind, d.relPath])).toEqual([
      ['compensation', 'standards/en/compensation.yaml'],
      ['stopPhrases', 'standards/en/stop-phrases.yaml'],
    ]);
    expect(found.config).toBe(path.join(dir, 'config.yaml'));
  });

  it('reads a region tag such as pt-BR as a language', () => {
    const dir = folder({ 'objections/pt-BR/caro.mdx': '' });
    expect(discoverContent(dir, relative(dir)).languages).toEqual(['pt-BR']);
  });

  it('warns about every file it will not read, naming it', () => {
    const dir = folder({
      'scripts/loose.mdx': '',
      'scripts/English/a.mdx': '',
      'scripts/en/old/a.mdx': '',
      'scripts/en/notes.txt': '',
      'standards/en/stop-phrases.yml': '',
      'objections/en/.DS_Store': '',
    });
    expect(discoverContent(dir, relative(dir)).problems.map((p) => [p.severity, p.file, p.field, p.message])).toEqual([
      ['warning', 'scripts/en/notes.txt', 'file name', '“notes.txt” is not an .mdx entry, so it is ignored.'],
      ['warning', 'scripts/en/old', 'folder', 'Folders inside a language folder are not read.'],
      ['warning', 'scripts/English', 'language folder', 'The folder name “English” is not a language tag, so its files are ignored.'],
      ['warning', 'scripts/loose.mdx', 'file name', 'This file sits directly in scripts/ and is ignored.'],
      ['warning', 'standards/en/stop-phrases.yml', 'file name', '“stop-phrases.yml” is neither an .mdx entry nor stop-phrases.yaml or compensation.yaml, so it is ignored.'],
    ]);
  });

  it('finds interface text files named after a language, and warns about any other file in ui/', () => {
    const dir = folder({ 'ui/de.yaml': '', 'ui/pt-BR.yaml': '', 'ui/_draft.yaml': '', 'ui/German.yaml': '', 'ui/de.yml': '' });
    const found = discoverContent(dir, relative(dir));
    expect(found.interfaceFiles.map((file) => file.lang)).toEqual(['de', 'pt-BR']);
    expect(found.problems.map((problem) => [problem.code, problem.file])).toEqual([['misplaced-file', 'ui/de.yml'], ['misplaced-file', 'ui/German.yaml']]);
  });

  it('finds nothing, quietly, in an empty folder', () => {
    const dir = folder({});
    expect(discoverContent(dir, relative(dir))).toEqual({ entries: [], data: [], interfaceFiles: [], config: undefined, languages: [], problems: [] });
  });
});
