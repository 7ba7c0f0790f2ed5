import { describe, expect, it } from 'vitest';
import { urls } from '../../../src/lib/engine/urls.ts';

describe('urls', () => {
  it('gives every page an address under its language, ending in a slash', () => {
    expect([
      urls.root(), urls.home('en'), urls.script('en', 'a'), urls.scenarios('en'), urls.scenario('en', 'b'), urls.objections('en'),
      urls.objection('en', 'c'), urls.standards('en'), urls.standard('en', 'd'), urls.stopPhrases('en'), urls.phraseCheck('en'),
      urls.compensation('en'), urls.search('en'), urls.print('en'),
    ]).toEqual([
      '/', '/en/', '/en/scripts/a/', '/en/scenarios/', '/en/scenarios/b/', '/en/objections/', '/en/objections/c/', '/en/standards/',
      '/en/standards/d/', '/en/stop-phrases/', '/en/phrase-check/', '/en/compensation/', '/en/search/', '/en/print/',
    ]);
  });

  it('addresses a speech module as an anchor on its script page', () => {
    expect(urls.module('ru', 'cold-call', 'greet')).toBe('/ru/scripts/cold-call/#greet');
  });
});
