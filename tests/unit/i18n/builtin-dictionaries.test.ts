import { describe, expect, it } from 'vitest';
import { BUILTIN_DICTIONARIES, en } from '../../../src/lib/i18n/builtin/index.ts';
import { dictionaryEntries, placeholdersOf } from '../../../src/lib/i18n/dictionary.ts';
import { pluralCategories } from '../../../src/lib/i18n/plural.ts';
import { ChannelSchema, StageSchema } from '../../../src/schemas/common.ts';
import { AuthorizerSchema } from '../../../src/schemas/compensation.ts';
import { CHAPTER_KEYS } from '../../../src/schemas/config.ts';
import { ObjectionCategorySchema } from '../../../src/schemas/objection.ts';
import { ScenarioKindSchema } from '../../../src/schemas/script.ts';
import { RECORD_TYPES } from '../../../src/lib/search/parts.ts';

const english = new Map(dictionaryEntries(en));
const languages = Object.keys(BUILTIN_DICTIONARIES).filter((lang) => lang !== 'en');

/** Latin text that stays Latin in every language: key names, formats, product and command names. */
const KEPT_LATIN = [/Ctrl\+[A-Z]/gu, /⌘[A-Z]/gu, /\bJavaScript\b/gu, /\bPDF\b/gu, /\bMac\b/gu, /npm run build/gu, /\b(?:Enter|Esc|Backspace)\b/gu];

function latinLeft(text: string): string {
  let rest = text.replace(/\{\w+\}/gu, '');
  for (const pattern of KEPT_LATIN) rest = rest.replace(pattern, '');
  return (rest.match(/[A-Za-z]+/gu) ?? []).join(' ');
}

describe.each(languages)('the built-in %s interface', (lang) => {
  const own = new Map(dictionaryEntries(BUILTIN_DICTIONARIES[lang]!));

  it('has a text for every key of the English interface and no other', () => {
    expect([...own.keys()]).toEqual([...english.keys()]);
  });

  it('fills in only the placeholders the page provides', () => {
    const wrong = [...own].filter(([key, text]) => placeholdersOf(text).some((name) => !placeholdersOf(english.get(key)!).includes(name)));
    expect(wrong).toEqual([]);
  });

  it('gives every counted text each form its language tells apart', () => {
    const needed = pluralCategories(lang);
    const lacking = [...own].filter(([, text]) => typeof text !== 'string' && needed.some((category) => !(category in text)));
    expect(lacking).toEqual([]);
  });
});

describe.each(['he', 'zh'])('the built-in %s interface', (lang) => {
  it('leaves no English word in any text, only key names, formats and product names', () => {
    const english = dictionaryEntries(BUILTIN_DICTIONARIES[lang]!)
      .flatMap(([key, text]) => (typeof text === 'string' ? [[key, text]] : Object.entries(text).map(([form, value]) => [`${key}.${form}`, value!])))
      .map(([key, text]) => [key, latinLeft(text!)])
      .filter(([, left]) => left !== '');
    expect(english).toEqual([]);
  });
});

describe('the built-in Russian interface', () => {
  it('translates every text; only punctuation and the channel name Email are the same in both languages', () => {
    const same = dictionaryEntries(BUILTIN_DICTIONARIES.ru!).filter(([key, text]) => JSON.stringify(text) === JSON.stringify(english.get(key)));
    expect(same.map(([key]) => key)).toEqual(['site.colon', 'roleplay.resultOn', 'channel.email']);
  });
});

describe('the English interface', () => {
  it('names every value of the content format’s lists', () => {
    expect(Object.keys(en.stage)).toEqual(StageSchema.options);
    expect(Object.keys(en.channel)).toEqual(ChannelSchema.options);
    expect(Object.keys(en.category)).toEqual(ObjectionCategorySchema.options);
    expect(Object.keys(en.kind)).toEqual(ScenarioKindSchema.options);
    expect(Object.keys(en.authorizer)).toEqual(AuthorizerSchema.options);
    expect(Object.keys(en.chapter)).toEqual([...CHAPTER_KEYS]);
    expect(Object.keys(en.type).sort()).toEqual([...RECORD_TYPES].sort());
  });
});
