import { describe, expect, it } from 'vitest';
import type { RecordType } from '../../../src/lib/search/parts.ts';
import { parseQuery } from '../../../src/lib/search/query/query.ts';
import { namesWholeQuery, rankResults } from '../../../src/lib/search/query/rank-results.ts';
import type { RankedResult } from '../../../src/lib/search/query/stop-phrase-first.ts';

function result(url: string, type: RecordType, names: string[], score: number, isQueriedStopPhrase = false) {
  const view: RankedResult = { url, type, title: names[0] ?? url, facets: { stage: [], channel: [], category: [] }, matched: { kind: 'title', segments: [] }, names, isQueriedStopPhrase };
  return { view, score };
}

const urls = (ranked: RankedResult[]) => ranked.map((r) => r.url);

describe('ranking results for a conversation', () => {
  it('puts the record whose title holds the whole quoted phrase first, whatever Pagefind scored', () => {
    const ranked = rankResults(
      [result('/offer', 'call', ['Offer discussion'], 1), result('/cheaper', 'objection', ['Your competitor is cheaper'], 1), result('/too', 'objection', ["It's too expensive"], 1)],
      parseQuery('"too expensive"'),
      false,
    );
    expect(urls(ranked)[0]).toBe('/too');
  });

  it('puts a record whose alias holds the whole query before one with a higher score', () => {
    const ranked = rankResults([result('/checklist', 'checklist', ['Mystery shopper'], 9), result('/budget', 'objection', ['Call me later', 'We have no budget'], 4)], parseQuery('no budget'), false);
    expect(urls(ranked)).toEqual(['/budget', '/checklist']);
  });

  it('puts speech modules and objections before standards and checklists at about the same score', () => {
    const ranked = rankResults(
      [result('/checklist', 'checklist', ['Checklist'], 3.07), result('/standard', 'standard', ['Standard'], 3.05), result('/objection', 'objection', ['Discount'], 3.03), result('/module', 'module', ['Ask'], 2.9)],
      parseQuery('expensive'),
      false,
    );
    expect(urls(ranked)).toEqual(['/objection', '/module', '/checklist', '/standard']);
  });

  it('keeps a clearly better score ahead of the type order', () => {
    const ranked = rankResults([result('/objection', 'objection', ['Discount'], 1), result('/standard', 'standard', ['Standard'], 8)], parseQuery('expensive'), false);
    expect(urls(ranked)).toEqual(['/standard', '/objection']);
  });

  it('keeps the stop phrase the query is first of all', () => {
    const ranked = rankResults([result('/too', 'objection', ["I'll try"], 9), result('/stop', 'stop-phrase', ["I'll try"], 1, true)], parseQuery("I'll try"), false);
    expect(urls(ranked)[0]).toBe('/stop');
  });
});

describe('a name that holds the whole query', () => {
  it('accepts other forms of the words and a half-typed last word', () => {
    expect(namesWholeQuery(['Это слишком дорого'], parseQuery('слишком дорогой'), false)).toBe(true);
    expect(namesWholeQuery(["It's too expensive"], parseQuery('too exp'), true)).toBe(true);
  });

  it('needs the words next to each other and in order', () => {
    expect(namesWholeQuery(["It's too expensive"], parseQuery('expensive too'), false)).toBe(false);
  });

  it('needs a quoted phrase word for word', () => {
    expect(namesWholeQuery(['Это слишком дорого'], parseQuery('"слишком дорогой"'), false)).toBe(false);
  });

  it('finds Chinese text inside a title written without spaces', () => {
    expect(namesWholeQuery(['太贵了'], parseQuery('太贵'), false)).toBe(true);
  });
});
