import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../../src/lib/search/records/documents.ts';
import { buildVocabularies, MAX_VOCABULARY_WORDS } from '../../../src/lib/search/records/vocabulary.ts';

const doc = (lang: string, ...texts: string[]): SearchDocument => ({ lang, url: `/${lang}/x/`, type: 'module', title: texts[0] ?? '', filters: {}, parts: texts.map((text) => ({ kind: 'variant', text })) });

describe('the vocabulary the build writes for correcting slips', () => {
  it('holds each language’s words apart, folded as the search compares them', () => {
    const vocabularies = buildVocabularies([doc('en', "It's too expensive"), doc('ru', 'Это слишком дорого, ещё')]);
    expect(vocabularies.get('en')!.split('\n').sort()).toEqual(['expensive', 'its', 'too']);
    expect(vocabularies.get('ru')!.split('\n').sort()).toEqual(['дорого', 'еще', 'слишком', 'это']);
  });

  it('lists the words of most records first', () => {
    const vocabularies = buildVocabularies([doc('en', 'pallet price'), doc('en', 'pallet delivery'), doc('en', 'pallet delivery')]);
    expect(vocabularies.get('en')!.split('\n')).toEqual(['pallet', 'delivery', 'price']);
  });

  it('leaves out numbers, words of one or two letters and text written without spaces', () => {
    expect(buildVocabularies([doc('zh', '太贵了 CRM'), doc('en', 'a 15 pallets of 2')]).get('en')).toBe('pallets');
    expect(buildVocabularies([doc('zh', '太贵了 CRM')]).get('zh')).toBe('crm');
  });

  it('keeps at most its limit of words', () => {
    const words = Array.from({ length: MAX_VOCABULARY_WORDS + 10 }, (_, i) => `word${i.toString(36)}x`).join(' ');
    expect(buildVocabularies([doc('en', words)]).get('en')!.split('\n')).toHaveLength(MAX_VOCABULARY_WORDS);
  });
});
