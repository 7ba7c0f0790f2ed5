import { describe, expect, it } from 'vitest';
import { actualType, idsOfType, indexPlaybook, lookup, otherLanguagesWith, unreadableTargets } from '../../src/lib/engine/playbook-index.ts';
import { validPlaybook } from './content/valid-playbook.ts';

const index = () => indexPlaybook(validPlaybook().entries);

describe('indexPlaybook', () => {
  it('addresses a speech module by its script page and its own anchor', () => {
    expect(lookup(index(), 'he', 'module', 'greet-gatekeeper')?.url).toBe('/he/scripts/gatekeeper-call/#greet-gatekeeper');
  });

  it('gives every collection its own address', () => {
    const urls = (['objection:too-expensive', 'standard:last-method', 'scenario:cold-call-roleplay', 'script:contact-call'] as const).map((key) => {
      const [type, id] = key.split(':') as ['objection' | 'standard' | 'scenario' | 'script', string];
      return lookup(index(), 'ru', type, id)?.url;
    });
    expect(urls).toEqual(['/ru/objections/too-expensive/', '/ru/standards/last-method/', '/ru/scenarios/cold-call-roleplay/', '/ru/scripts/contact-call/']);
  });

  it('does not index a scenario as a script', () => {
    expect(lookup(index(), 'en', 'script', 'cold-call-roleplay')).toBeUndefined();
  });

  it('keeps the languages apart', () => {
    expect(lookup(index(), 'zh', 'script', 'contact-call')).toBeUndefined();
    expect(otherLanguagesWith(index(), 'zh', 'script', 'contact-call')).toEqual(['en', 'he', 'ru']);
  });

  it('tells which type an id really has in a language', () => {
    expect(actualType(index(), 'en', 'too-expensive')).toBe('objection');
    expect(actualType(index(), 'en', 'nothing-here')).toBeUndefined();
  });

  it('lists the ids of one type in one language', () => {
    expect(idsOfType(index(), 'zh', 'module').sort()).toEqual(['ask-for-buyer', 'greet-gatekeeper']);
  });
});

describe('unreadableTargets', () => {
  it('covers every way a script file that failed to load could be linked', () => {
    const keys = unreadableTargets([
      { collection: 'scripts', lang: 'en', id: 'broken', file: 'scripts/en/broken.mdx', absPath: '/book/scripts/en/broken.mdx', moduleIds: ['hello'] },
      { collection: 'objections', lang: 'ru', id: 'too-late', file: 'objections/ru/too-late.mdx', absPath: '/book/objections/ru/too-late.mdx', moduleIds: [] },
    ]);
    expect([...keys].sort()).toEqual(['en:module:hello', 'en:scenario:broken', 'en:script:broken', 'ru:objection:too-late']);
  });
});
