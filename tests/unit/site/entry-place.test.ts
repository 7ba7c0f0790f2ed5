import { describe, expect, it } from 'vitest';
import { entryPlace, type PlaceNames } from '../../../src/lib/handbook/entry-place.ts';

const names: PlaceNames = { objections: 'Objections', scenarios: 'Role-plays', standards: 'Standards', chapter: (key) => `Chapter ${key}` };

describe('entryPlace', () => {
  it('puts a call script under its chapter of the book', () => {
    const place = entryPlace({ collection: 'scripts', lang: 'en', data: { type: 'call', chapter: 'offer' } }, names);
    expect(place.section).toBe('book');
    expect(place.parent).toEqual({ title: 'Chapter offer', href: '/en/#chapter-offer' });
    expect(place.href('ru', 'price-talk')).toBe('/ru/scripts/price-talk/');
  });

  it('puts a scenario under the role-plays, not under a chapter', () => {
    const place = entryPlace({ collection: 'scripts', lang: 'he', data: { type: 'scenario', chapter: 'scenarios' } }, names);
    expect(place).toMatchObject({ section: 'scenarios', parent: { title: 'Role-plays', href: '/he/scenarios/' } });
    expect(place.href('he', 'cold-call')).toBe('/he/scenarios/cold-call/');
  });

  it('puts objections and standards under their indexes', () => {
    expect(entryPlace({ collection: 'objections', lang: 'ru', data: {} }, names).parent).toEqual({ title: 'Objections', href: '/ru/objections/' });
    expect(entryPlace({ collection: 'standards', lang: 'zh', data: { type: 'checklist' } }, names).parent).toEqual({ title: 'Standards', href: '/zh/standards/' });
  });
});
