import { describe, expect, it } from 'vitest';
import { findPhrase, phraseTokens, tokenize } from '../../../src/lib/search/query/words.ts';

describe('exact-phrase matching', () => {
  it('ignores letter case and punctuation between words', () => {
    expect(findPhrase('I need the Person, in charge of logistics.', phraseTokens('person in charge'))).toEqual([[3, 6]]);
  });

  it('keeps word order', () => {
    expect(findPhrase('The logistics person in charge', phraseTokens('charge in person'))).toEqual([]);
  });

  it('does not accept other forms of a word', () => {
    expect(findPhrase('Руководителя логистики нет на месте.', phraseTokens('руководитель логистики'))).toEqual([]);
    expect(findPhrase('Мне нужен руководитель логистики.', phraseTokens('руководитель логистики'))).toEqual([[2, 4]]);
  });

  it('matches whole words only', () => {
    expect(findPhrase('We tried everything', phraseTokens('try'))).toEqual([]);
  });

  it('treats apostrophes of every kind as absent and ё as е', () => {
    expect(findPhrase('Fine, I’ll try tomorrow.', phraseTokens("I'll try"))).toEqual([[1, 3]]);
    expect(findPhrase('Всё будет готово', phraseTokens('все будет'))).toEqual([[0, 2]]);
  });

  it('splits a word at punctuation inside it, so "€3–5" is found as "3 5"', () => {
    expect(findPhrase('the gap is €3–5 per pallet', phraseTokens('3-5 per'))).toEqual([[3, 5]]);
  });

  it('reports every occurrence', () => {
    expect(findPhrase('no budget, really no budget', phraseTokens('no budget'))).toEqual([
      [0, 2],
      [3, 5],
    ]);
  });

  it('numbers words the way Pagefind counts them, a lone dash included', () => {
    expect(tokenize('help me — I need').map((t) => t.word)).toEqual([0, 1, 3, 4]);
  });
});
