import { describe, expect, it } from 'vitest';
import { filterLabel, searchStrings } from '../../../../src/lib/search/query/strings.ts';

describe('searchStrings', () => {
  it('counts results in English with the right plural, exact matches named as such', () => {
    const s = searchStrings('en');
    expect([s.results(1, false), s.results(3, false), s.results(1, true), s.results(2, true)]).toEqual(['1 result', '3 results', '1 exact match', '2 exact matches']);
  });

  it('counts results and stop phrases in Russian with all three plural forms', () => {
    const s = searchStrings('ru');
    const forms = [1, 3, 5].map((n) => s.results(n, false));
    expect(new Set(forms).size).toBe(3);
    expect([1, 3, 5].map((n) => s.results(n, true)).every((text, i) => text !== forms[i])).toBe(true);
    expect([1, 3, 5].map((n) => s.checkerFound(n))).toEqual(['Найдена 1 стоп-фраза', 'Найдено 3 стоп-фразы', 'Найдено 5 стоп-фраз']);
  });

  it('quotes what was searched for and what is replaced', () => {
    for (const lang of ['en', 'ru']) {
      const s = searchStrings(lang);
      expect(s.noResults('no budget')).toContain('no budget');
      expect(s.replaceDetail('cheap', 'good value')).toMatch(/cheap.*good value/u);
      expect(s.replaced('cheap')).toContain('cheap');
      expect(s.checkerFound(1)).toContain('1');
    }
  });

  it('uses the base language of a regional tag, and English for a language without its own text', () => {
    expect(searchStrings('ru-RU')).toBe(searchStrings('ru'));
    expect(searchStrings('de')).toBe(searchStrings('en'));
  });
});

describe('filterLabel', () => {
  it('names the compensation record type with the search text, other values with the shared labels', () => {
    expect(filterLabel('en', 'type', 'compensation')).toBe(searchStrings('en').compensation);
    expect(filterLabel('en', 'channel', 'phone')).not.toBe('');
  });
});
