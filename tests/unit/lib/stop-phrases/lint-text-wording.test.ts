import { describe, expect, it } from 'vitest';
import { compileStopPhrases, lintText } from '../../../../src/lib/engine/stop-phrases/index.ts';

function lintWith(rule: { why: string; replacements: string[] }, text: string) {
  const matcher = compileStopPhrases([{ phrase: 'no way', severity: 'error', ...rule }]);
  return lintText(matcher, text, { firstLine: 1, field: 'body' })[0];
}

describe('lintText wording', () => {
  it('keeps the reason as written when it starts with an acronym', () => {
    expect(lintWith({ why: 'CRM notes show it upsets clients.', replacements: ['Let me check.'] }, 'No way.')?.message).toBe(
      'Unexpected stop phrase “No way”: CRM notes show it upsets clients.',
    );
  });

  it('asks for a rephrasing when a stop phrase has no replacement', () => {
    expect(lintWith({ why: 'Rude.', replacements: [] }, 'no way')?.expected).toBe('Rephrase without the stop phrase.');
  });

  it('adds no full stop after a last replacement that already ends a sentence', () => {
    expect(lintWith({ why: 'Rude.', replacements: ['Let me see', 'Could we try another date?'] }, 'no way')?.expected).toBe(
      'Say instead: “Let me see” or “Could we try another date?”',
    );
  });

  it('ends the advice with a full stop when the last replacement has none', () => {
    expect(lintWith({ why: 'Rude.', replacements: ['Let me see'] }, 'no way')?.expected).toBe('Say instead: “Let me see”.');
  });
});
