import { describe, expect, it } from 'vitest';
import { compileStopPhrases, type StopPhraseRule } from '../../../src/lib/engine/stop-phrases/index.ts';

function rule(match: string[], except?: string[]): StopPhraseRule {
  return { phrase: match[0] ?? '', match, except, why: 'Sounds like an order.', replacements: ['Could you please…'], severity: 'warning' };
}

function found(rules: StopPhraseRule[], text: string): string[] {
  return compileStopPhrases(rules)
    .find(text)
    .map((match) => match.text);
}

describe('stop-phrase exceptions', () => {
  it('leaves a pattern alone inside a wording listed as fine', () => {
    expect(found([rule(['you must'], ['you must have been waiting'])], 'You must have been waiting a long time.')).toEqual([]);
  });

  it('still flags the pattern outside the fine wording', () => {
    const text = 'You must have been waiting a long time. You must sign here.';
    expect(found([rule(['you must'], ['you must have been waiting'])], text)).toEqual(['You must']);
  });

  it('reads exceptions like patterns: case, apostrophes, spaces and stars', () => {
    const rules = [rule(["you'll have to"], ['you’ll have to * it'])];
    expect(found(rules, "YOU'LL  HAVE TO love it")).toEqual([]);
  });

  it('covers a match that starts after the exception starts', () => {
    expect(found([rule(['нужно было сразу'], ['нам нужно было сразу'])], 'Нам нужно было сразу вас предупредить.')).toEqual([]);
  });

  it('does not excuse a match that runs past the end of the exception', () => {
    expect(found([rule(['вы должны получить письмо'], ['вы должны получить'])], 'Вы должны получить письмо.')).toEqual(['Вы должны получить письмо']);
  });

  it('excuses only matches of its own stop phrase', () => {
    const rules = [rule(['you must'], ['you must have been waiting']), rule(['been waiting'])];
    expect(found(rules, 'You must have been waiting.')).toEqual(['been waiting']);
  });

  it('accepts every form of a starred word in an exception', () => {
    expect(found([rule(['вы должны'], ['вы должны получ*'])], 'Вы должны получить письмо до 12:00, вы должны получать их, а ещё вы должны позвонить.')).toEqual(['вы должны']);
  });
});
