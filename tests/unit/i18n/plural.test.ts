import { describe, expect, it } from 'vitest';
import { BUILTIN_DICTIONARIES } from '../../../src/lib/i18n/builtin/index.ts';
import { plural, pluralForm } from '../../../src/lib/i18n/plural.ts';

const { en, ru, he, zh } = BUILTIN_DICTIONARIES as Required<typeof BUILTIN_DICTIONARIES>;

describe('plural', () => {
  it('counts search results in English with one and other', () => {
    expect([1, 3].map((n) => plural('en', en!.search.results, n))).toEqual(['1 result', '3 results']);
    expect([1, 2].map((n) => plural('en', en!.search.exactResults, n))).toEqual(['1 exact match', '2 exact matches']);
  });

  it('counts in Russian with one, few and many, 21 taking the form of one', () => {
    expect([1, 3, 5, 21].map((n) => plural('ru', ru!.checker.found, n))).toEqual(['Найдена 1 стоп-фраза', 'Найдено 3 стоп-фразы', 'Найдено 5 стоп-фраз', 'Найдена 21 стоп-фраза']);
    expect([1, 2, 11].map((n) => plural('ru', ru!.roleplay.mapLines, n))).toEqual(['1 реплика', '2 реплики', '11 реплик']);
  });

  it('uses the dual in Hebrew', () => {
    expect([1, 2, 7].map((n) => plural('he', he!.search.results, n))).toEqual(['תוצאה אחת', 'שתי תוצאות', '7 תוצאות']);
  });

  it('has one form in Chinese', () => {
    expect([1, 2].map((n) => plural('zh', zh!.search.results, n))).toEqual(['1 条结果', '2 条结果']);
  });

  it('chooses a checklist total by the points possible, fractions included', () => {
    expect(plural('ru', ru!.checklist.points, 5, { earned: '2,5', possible: 5 })).toBe('2,5 из 5 баллов');
    expect(plural('ru', ru!.checklist.points, 21, { earned: 3, possible: 21 })).toBe('3 из 21 балла');
    expect(pluralForm('ru', ru!.checklist.points, 2.5)).toBe('{earned} из {possible} балла');
  });

  it('falls back to other when a form is missing, and to English rules for a tag the runtime does not know', () => {
    expect(plural('ru', { other: '{count} шт.' }, 1)).toBe('1 шт.');
    expect(plural('x-unknown-tag-!!', { one: 'one', other: 'many' }, 1)).toBe('one');
  });
});
