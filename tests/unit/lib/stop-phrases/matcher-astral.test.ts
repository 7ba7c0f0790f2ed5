import { describe, expect, it } from 'vitest';
import { compileStopPhrases } from '../../../../src/lib/engine/stop-phrases/index.ts';

describe('stop-phrase matcher next to characters outside the Basic Multilingual Plane', () => {
  it('steps over an emoji where a pattern almost matched, and still finds the phrase after it', () => {
    // `*` stands for letters only, so "😀 a-b" fails the pattern at the emoji; the search resumes
    // after the whole emoji, not inside it, and finds the real match later on.
    const matcher = compileStopPhrases([{ phrase: '😀 a*b', why: 'Flippant.', replacements: [], severity: 'warning' }]);
    const text = '😀 a-b 😀 axb';
    expect(matcher.find(text).map((match) => [match.start, match.text])).toEqual([[7, '😀 axb']]);
  });
});
