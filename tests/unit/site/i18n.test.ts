import { describe, expect, it } from 'vitest';
import { chapterLabel, fill, uiStrings } from '../../../src/lib/i18n/strings.ts';
import { label, slugLabel } from '../../../src/lib/i18n/labels.ts';
import { languageName } from '../../../src/lib/i18n/language-name.ts';

describe('uiStrings', () => {
  it('translates every interface string into Russian', () => {
    const en = uiStrings('en');
    const ru = uiStrings('ru');
    const untranslated = Object.keys(en).filter((key) => ru[key as keyof typeof ru] === en[key as keyof typeof en]);
    // Words that are the same in both languages, such as the channel name Email, are fine.
    expect(untranslated).toEqual([]);
  });

  it('falls back to English strings for a language without a dictionary', () => {
    expect(uiStrings('he')).toEqual(uiStrings('en'));
  });

  it('uses the base language of a regional tag', () => {
    expect(uiStrings('ru-RU').search).toBe('Поиск');
  });
});

describe('fill', () => {
  it('fills named placeholders', () => {
    expect(fill('Showing {shown} of {total}', { shown: 2, total: 13 })).toBe('Showing 2 of 13');
  });

  it('leaves unknown placeholders as written', () => {
    expect(fill('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});

describe('labels', () => {
  it('names fixed values in the reader’s language', () => {
    expect(label('ru', 'stage', 'needs')).toBe('Выявление потребностей');
  });

  it('falls back to English, then to the value itself', () => {
    expect(label('he', 'channel', 'chat')).toBe('Chat');
    expect(label('en', 'channel', 'pigeon')).toBe('pigeon');
  });

  it('shows slug labels as words', () => {
    expect(slugLabel('en', 'agree-and-argue')).toBe('Agree and argue');
    expect(slugLabel('ru', 'уточнение')).toBe('Уточнение');
  });

  it('uses config chapter labels before built-in ones', () => {
    expect(chapterLabel('en', 'offer', { en: { offer: 'The proposal' } })).toBe('The proposal');
    expect(chapterLabel('he', 'offer')).toBe('Offer discussion');
  });
});

describe('languageName', () => {
  it('names a language in itself', () => {
    expect(languageName('ru')).toBe('Русский');
    expect(languageName('en')).toBe('English');
  });
});
