import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileStopPhrases, type StopPhraseRule } from '../../../src/lib/engine/stop-phrases/index.ts';
import { parsePattern } from '../../../src/lib/engine/stop-phrases/pattern.ts';
import { anyText, fuzzing, fuzzRuns } from './arbitraries.ts';

const runs = fuzzRuns(200);

// Patterns and texts made of the few characters that make backtracking matchers blow up: runs of
// one letter, stars, spaces, and a letter that never comes.
const trapChar = fc.constantFrom('a', 'a', 'a', '*', '*', ' ', 'b', 'е', 'ё', '中', '-');
const pattern = fc
  .array(trapChar, { minLength: 1, maxLength: 40 })
  .map((chars) => chars.join(''))
  .filter((text) => /\p{L}/u.test(text));
const rules = fc.array(
  fc.record({
    phrase: fc.constant('trap'),
    match: fc.array(pattern, { minLength: 1, maxLength: 4 }),
    except: fc.option(fc.array(pattern, { minLength: 1, maxLength: 2 }), { nil: undefined }),
    why: fc.constant('It pushes the client.'),
    replacements: fc.constant([]),
    severity: fc.constant('warning' as const),
  }),
  { minLength: 1, maxLength: 3 },
);
const text = fc.oneof(
  anyText(300),
  fc.array(trapChar, { maxLength: 600 }).map((chars) => chars.join('')),
  fc.tuple(fc.constantFrom('a', '中', 'a '), fc.integer({ min: 0, max: 2000 })).map(([unit, count]) => unit.repeat(count)),
);

// The automaton has one state per step of a pattern plus one; see src/lib/engine/stop-phrases/scan.ts.
const size = (entries: readonly StopPhraseRule[]) =>
  entries.flatMap((rule) => [...(rule.match ?? []), ...(rule.except ?? [])]).reduce((total, source) => total + parsePattern(source).steps.length + 1, 0);

describe('stop-phrase matcher time', fuzzing, () => {
  it('does work in proportion to the text’s length times the patterns’ size, for any patterns', () => {
    fc.assert(
      fc.property(rules, text, (entries, searched) => {
        const meter = { steps: 0 };
        compileStopPhrases(entries).find(searched, meter);
        expect(meter.steps).toBeLessThanOrEqual(5 * (searched.length + 1) * size(entries));
      }),
      runs,
    );
  });
});

describe('stop-phrase matcher on patterns that made the old one hang', () => {
  it('checks a long word against a pattern full of stars in well under a second', () => {
    const matcher = compileStopPhrases([{ phrase: 'trap', match: ['a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b'], why: 'x', replacements: [], severity: 'warning' }]);
    const started = performance.now();
    expect(matcher.find('a'.repeat(200_000))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('checks a long run of Chinese against a starred Chinese pattern in well under a second', () => {
    const matcher = compileStopPhrases([{ phrase: '尽量', match: ['尽*量*力*'], why: 'x', replacements: [], severity: 'warning' }]);
    const started = performance.now();
    expect(matcher.find('尽'.repeat(200_000))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
