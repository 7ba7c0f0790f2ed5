import { describe, expect, it } from 'vitest';
import { compileStopPhrases, type StopPhraseRule } from '../../../src/lib/engine/stop-phrases/index.ts';

function rule(phrase: string, match?: string[]): StopPhraseRule {
  return { phrase, match, why: 'Promises nothing.', replacements: ['I will do it by 5 pm.'], severity: 'warning' };
}

function found(rules: StopPhraseRule[], text: string): string[] {
  return compileStopPhrases(rules)
    .find(text)
    .map((match) => match.text);
}

describe('stop-phrase matcher in English', () => {
  it('matches the phrase itself when a rule has no match list', () => {
    expect(found([rule("I'll try")], "Fine, I'll try tomorrow.")).toEqual(["I'll try"]);
  });

  it('ignores letter case', () => {
    expect(found([rule("I'll try")], "I'LL TRY and i'll Try")).toEqual(["I'LL TRY", "i'll Try"]);
  });

  it('treats straight, curly and modifier apostrophes as the same character', () => {
    expect(found([rule("I’ll try")], "I'll try, I’ll try, Iʼll try, I‘ll try")).toEqual([
      "I'll try",
      'I’ll try',
      'Iʼll try',
      'I‘ll try',
    ]);
  });

  it('matches any run of whitespace, line breaks included, where the pattern has a space', () => {
    expect(found([rule('I will try')], 'I  will\n\t try')).toEqual(['I  will\n\t try']);
  });

  it('does not match a word that merely ends with the pattern', () => {
    expect(found([rule('try')], 'Make an entry.')).toEqual([]);
  });

  it('does not match a word that merely starts with the pattern', () => {
    expect(found([rule("I'll try")], "I'll tryout the new CRM; I'll be trying.")).toEqual([]);
  });

  it('does not match a word that goes on with an accented letter', () => {
    expect(found([rule('caf')], 'Meet at the café.')).toEqual([]);
  });

  it('accepts longer word forms where the pattern has a star', () => {
    expect(found([rule('try*')], 'We tried, we are trying, we try.')).toEqual(['trying', 'try']);
  });

  it('does not let a star cross a space', () => {
    expect(found([rule('call*back')], 'call me back, callback, calling back')).toEqual(['callback']);
  });

  it('matches at the very start and the very end of the text', () => {
    expect(found([rule('No')], 'No')).toEqual(['No']);
  });

  it('matches a phrase next to punctuation', () => {
    expect(found([rule('impossible')], '“Impossible!”')).toEqual(['Impossible']);
  });

  it('reads regex metacharacters in a pattern literally', () => {
    const rules = [rule('5 p.m. (sharp)?'), rule('a+b')];
    expect(found(rules, '5 pxmx sharp 5 p.m. (sharp)? aab a+b')).toEqual(['5 p.m. (sharp)?', 'a+b']);
  });

  it('reports every match with offsets into the original text', () => {
    const matcher = compileStopPhrases([rule('No'), rule("I don't know")]);
    const text = "No. Well, I don’t know… no!";
    const matches = matcher.find(text).map(({ start, end, text: matched }) => ({ start, end, matched }));
    expect(matches).toEqual([
      { start: 0, end: 2, matched: 'No' },
      { start: 10, end: 22, matched: 'I don’t know' },
      { start: 24, end: 26, matched: 'no' },
    ]);
  });

  it('names the rule and the pattern that matched', () => {
    const tryRule = rule("I'll try", ["I'll try", 'I will try']);
    const [match] = compileStopPhrases([tryRule]).find('I will try.');
    expect(match?.rule).toBe(tryRule);
    expect(match?.pattern).toBe('I will try');
  });

  it('prefers the longest of overlapping patterns that start at the same place', () => {
    const rules = [rule('call us'), rule('call us back later')];
    expect(found(rules, 'Please call us back later.')).toEqual(['call us back later']);
  });

  it('prefers the pattern that starts first when overlapping patterns start at different places', () => {
    const rules = [rule('back later'), rule('call us back')];
    expect(found(rules, 'Call us back later.')).toEqual(['Call us back']);
  });

  it('gives an equally long match to the rule listed first', () => {
    const first = rule('No');
    const [match] = compileStopPhrases([first, rule('no')]).find('No.');
    expect(match?.rule).toBe(first);
  });

  it('finds nothing when there are no rules', () => {
    expect(found([], "I'll try")).toEqual([]);
  });

  it('refuses a pattern that could match empty text', () => {
    expect(() => compileStopPhrases([rule('star', [' * '])])).toThrow(
      'The stop phrase “star” has the pattern “ * ”, which would match empty text. Give every pattern at least one letter.',
    );
  });
});
