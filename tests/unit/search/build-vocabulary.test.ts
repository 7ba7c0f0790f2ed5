import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../../src/lib/search/records/documents.ts';
import { buildVocabularies } from '../../../src/lib/search/records/vocabulary.ts';

const doc = (lang: string, ...texts: string[]): SearchDocument => ({ lang, url: `/${lang}/x/`, type: 'module', title: texts[0] ?? '', filters: {}, parts: texts.map((text) => ({ kind: 'variant', text })) });
const words = (files: Map<string, Uint8Array>, lang: string) => gunzipSync(files.get(lang)!).toString('utf8').split('\n').filter(Boolean);

describe('the vocabulary the build writes for correcting slips', () => {
  it('holds each language’s words apart, folded as the search compares them', () => {
    const files = buildVocabularies([doc('en', "It's too expensive"), doc('ru', 'Это слишком дорого, ещё')]);
    expect(words(files, 'en').sort()).toEqual(['expensive', 'its', 'too']);
    expect(words(files, 'ru').sort()).toEqual(['дорого', 'еще', 'слишком', 'это']);
  });

  it('lists the words of most records first', () => {
    const files = buildVocabularies([doc('en', 'pallet price'), doc('en', 'pallet delivery'), doc('en', 'pallet delivery'), doc('en', 'pallet')]);
    expect(words(files, 'en')).toEqual(['pallet', 'delivery', 'price']);
  });

  it('leaves out numbers, words of one or two letters and text written without spaces', () => {
    expect(words(buildVocabularies([doc('en', 'a 15 pallets of 2')]), 'en')).toEqual(['pallets']);
    expect(words(buildVocabularies([doc('zh', '太贵了 CRM')]), 'zh')).toEqual(['crm']);
  });

  it('leaves out the rarest words when the list would weigh more than its limit', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `w${(i * 7919).toString(36)}q${i.toString(36)}`).join(' ');
    const files = buildVocabularies([doc('en', `common ${many}`), doc('en', 'common')], 4096);
    expect(files.get('en')!.length).toBeLessThanOrEqual(4096);
    const kept = words(files, 'en');
    expect(kept[0]).toBe('common');
    expect(kept.length).toBeGreaterThan(100);
    expect(kept.length).toBeLessThan(3001);
  });
});
