import { describe, expect, it } from 'vitest';
import { CompensationSchema } from '../../../src/schemas/compensation.ts';
import { SiteConfigSchema } from '../../../src/schemas/config.ts';
import { StopPhraseListSchema } from '../../../src/schemas/stop-phrases.ts';
import { rejectedPaths } from './parse.ts';

describe('stop-phrases.yaml', () => {
  it('makes a phrase a warning unless it says otherwise', () => {
    expect(StopPhraseListSchema.parse([{ phrase: "I'll try", why: 'Promises nothing.', replacements: ['I will.'] }])).toEqual([
      { phrase: "I'll try", why: 'Promises nothing.', replacements: ['I will.'], severity: 'warning' },
    ]);
  });

  it('rejects a phrase without replacements and a severity outside the list', () => {
    expect(rejectedPaths(StopPhraseListSchema, [{ phrase: 'No', why: 'Closes the door.', replacements: [], severity: 'fatal' }])).toEqual([
      '[0].replacements',
      '[0].severity',
    ]);
  });

  it('keeps exceptions and word substitutes as written', () => {
    const rule = { phrase: 'Я постараюсь', match: ['постара*'], except: ['постарайтесь не волноваться'], why: 'x', replacements: ['y'], substitutes: { постараюсь: 'сделаю' } };
    expect(StopPhraseListSchema.parse([rule])[0]).toMatchObject({ except: ['постарайтесь не волноваться'], substitutes: { постараюсь: 'сделаю' } });
  });

  it('rejects an empty exception list and an empty substitute', () => {
    expect(rejectedPaths(StopPhraseListSchema, [{ phrase: 'No', except: [], why: 'x', replacements: ['y'], substitutes: { no: ' ' } }])).toEqual([
      '[0].except',
      '[0].substitutes.no',
    ]);
  });

  it('rejects an empty match list', () => {
    expect(rejectedPaths(StopPhraseListSchema, [{ phrase: 'No', match: [], why: 'x', replacements: ['y'] }])).toEqual(['[0].match']);
  });
});

describe('compensation.yaml', () => {
  const tier = { id: 'gesture', name: 'Gesture', problem: 'Small delay.', options: [{ text: 'Free delivery', costCap: 15 }], authorizedBy: 'frontline' };

  it('fills in empty examples', () => {
    expect(CompensationSchema.parse({ currency: 'EUR', tiers: [tier] }).tiers[0]?.examples).toEqual([]);
  });

  it('rejects a currency that is not a three-letter code', () => {
    expect(rejectedPaths(CompensationSchema, { currency: 'euro', tiers: [tier] })).toEqual(['currency']);
  });

  it('rejects a negative cost cap and an unknown authorizer', () => {
    const bad = { ...tier, options: [{ text: 'Refund', costCap: -1 }], authorizedBy: 'ceo' };
    expect(rejectedPaths(CompensationSchema, { currency: 'EUR', tiers: [bad] })).toEqual(['tiers[0].options[0].costCap', 'tiers[0].authorizedBy']);
  });

  it('needs at least one tier', () => {
    expect(rejectedPaths(CompensationSchema, { currency: 'EUR', tiers: [] })).toEqual(['tiers']);
  });
});

describe('config.yaml', () => {
  it('fills in every field when the file is empty', () => {
    expect(SiteConfigSchema.parse({})).toEqual({ name: 'Sales Book', audiences: [], reviewEveryDays: 180, maxSpokenWords: 30, chapters: {} });
  });

  it('keeps chapter labels per language', () => {
    expect(SiteConfigSchema.parse({ chapters: { he: { 'first-call': 'שיחה ראשונה' } } }).chapters).toEqual({ he: { 'first-call': 'שיחה ראשונה' } });
  });

  it('rejects a label for a chapter that does not exist', () => {
    expect(rejectedPaths(SiteConfigSchema, { chapters: { en: { 'third-call': 'Third call' } } })).toEqual(['chapters.en']);
  });
});
