import { describe, expect, it } from 'vitest';
import { dictionaryEntries } from '../../../src/lib/i18n/dictionary.ts';
import { en } from '../../../src/lib/i18n/builtin/index.ts';
import { interfaceText, missingInterfaceKeys } from '../../../src/lib/i18n/interface-text.ts';
import { languageName } from '../../../src/lib/i18n/language-name.ts';
import { slugLabel, valueLabel } from '../../../src/lib/i18n/labels.ts';

describe('interface text', () => {
  it('gives a built-in language its own texts', () => {
    expect(interfaceText('he').site.search).toBe('חיפוש');
    expect(interfaceText('zh').roleplay.play).toBe('演练');
  });

  it('uses the base language of a regional tag', () => {
    expect(interfaceText('ru-RU').site.search).toBe('Поиск');
  });

  it('lets the content folder override a built-in text, the regional file over the general one', () => {
    const t = interfaceText('pt-BR', { pt: { site: { search: 'Pesquisar', copy: 'Copiar' } }, 'pt-BR': { site: { search: 'Buscar' } } });
    expect([t.site.search, t.site.copy]).toEqual(['Buscar', 'Copiar']);
    expect(interfaceText('en', { en: { chapter: { offer: 'The proposal' } } }).chapter.offer).toBe('The proposal');
  });

  it('falls back to English text by text for a language with some texts of its own', () => {
    const t = interfaceText('de', { de: { site: { search: 'Suche' } } });
    expect([t.site.search, t.site.copy]).toEqual(['Suche', 'Copy']);
  });

  it('isolates an English fallback inside a right-to-left language, so its punctuation stays at its own end', () => {
    const t = interfaceText('ar', { ar: { site: { search: 'بحث' } } });
    expect(t.site.search).toBe('بحث');
    expect(t.site.searchPlaceholder).toBe('\u2066Search phrases, objections, scripts…\u2069');
    expect(t.search.results).toEqual({ one: '\u2066{count} result\u2069', other: '\u2066{count} results\u2069' });
  });

  it('lists the keys a language has no text for', () => {
    expect(missingInterfaceKeys('en')).toEqual([]);
    expect(missingInterfaceKeys('he')).toEqual([]);
    const missing = missingInterfaceKeys('de', { de: { site: { search: 'Suche' } } });
    expect(missing).toHaveLength(dictionaryEntries(en).length - 1);
    expect(missing).not.toContain('site.search');
    expect(missing).toContain('site.copy');
  });
});

describe('labels', () => {
  it('shows slug labels as words', () => {
    expect(slugLabel('en', 'agree-and-argue')).toBe('Agree and argue');
    expect(slugLabel('ru', 'уточнение')).toBe('Уточнение');
  });

  it('labels a fixed value from its group, and shows the value itself where the group has no label', () => {
    expect(valueLabel({ needs: 'Needs discovery' }, 'needs')).toBe('Needs discovery');
    expect(valueLabel({ needs: 'Needs discovery' }, 'webinar')).toBe('webinar');
  });
});

describe('languageName', () => {
  it('names a language in itself', () => {
    expect(languageName('ru')).toBe('Русский');
    expect(languageName('en')).toBe('English');
    expect(languageName('he')).toBe('עברית');
  });
});
