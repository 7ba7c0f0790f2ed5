import { describe, expect, it } from 'vitest';
import { isEmptyQuery, parseQuery } from '../../../src/lib/search/query/query.ts';

describe('reading a search query', () => {
  it('hands plain words to Pagefind as they are', () => {
    expect(parseQuery('  too expensive ')).toMatchObject({ term: 'too expensive', phrases: [], plain: 'too expensive' });
  });

  it('keeps a query that is one quoted phrase quoted, so Pagefind narrows the candidates', () => {
    expect(parseQuery('"person in charge"')).toMatchObject({ term: '"person in charge"', phrases: [['person', 'in', 'charge']] });
  });

  it('sends a phrase mixed with free words unquoted and keeps the phrase to check on the results', () => {
    expect(parseQuery('"in charge" logistics')).toMatchObject({ term: 'in charge logistics', phrases: [['in', 'charge']] });
  });

  it('reads typographic and Russian quote marks as phrase quotes', () => {
    expect(parseQuery('«руководитель логистики»').phrases).toEqual([['руководитель', 'логистики']]);
    expect(parseQuery('“I’ll try”').phrases).toEqual([['ill', 'try']]);
  });

  it('reads an unclosed quote as words still being typed', () => {
    expect(parseQuery('"I will tr')).toMatchObject({ phrases: [], term: 'I will tr' });
  });

  it('gives the query without quote marks for the stop-phrase check', () => {
    expect(parseQuery('"постараюсь" сделать').plain).toBe('постараюсь сделать');
  });

  it('counts a query of quote marks and spaces as empty', () => {
    expect(isEmptyQuery(parseQuery('" "'))).toBe(true);
    expect(isEmptyQuery(parseQuery('price'))).toBe(false);
  });
});
