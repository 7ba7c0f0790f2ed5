import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { combineInterfaceText, readInterfaceFile } from '../../../src/lib/engine/content/load-interface-text.ts';
import type { Problem } from '../../../src/lib/engine/problems.ts';
import { makeTempDir, removeTemp } from '../../helpers/build.ts';

const temp = makeTempDir('ui');
afterAll(() => removeTemp(temp));
let count = 0;

/** Loads one ui/<lang>.yaml with `text` for content written in `languages`. */
function load(lang: string, text: string | undefined, languages = [lang], chapters = {}) {
  const dir = path.join(temp, String((count += 1)));
  fs.mkdirSync(path.join(dir, 'ui'), { recursive: true });
  const absPath = path.join(dir, 'ui', `${lang}.yaml`);
  if (text !== undefined) fs.writeFileSync(absPath, text);
  const display = (p: string) => path.relative(dir, p);
  const problems: Problem[] = [];
  const files = text === undefined ? [] : [readInterfaceFile({ lang, absPath }, display(absPath), problems)];
  const combined = combineInterfaceText(files, { languages, chapters, display, contentDir: dir });
  return { overrides: combined.overrides, problems: [...problems, ...combined.problems] };
}

describe('interface texts from the content folder', () => {
  it('reads a language’s texts, counted ones by their forms', () => {
    const { overrides, problems } = load('ru', 'site:\n  search: Искать\nsearch:\n  results:\n    one: "{count} находка"\n    few: "{count} находки"\n    many: "{count} находок"\n    other: "{count} находки"\n');
    expect(problems).toEqual([]);
    expect(overrides.ru?.site?.search).toBe('Искать');
    expect(overrides.ru?.search?.results).toMatchObject({ few: '{count} находки' });
  });

  it('reports a misspelt key as an error at its line, with the key it probably meant', () => {
    const { problems } = load('ru', 'site:\n  serach: Искать\n');
    expect(problems).toEqual([
      expect.objectContaining({ code: 'interface-text-unknown', severity: 'error', file: 'ui/ru.yaml', line: 2, field: 'site.serach', expected: 'Did you mean “search”? Otherwise remove it.' }),
    ]);
  });

  it('points a key written in the wrong group to the group that has it', () => {
    const { problems } = load('ru', 'site:\n  placeholder: Фраза\nsearh:\n  close: Закрыть\n');
    expect(problems.map((p) => [p.field, p.expected])).toEqual([
      ['site.placeholder', 'Did you mean “placeholder” under “checker” or “search”? Otherwise remove it.'],
      ['searh', 'Did you mean “search”? Otherwise remove it.'],
    ]);
  });

  it('reports a placeholder the page never fills', () => {
    const { problems } = load('ru', 'search:\n  noResults: Ничего не найдено по «{qurey}».\n');
    expect(problems).toEqual([expect.objectContaining({ code: 'interface-text-placeholder', line: 2, field: 'search.noResults', expected: 'Did you mean {query}?' })]);
  });

  it('warns when a counted text lacks a form its language needs', () => {
    const { problems } = load('ru', 'search:\n  results:\n    one: "{count} результат"\n    other: "{count} результатов"\n');
    expect(problems).toEqual([expect.objectContaining({ code: 'interface-text-plural', severity: 'warning', line: 2, field: 'search.results' })]);
    expect(problems[0]!.expected).toBe('Add few:, many: under search.results.');
  });

  it('reports a text of the wrong shape through the schema', () => {
    const { problems } = load('ru', 'site:\n  search: [Искать]\nsearch:\n  results: много\n');
    expect(problems.map((p) => [p.code, p.field])).toEqual([['schema', 'site.search'], ['schema', 'search.results']]);
  });

  it('warns once, listing every text that will show in English, for a language without a built-in interface', () => {
    const { problems } = load('de', 'site:\n  search: Suche\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'interface-text-missing', severity: 'warning', file: 'ui/de.yaml' });
    expect(problems[0]!.message).toMatch(/^\d+ interface texts are missing for “de”, so English shows instead: site\.skipToContent, /u);
    expect(problems[0]!.message).not.toContain('site.search,');
  });

  it('names the file to create when a language has no interface texts at all', () => {
    const { problems } = load('de', undefined);
    expect(problems).toEqual([expect.objectContaining({ code: 'interface-text-missing', file: path.join('ui', 'de.yaml') })]);
    expect(problems[0]!.message).toMatch(/^“de” has no built-in interface and no interface texts of its own, so all \d+ show in English\.$/u);
  });

  it('counts config.yaml chapter labels as given, and lets the ui file win over them', () => {
    const { overrides } = load('ru', 'chapter:\n  offer: Предложение\n', ['ru'], { ru: { offer: 'Обсуждение', difficult: 'Сложное' } });
    expect(overrides.ru?.chapter).toEqual({ offer: 'Предложение', difficult: 'Сложное' });
  });

  it('warns that texts for a language without content are not used', () => {
    const { problems } = load('fr', 'site:\n  search: Recherche\n', ['en']);
    expect(problems).toEqual([expect.objectContaining({ code: 'misplaced-file', file: 'ui/fr.yaml' })]);
  });

  it('uses a general language’s file for its regional content', () => {
    const { problems } = load('ru', 'site:\n  search: Искать\n', ['ru-RU']);
    expect(problems).toEqual([]);
  });

  it('reports a placeholder in a text that fills nothing in', () => {
    const { problems } = load('ru', 'site:\n  footerNote: Только для {company}.\n');
    expect(problems).toEqual([expect.objectContaining({ code: 'interface-text-placeholder', expected: 'Remove the braces: this text fills nothing in.' })]);
  });

  it('reports a group written as a single text, and a file that is not YAML', () => {
    expect(load('ru', 'site: Поиск\n').problems.map((p) => [p.code, p.field])).toEqual([['schema', 'site']]);
    expect(load('ru', 'site:\n  search: [Поиск\n').problems.map((p) => p.code)).toEqual(['yaml-syntax']);
  });
});
