import { describe, expect, it } from 'vitest';
import { anchorIds, slugify } from '../../../src/lib/engine/anchor-id.ts';

describe('slugify', () => {
  it('drops apostrophes and joins words with hyphens', () => {
    expect(slugify("I'll try")).toBe('ill-try');
    expect(slugify('That’s not my department!')).toBe('thats-not-my-department');
  });

  it('keeps letters of other scripts', () => {
    expect(slugify('Я не знаю')).toBe('я-не-знаю');
    expect(slugify('אני אנסה')).toBe('אני-אנסה');
  });
});

describe('anchorIds', () => {
  it('prefixes each phrase', () => {
    expect(anchorIds('stop', ['No', 'Calm down'])).toEqual(['stop-no', 'stop-calm-down']);
  });

  it('numbers repeated phrases so every anchor is unique', () => {
    expect(anchorIds('stop', ['No', 'no', 'No!'])).toEqual(['stop-no', 'stop-no-2', 'stop-no-3']);
  });

  it('uses the position for a phrase without letters', () => {
    expect(anchorIds('stop', ['Calm down', '…'])).toEqual(['stop-calm-down', 'stop-2']);
  });
});
