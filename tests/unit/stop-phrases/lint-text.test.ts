import { describe, expect, it } from 'vitest';
import { compileStopPhrases, lineOf, lintText } from '../../../src/lib/engine/stop-phrases/index.ts';

const matcher = compileStopPhrases([
  {
    phrase: "I'll try",
    match: ["I'll try", 'I will try'],
    why: 'Promises nothing; the client hears "don\'t count on me".',
    replacements: ['I will do it by 5 pm today.'],
    severity: 'warning',
  },
  {
    phrase: 'Call us back later',
    why: 'Never ask the client to call back; you call',
    replacements: ['I will call you back at 3 pm', 'Can I call you back at 3 pm?'],
    severity: 'error',
  },
]);

describe('lintText', () => {
  it('reports a stop phrase with the message and the fix pinned', () => {
    expect(lintText(matcher, "Well, I’ll try.", { firstLine: 7, field: 'modules[0].variants[1]' })).toEqual([
      {
        code: 'stop-phrase',
        severity: 'warning',
        line: 7,
        field: 'modules[0].variants[1]',
        message: 'Unexpected stop phrase “I’ll try”: promises nothing; the client hears "don\'t count on me".',
        expected: 'Say instead: “I will do it by 5 pm today.”',
      },
    ]);
  });

  it('offers every replacement and ends the sentences it completes', () => {
    const [problem] = lintText(matcher, 'Call us back later.', { firstLine: 1, field: 'body' });
    expect(problem?.severity).toBe('error');
    expect(problem?.message).toBe('Unexpected stop phrase “Call us back later”: never ask the client to call back; you call.');
    expect(problem?.expected).toBe('Say instead: “I will call you back at 3 pm” or “Can I call you back at 3 pm?”');
  });

  it('quotes a match that runs across a line break on one line', () => {
    const [problem] = lintText(matcher, 'I will\ntry', { firstLine: 1, field: 'body' });
    expect(problem?.message.startsWith('Unexpected stop phrase “I will try”:')).toBe(true);
  });

  it('counts lines from the first line of the text to the start of each match', () => {
    const text = "Intro.\n\nI'll try.\nThen\nI will\ntry and I'll try.";
    const lines = lintText(matcher, text, { firstLine: 20, field: 'body' }).map((problem) => problem.line);
    expect(lines).toEqual([22, 24, 25]);
  });

  it('skips stop phrases in code and keeps later line numbers right', () => {
    const text = "```\nI'll try\nI'll try\n```\nSee `I'll try`.\nI'll try.";
    const lines = lintText(matcher, text, { firstLine: 1, field: 'body' }).map((problem) => problem.line);
    expect(lines).toEqual([6]);
  });

  it('quotes the original text, not the masked text', () => {
    const text = "<!-- note -->I'll try";
    const [problem] = lintText(matcher, text, { firstLine: 1, field: 'body' });
    expect(problem?.message.startsWith("Unexpected stop phrase “I'll try”:")).toBe(true);
  });
});

describe('lineOf', () => {
  it('gives the line on which an offset falls, starting from the first line given', () => {
    expect(lineOf('a\nb\nc', 4)).toBe(3);
    expect(lineOf('a\nb\nc', 2, 10)).toBe(11);
  });
});
