import { describe, expect, it } from 'vitest';
import { compileStopPhrases, type StopPhraseRule } from '../../../src/lib/engine/stop-phrases/index.ts';

function found(patterns: string[], text: string): string[] {
  const rule: StopPhraseRule = { phrase: patterns[0] ?? '', match: patterns, why: 'x', replacements: [], severity: 'error' };
  return compileStopPhrases([rule])
    .find(text)
    .map((match) => match.text);
}

describe('stop-phrase matcher in Russian', () => {
  it('matches word forms of a starred pattern, whatever the case', () => {
    expect(found(['постара*'], 'Постараемся. Я постараюсь! Надо постараться.')).toEqual([
      'Постараемся',
      'постараюсь',
      'постараться',
    ]);
  });

  it('does not match a starred pattern in the middle of a longer word', () => {
    expect(found(['постара*'], 'Он распостарался как мог.')).toEqual([]);
  });

  it('treats е and ё as the same letter in both directions', () => {
    expect(found(['ещё раз'], 'Еще раз, ещё раз, ЕЩЁ РАЗ')).toEqual(['Еще раз', 'ещё раз', 'ЕЩЁ РАЗ']);
    expect(found(['все равно'], 'Мне всё равно.')).toEqual(['всё равно']);
  });

  it('matches a ё written as е with a combining diaeresis', () => {
    expect(found(['ещё'], 'е\u0449е\u0308 раз')).toEqual(['е\u0449е\u0308']);
  });
});

describe('stop-phrase matcher in scripts without spaces', () => {
  it('matches a Chinese phrase inside a sentence without spaces', () => {
    expect(found(['尽量'], '我会尽量明天给你回复。')).toEqual(['尽量']);
  });

  it('matches a Japanese phrase inside a sentence without spaces', () => {
    expect(found(['できません'], 'それはできませんね。')).toEqual(['できません']);
  });

  it('matches a Thai phrase inside a sentence without spaces', () => {
    expect(found(['ไม่ได้'], 'ขอโทษค่ะทำไม่ได้นะคะ')).toEqual(['ไม่ได้']);
  });

  it('matches a Latin word written right next to Chinese characters', () => {
    expect(found(['CRM'], '请在CRM里记录')).toEqual(['CRM']);
  });

  it('still requires word edges on the Latin side of a mixed text', () => {
    expect(found(['try'], '我们entry了')).toEqual([]);
  });
});

describe('stop-phrase matcher in Hebrew', () => {
  it('matches a whole Hebrew word', () => {
    expect(found(['אנסה'], 'טוב, אני אנסה מחר.')).toEqual(['אנסה']);
  });

  it('does not match inside a longer Hebrew word', () => {
    expect(found(['לא'], 'ולא, הלאה')).toEqual([]);
  });
});
