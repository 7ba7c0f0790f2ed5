import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/lib/search/query/query.ts';
import { excerpt, segments, shapeResult, type ResultFragment } from '../../../src/lib/search/query/result-view.ts';

// A fragment as Pagefind returns it for a record written by documentHtml: content words, the
// part ids with the word where each starts, and the word indices that matched.
function fragment(parts: [id: string, text: string][], locations: number[], extra: Partial<ResultFragment> = {}): ResultFragment {
  let location = 0;
  const anchors = parts.map(([id, text]) => {
    const anchor = { id, text, location };
    location += text.split(/\s+/).length;
    return anchor;
  });
  return {
    url: '/en/objections/too-expensive/',
    content: parts.map(([, text]) => text).join(' '),
    meta: { title: parts[0]?.[1] },
    filters: { type: ['objection'], category: ['price'], stage: ['presentation'], channel: ['phone'] },
    anchors,
    locations,
    ...extra,
  };
}

const objection = (locations: number[]) =>
  fragment(
    [
      ['t0', "It's too expensive"],
      ['a0', 'We have no budget'],
      ['r0', 'Compared with what, if I may ask?'],
      ['r1', 'Let us compare the cost per pallet.'],
    ],
    locations,
  );

describe('shaping a search result', () => {
  it('shows the alias that matched and copies the first response', () => {
    const view = shapeResult(objection([5, 6]), parseQuery('no budget'))!;
    expect(view.matched.kind).toBe('alias');
    expect(view.matched.segments).toEqual([
      { text: 'We have ', mark: false },
      { text: 'no budget', mark: true },
    ]);
    expect(view.copy).toEqual({ kind: 'response', text: 'Compared with what, if I may ask?' });
  });

  it('prefers the part Pagefind scores highest over one with more, weaker matches', () => {
    // "no budget": the alias holds both words exactly; a response holds "not" and "budget" (a longer word and a weak part).
    const view = shapeResult(
      {
        ...objection([]),
        weighted_locations: [
          { location: 5, balanced_score: 12000 },
          { location: 6, balanced_score: 12000 },
          { location: 10, balanced_score: 400 },
          { location: 11, balanced_score: 400 },
          { location: 12, balanced_score: 400 },
        ],
      },
      parseQuery('no budget'),
    )!;
    expect(view.matched.kind).toBe('alias');
  });

  it('copies the response that matched', () => {
    const view = shapeResult(objection([14, 15]), parseQuery('cost pallet'))!;
    expect(view.copy).toEqual({ kind: 'response', text: 'Let us compare the cost per pallet.' });
  });

  it('drops a result without the exact quoted phrase', () => {
    expect(shapeResult(objection([5, 6]), parseQuery('"budget no"'))).toBeUndefined();
  });

  it('marks the words of an exact phrase in the part that holds it', () => {
    const view = shapeResult(objection([]), parseQuery('"cost per"'))!;
    expect(view.matched.segments).toEqual([
      { text: 'Let us compare the ', mark: false },
      { text: 'cost per', mark: true },
      { text: ' pallet.', mark: false },
    ]);
  });

  it('keeps the type, the facets and the title', () => {
    const view = shapeResult(objection([5]), parseQuery('no'))!;
    expect(view).toMatchObject({ type: 'objection', title: "It's too expensive", facets: { category: ['price'], stage: ['presentation'], channel: ['phone'] } });
  });

  it('shows the first phrase a rep can say when only the title matched', () => {
    const view = shapeResult(objection([1]), parseQuery('too'))!;
    expect(view.matched.kind).toBe('title');
    expect(view.copy?.kind).toBe('response');
  });

  it('takes the phrase as written, not with the full stop Pagefind adds after a heading', () => {
    const view = shapeResult(
      fragment([['t0', "I'll try"], ['x0', 'I will call you by 5 pm.']], [0, 1], { content: "I'll try. I will call you by 5 pm.", filters: { type: ['stop-phrase'], severity: ['warning'] } }),
      parseQuery("I'll try"),
    )!;
    expect(view.stopPhrase).toEqual({ phrase: "I'll try", patterns: [], why: '', replacements: ['I will call you by 5 pm.'], severity: 'warning' });
  });

  it('gives no copy action to a record without phrases to say', () => {
    const view = shapeResult(fragment([['t0', 'Chat standard'], ['o0', 'First reply: 30 seconds']], [2], { filters: { type: ['standard'] } }), parseQuery('reply'))!;
    expect(view.copy).toBeUndefined();
  });
});

describe('splitting a phrase into marked pieces', () => {
  it('joins neighbouring words of the same kind', () => {
    expect(segments('a b c d', new Set([1, 2]))).toEqual([
      { text: 'a ', mark: false },
      { text: 'b c', mark: true },
      { text: ' d', mark: false },
    ]);
  });
});

describe('cutting long text around the match', () => {
  it('keeps a few words before the first match and marks ellipses where it cuts', () => {
    const text = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    const pieces = excerpt(text, new Set([20]), 8);
    expect(pieces.map((p) => p.text).join('')).toBe('… w16 w17 w18 w19 w20 w21 w22 w23 …');
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['w20']);
  });

  it('leaves short text whole', () => {
    expect(excerpt('a b c', new Set([1]), 8)).toEqual(segments('a b c', new Set([1])));
  });
});

describe('shaping a Chinese result', () => {
  // As Pagefind returns it: it counts words by its own dictionary, so the locations do not line up with the spaces of `content`.
  const chinese: ResultFragment = {
    url: '/zh/objections/too-expensive/#responses',
    content: '太贵了. 请问是和什么相比呢？ 我们算一算周五下午墨粉用完会给您带来多少损失。 客户觉得我们的价格太高。 不要为价格辩护，先问客户在和什么比较。',
    meta: { title: '太贵了' },
    filters: { type: ['objection'], category: ['price'] },
    anchors: [
      { id: 't0', location: 0, text: '太贵了' },
      { id: 'r0', location: 3, text: '请问是和什么相比呢？' },
      { id: 'r1', location: 10, text: '我们算一算周五下午墨粉用完会给您带来多少损失。' },
      { id: 's0', location: 26, text: '客户觉得我们的价格太高。' },
      { id: 'b0', location: 33, text: '不要为价格辩护，先问客户在和什么比较。' },
    ],
    locations: [0, 1, 31],
  };

  it('copies the first approved response, not the summary or the note', () => {
    expect(shapeResult(chinese, parseQuery('太贵'))!.copy).toEqual({ kind: 'response', text: '请问是和什么相比呢？' });
  });

  it('marks where the query’s characters occur in the part shown', () => {
    const view = shapeResult({ ...chinese, locations: [30] }, parseQuery('价格'))!;
    expect(view.matched.kind).toBe('summary');
    expect(view.matched.segments).toEqual([
      { text: '客户觉得我们的', mark: false },
      { text: '价格', mark: true },
      { text: '太高。', mark: false },
    ]);
  });

  it('finds a quoted Chinese phrase inside a sentence', () => {
    expect(shapeResult(chinese, parseQuery('"墨粉用完"'))?.copy).toEqual({ kind: 'response', text: '我们算一算周五下午墨粉用完会给您带来多少损失。' });
    expect(shapeResult(chinese, parseQuery('"用完墨粉"'))).toBeUndefined();
  });
});
