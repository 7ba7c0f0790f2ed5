import { describe, expect, it } from 'vitest';
import { bookOrder, chapterAnchor, chapterOf, type BookScript } from '../../../src/lib/handbook/book-order.ts';

const script = (id: string, chapter: string, type: 'call' | 'scenario' = 'call'): BookScript => ({ id, title: id, summary: `${id} summary`, chapter, type });

describe('bookOrder', () => {
  const chapters = bookOrder('en', {
    scripts: [script('complaint', 'difficult'), script('cold-call', 'scenarios', 'scenario'), script('gatekeeper', 'first-call'), script('offer', 'offer')],
    objections: [{ id: 'too-expensive', title: "It's too expensive", summary: 'Price.' }],
    hasStopPhrases: true,
    stopPhrasesTitle: 'Stop phrases',
  });

  it('puts the chapters in the classic order and drops empty ones', () => {
    expect(chapters.map((c) => c.key)).toEqual(['first-call', 'offer', 'objections', 'stop-phrases', 'difficult', 'scenarios']);
  });

  it('links call scripts to script pages and scenarios to scenario pages', () => {
    expect(chapters[0]!.items[0]!.href).toBe('/en/scripts/gatekeeper/');
    expect(chapters.at(-1)!.items[0]!.href).toBe('/en/scenarios/cold-call/');
  });

  it('lists every objection in the objections chapter', () => {
    expect(chapters.find((c) => c.key === 'objections')!.items).toEqual([{ title: "It's too expensive", summary: 'Price.', href: '/en/objections/too-expensive/' }]);
  });

  it('gives the stop-phrase chapter its one page, titled as asked', () => {
    expect(chapters.find((c) => c.key === 'stop-phrases')!.items).toEqual([{ title: 'Stop phrases', href: '/en/stop-phrases/' }]);
  });

  it('leaves the stop-phrase chapter out when the language has no list', () => {
    const without = bookOrder('en', { scripts: [], objections: [], hasStopPhrases: false });
    expect(without).toEqual([]);
  });
});

describe('chapterOf', () => {
  it('files objections under the objections chapter', () => {
    expect(chapterOf({ collection: 'objections' })).toBe('objections');
  });

  it('files scripts under their own chapter', () => {
    expect(chapterOf({ collection: 'scripts', chapter: 'second-call' })).toBe('second-call');
  });

  it('gives standards no chapter', () => {
    expect(chapterOf({ collection: 'standards' })).toBeUndefined();
  });
});

describe('chapterAnchor', () => {
  it('is the chapter key behind a prefix', () => {
    expect(chapterAnchor('first-call')).toBe('chapter-first-call');
  });
});
