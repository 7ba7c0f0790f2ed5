import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileStopPhrases, maskCode, type StopPhraseRule } from '../../../src/lib/engine/stop-phrases/index.ts';
import { anyText, fuzzing, fuzzRuns } from './arbitraries.ts';

const runs = fuzzRuns(200);

// Letters of scripts written with and without spaces, marks, the characters the pattern language
// treats specially, and regex syntax that must stand for itself.
const patternChar = fc.constantFrom(
  ...'abzABZéßİıЖжеёЁЕ中文ひカ한ไทยاσς٣0'.split(''),
  'e\u0301', 'е\u0308', '\u0301', ' ', '\t', '\n', '\u00a0', '*', '*', "'", '’', 'ʼ', '‘', '-', '.', '^', '$', '\\', '+', '?',
  '(', ')', '[', ']', '{', '}', '|', '/', '😀', '\ud800',
);
const pattern = fc
  .array(patternChar, { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join(''))
  .filter((text) => /\p{L}/u.test(text));
const rules = fc.array(
  fc.record({
    phrase: fc.string({ minLength: 1, maxLength: 10 }),
    match: fc.option(fc.array(pattern, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    why: fc.constant('It pushes the client.'),
    replacements: fc.constant(['Let us see.']),
    severity: fc.constantFrom('warning' as const, 'error' as const),
  }).map((rule): StopPhraseRule => (rule.match ? rule : { ...rule, phrase: `word ${rule.phrase}` })),
  { minLength: 1, maxLength: 4 },
);
const text = fc.oneof(
  anyText(200),
  fc.array(patternChar, { maxLength: 80 }).map((chars) => chars.join('')),
);

describe('stop-phrase matcher on any input', fuzzing, () => {
  it('compiles any pattern that holds a letter without throwing', () => {
    fc.assert(
      fc.property(rules, (entries) => {
        expect(() => compileStopPhrases(entries)).not.toThrow();
      }),
      runs,
    );
  });

  it('returns matches in text order, within the text, none overlapping, each quoting the text it covers', () => {
    fc.assert(
      fc.property(rules, text, (entries, searched) => {
        let previousEnd = 0;
        for (const match of compileStopPhrases(entries).find(searched)) {
          expect(match.start).toBeGreaterThanOrEqual(previousEnd);
          expect(match.end).toBeGreaterThan(match.start);
          expect(match.end).toBeLessThanOrEqual(searched.length);
          expect(match.text).toBe(searched.slice(match.start, match.end));
          expect(entries).toContain(match.rule);
          previousEnd = match.end;
        }
      }),
      runs,
    );
  });

  it('finds a phrase written between spaces anywhere in any text', () => {
    const letter = fc.constantFrom(...'abcxyzéßЖжёЯ中文ひカ한ไทσ'.split(''));
    const phrase = fc.array(fc.string({ unit: letter, minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    const around = anyText(60);
    fc.assert(
      fc.property(phrase, around, around, (words, before, after) => {
        const searched = `${before} ${words} ${after}`;
        const at = before.length + 1;
        const matcher = compileStopPhrases([{ phrase: words, why: 'Pushy.', replacements: [], severity: 'warning' }]);
        // An earlier match may run into the phrase (the text before it can end with the same words);
        // otherwise a match starts at the phrase and covers all of it.
        const covering = matcher.find(searched).find((match) => match.start <= at && match.end > at);
        expect(covering, JSON.stringify(searched)).toBeDefined();
        if (covering?.start === at) expect(covering.end).toBeGreaterThanOrEqual(at + words.length);
      }),
      runs,
    );
  });
});

describe('code masking on any input', fuzzing, () => {
  const markdownToken = fc.constantFrom(
    '`', '``', '```', '~~~', '```js', '\\', '\\`', '<!--', '-->', '{/*', '*/}', '{ /* ', '\n', '\n\n', '\r\n', '  ', '\t',
    'word', 'é', '😀', '\ud83d', ' ',
  );
  const markdown = fc.oneof(
    anyText(200),
    fc.array(markdownToken, { maxLength: 60 }).map((parts) => parts.join('')),
  );

  it('keeps the length of the text and the place of every line break', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const masked = maskCode(source);
        expect(masked.length).toBe(source.length);
        for (let i = 0; i < source.length; i += 1) {
          const kept = masked[i] === source[i];
          if (source[i] === '\n' || source[i] === '\r') expect(kept).toBe(true);
          // A character is either kept or blanked to a space, never replaced by anything else.
          else if (!kept) expect(masked[i]).toBe(' ');
        }
      }),
      runs,
    );
  });
});
