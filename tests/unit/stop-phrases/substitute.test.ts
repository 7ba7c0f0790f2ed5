import { describe, expect, it } from 'vitest';
import { compileStopPhrases, substituteFor, type StopPhraseRule } from '../../../src/lib/engine/stop-phrases/index.ts';

const tryRule: StopPhraseRule = {
  phrase: "I'll try",
  match: ["I'll try", 'I will try'],
  why: 'Promises nothing.',
  replacements: ['I will call you by 5 pm.'],
  substitutes: { "I'll try": 'I will', "I'll try to": 'I will' },
  severity: 'warning',
};
const ruRule: StopPhraseRule = {
  phrase: 'Я постараюсь',
  match: ['постара*'],
  why: 'Ничего не обещает.',
  replacements: ['Я перезвоню до 17:00.'],
  substitutes: { постараюсь: 'сделаю', постараемся: 'сделаем' },
  severity: 'warning',
};

function substitute(rule: StopPhraseRule, text: string): string | undefined {
  const [match] = compileStopPhrases([rule]).find(text);
  const swap = match && substituteFor(text, match);
  return swap && text.slice(0, swap.start) + swap.text + text.slice(swap.end);
}

describe('word substitutes of a stop phrase', () => {
  it('swaps the stop phrase for its substitute and keeps the rest of the sentence', () => {
    expect(substitute(ruRule, 'Хорошо, я постараюсь к пятнице.')).toBe('Хорошо, я сделаю к пятнице.');
  });

  it('prefers the longest wording that covers the match', () => {
    expect(substitute(tryRule, "Sure, I'll try to send the pallets tomorrow.")).toBe('Sure, I will send the pallets tomorrow.');
  });

  it('keeps a capital at the start of a sentence', () => {
    expect(substitute(ruRule, 'Постараемся успеть.')).toBe('Сделаем успеть.');
  });

  it('finds a wording whatever its case and apostrophe', () => {
    expect(substitute(tryRule, 'OK, I’LL TRY.')).toBe('OK, I will.');
  });

  it('offers nothing for a form of the stop phrase that has no substitute', () => {
    expect(substitute(ruRule, 'Надо постараться.')).toBeUndefined();
    expect(substitute(tryRule, 'I will try.')).toBeUndefined();
  });

  it('offers nothing when the rule lists no substitutes', () => {
    expect(substitute({ ...ruRule, substitutes: undefined }, 'Я постараюсь.')).toBeUndefined();
  });
});
