import { describe, expect, it } from 'vitest';
import { checkLineLength, countWords } from '../../../../src/lib/engine/checks/check-line-length.ts';
import { entryOf } from '../../content/valid-playbook.ts';

describe('countWords', () => {
  it('counts words, not punctuation or dashes', () => {
    expect(countWords('Good morning — this is Sam, from Brightline!', 'en')).toBe(7);
  });

  it('counts Russian words', () => {
    expect(countWords('Добрый день! Это Даниил из «Каравеллы».', 'ru')).toBe(6);
  });

  it('counts words in a script written without spaces', () => {
    // Word segmentation varies a little between ICU versions; one count per character would give 15.
    const words = countWords('你好，我想了解一下你们的物流需求。', 'zh');
    expect(words).toBeGreaterThan(5);
    expect(words).toBeLessThanOrEqual(10);
  });
});

describe('checkLineLength', () => {
  it('finds nothing to say about lines within the limit', () => {
    expect(checkLineLength(entryOf('en', 'contact-call'), 30)).toEqual([]);
  });

  it('warns on a module variant over the limit, naming file, line, field, the count and the limit', () => {
    const [problem, ...rest] = checkLineLength(entryOf('en', 'contact-call'), 12);
    expect(rest.map((p) => p.field)).toEqual(['modules[2].variants[0]']);
    expect(problem).toEqual({
      code: 'line-too-long',
      severity: 'warning',
      file: entryOf('en', 'contact-call').file,
      line: 15,
      field: 'modules[0].variants[0]',
      message: 'This line has 21 words; the limit for a line said aloud is 12.',
      expected:
        'Cut it to 12 words or fewer: one thought per line, split a long answer into a statement and a question, or raise maxSpokenWords in config.yaml.',
    });
  });

  it('checks objection responses and follow-up questions', () => {
    const fields = checkLineLength(entryOf('en', 'too-expensive'), 3).map((p) => p.field);
    expect(fields).toContain('responses[0].text');
    expect(fields.some((field) => field === 'followUp')).toBe(true);
  });

  it('checks the staff dialogue lines it is given', () => {
    const line = { text: 'One two three four five six.', line: 40, field: 'dialogue › line start-1' };
    expect(checkLineLength(entryOf('en', 'cold-call-roleplay'), 5, [line]).map((p) => [p.line, p.field])).toEqual([[40, 'dialogue › line start-1']]);
  });
});
