import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../../src/lib/search/query/vocabulary.ts';

const vocabulary = new Vocabulary(['price', 'delivery', 'договор', 'дорого', 'дорога', 'бюджет', 'будет', 'prices'].join('\n'));

describe('the vocabulary of a search index', () => {
  it('knows its words', () => {
    expect([vocabulary.has('дорого'), vocabulary.has('дорог')]).toEqual([true, false]);
  });

  it('completes a word start with its words, the most widespread first', () => {
    expect(vocabulary.completions('дорог')).toEqual(['дорого', 'дорога']);
    expect(vocabulary.completions('price')).toEqual(['prices']);
  });

  it('finds the nearest words, nearest first', () => {
    expect(vocabulary.nearest('бюджт', 2).map((near) => near.word)).toEqual(['бюджет', 'будет']);
  });

  it('prefers a whole word to the start of a word at the same distance', () => {
    expect(vocabulary.nearest('дорго', 1, { typing: true }).map((near) => near.word)).toEqual(['дорого', 'договор', 'дорога']);
  });

  it('tells a form of a word from a word that merely starts the same', () => {
    expect(vocabulary.hasForm('delivery', 2)).toBe(true);
    expect(vocabulary.hasForm('дор', 2)).toBe(false);
  });
});
