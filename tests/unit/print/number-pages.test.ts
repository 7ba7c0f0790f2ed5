import { describe, expect, it } from 'vitest';
import { numberPages } from '../../../src/lib/print/number-pages.ts';

describe('numberPages', () => {
  it('gives the targets of the first part their page within it', () => {
    expect(numberPages([{ pages: 3, starts: new Map([['contents', 1], ['late', 3]]) }])).toEqual(new Map([['contents', 1], ['late', 3]]));
  });

  it('counts on after the pages of every part before', () => {
    const numbers = numberPages([
      { pages: 2, starts: new Map() },
      { pages: 5, starts: new Map([['first-call', 1], ['gatekeeper', 4]]) },
      { pages: 1, starts: new Map([['objections', 1]]) },
    ]);
    expect(numbers).toEqual(new Map([['first-call', 3], ['gatekeeper', 6], ['objections', 8]]));
  });
});
