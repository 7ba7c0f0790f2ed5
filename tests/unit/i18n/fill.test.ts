import { describe, expect, it } from 'vitest';
import { fill, fillParts } from '../../../src/lib/i18n/fill.ts';

describe('fill', () => {
  it('fills named placeholders', () => {
    expect(fill('Showing {shown} of {total}', { shown: 2, total: 13 })).toBe('Showing 2 of 13');
  });

  it('leaves unknown placeholders as written', () => {
    expect(fill('{role} — {what}', { role: 'Client' })).toBe('Client — {what}');
  });

  it('keeps the values apart from the text, so a page can isolate each value', () => {
    expect(fillParts('מוצגות {shown} מתוך {total}', { shown: 2, total: 13 })).toEqual([
      { text: 'מוצגות ' }, { value: '2' }, { text: ' מתוך ' }, { value: '13' },
    ]);
  });
});
