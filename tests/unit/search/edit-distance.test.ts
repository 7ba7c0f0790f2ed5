import { describe, expect, it } from 'vitest';
import { editDistance, prefixDistance } from '../../../src/lib/search/query/edit-distance.ts';

describe('edit distance between a typed word and a word of the handbook', () => {
  it('counts a letter left out, one too many and one wrong as one edit each', () => {
    expect([editDistance('expensve', 'expensive', 2), editDistance('emaill', 'email', 2), editDistance('bidget', 'budget', 2)]).toEqual([1, 1, 1]);
  });

  it('counts two swapped letters as one edit', () => {
    expect(editDistance('emali', 'email', 2)).toBe(1);
    expect(editDistance('рукводоитель', 'руководитель', 2)).toBe(2);
  });

  it('stops at the limit and reports one more than it', () => {
    expect(editDistance('pallet', 'budget', 2)).toBe(3);
  });

  it('measures a half-typed word against the start of a longer word', () => {
    expect(prefixDistance('руковт', 'руководитель', 1)).toBe(1);
    expect(editDistance('руковт', 'руководитель', 1)).toBe(2);
  });
});
