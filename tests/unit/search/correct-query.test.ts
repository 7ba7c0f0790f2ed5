import { describe, expect, it } from 'vitest';
import { closestQueries, correctQuery } from '../../../src/lib/search/query/correct-query.ts';
import { Vocabulary } from '../../../src/lib/search/query/vocabulary.ts';

const vocabulary = new Vocabulary(
  ['the', 'expensive', 'too', 'supplier', 'supply', 'email', 'have', 'budget', 'approval', 'improving', 'руководитель', 'руководителю', 'логистики', 'бюджет', 'будет', 'дорого', 'дорога', 'договор', 'слишком'].join('\n'),
);

describe('correcting a slip of the finger', () => {
  it('replaces a word that matches nothing by the nearest word of the index', () => {
    expect(correctQuery('expnesive', vocabulary).corrected).toBe('expensive');
    expect(correctQuery('бюджт', vocabulary).corrected).toBe('бюджет');
    expect(correctQuery('руководтель', vocabulary).corrected).toBe('руководитель');
  });

  it('counts two swapped letters as one slip', () => {
    expect(correctQuery('emali', vocabulary).corrected).toBe('email');
  });

  it('corrects only the word that needs it, keeping the rest of the query as typed', () => {
    expect(correctQuery('Have a bugdet ', vocabulary).corrected).toBe('Have a budget ');
    expect(correctQuery('"too expnesive"', vocabulary).corrected).toBe('"too expensive"');
  });

  it('allows one edit in a short word and two in a long one', () => {
    expect(correctQuery('bdgte', vocabulary).corrected).toBeUndefined();
    expect(correctQuery('ekspensive', vocabulary).corrected).toBe('expensive');
  });

  it('leaves words of three letters and fewer as typed', () => {
    expect(correctQuery('tho', vocabulary)).toEqual({ unknown: ['tho'], doubtful: [] });
  });

  it('leaves the words the index holds', () => {
    expect(correctQuery('руководителю логистики', vocabulary)).toEqual({ unknown: [], doubtful: [] });
  });

  it('reads a form one edit from an index word as that word, which the index stems alike', () => {
    expect(correctQuery('руководителя ', vocabulary).corrected).toBe('руководитель ');
  });

  it('reads a longer form of a word as the word it starts with', () => {
    expect(correctQuery('дороговато', vocabulary).corrected).toBe('дорого');
  });

  it('completes a half-typed last word for a second search, as stemming cuts word starts short', () => {
    expect(correctQuery('дорог', vocabulary)).toEqual({ unknown: [], doubtful: [], completed: 'дорого' });
    expect(correctQuery('слишком дорог', vocabulary).completed).toBe('слишком дорого');
  });

  it('does not complete a word once a space follows it', () => {
    expect(correctQuery('дорог ', vocabulary).completed).toBeUndefined();
  });

  it('names a word too far from every word of the index', () => {
    expect(correctQuery('zebra', vocabulary)).toEqual({ unknown: ['zebra'], doubtful: [] });
  });

  it('corrects a slip near the end of a word to the word that starts the same', () => {
    expect(correctQuery('expensivr', vocabulary).corrected).toBe('expensive');
  });

  it('leaves a word that looks like another form of an index word for the index to judge', () => {
    expect(correctQuery('approving ', vocabulary)).toEqual({ unknown: [], doubtful: ['approving'] });
  });

  it('corrects such a word once the index has found nothing for it', () => {
    expect(correctQuery('approving ', vocabulary, new Set(['approving'])).corrected).toBe('improving ');
  });

  it('offers the nearest words when nothing is found', () => {
    expect(closestQueries('have a bdgte', vocabulary, 2)).toEqual([{ word: 'budget', query: 'have a budget' }]);
  });
});
