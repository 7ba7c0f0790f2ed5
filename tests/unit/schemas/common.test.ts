import { describe, expect, it } from 'vitest';
import { EntryBaseSchema, IdSchema, TextSchema } from '../../../src/schemas/common.ts';
import { base, rejectedPaths } from './parse.ts';

describe('IdSchema', () => {
  it('accepts lowercase letters, digits and single hyphens', () => {
    for (const id of ['a', 'too-expensive', 'step-2', '42']) expect(IdSchema.safeParse(id).success, id).toBe(true);
  });

  it('rejects capitals, spaces, underscores, doubled and edge hyphens', () => {
    for (const id of ['Too-expensive', 'too expensive', 'too_expensive', 'too--expensive', '-a', 'a-', '']) expect(IdSchema.safeParse(id).success, id).toBe(false);
  });
});

describe('TextSchema', () => {
  it('trims the text', () => {
    expect(TextSchema.parse('  Hello  ')).toBe('Hello');
  });

  it('rejects text that is only spaces', () => {
    expect(TextSchema.safeParse('   ').success).toBe(false);
  });
});

describe('EntryBaseSchema', () => {
  it('fills in audience, tags and draft when they are left out', () => {
    expect(EntryBaseSchema.parse(base)).toEqual({
      title: 'T',
      summary: 'S.',
      owner: 'Team',
      reviewed: new Date('2026-10-01'),
      audience: ['everyone'],
      tags: [],
      draft: false,
    });
  });

  it('reads a YAML date as well as a date string', () => {
    expect(EntryBaseSchema.parse({ ...base, reviewed: new Date('2026-01-31') }).reviewed).toEqual(new Date('2026-01-31'));
  });

  it('rejects a review date that is not a date', () => {
    expect(rejectedPaths(EntryBaseSchema, { ...base, reviewed: 'last spring' })).toEqual(['reviewed']);
  });

  it('rejects review dates that would silently become another day', () => {
    for (const reviewed of [null, 2026, '12.10.2026', '2026-02-30', '2026-1-5']) expect(rejectedPaths(EntryBaseSchema, { ...base, reviewed }), String(reviewed)).toEqual(['reviewed']);
  });

  it('names every missing required field', () => {
    expect(rejectedPaths(EntryBaseSchema, { reviewed: '2026-10-01' })).toEqual(['title', 'summary', 'owner']);
  });

  it('rejects an unknown field', () => {
    const result = EntryBaseSchema.safeParse({ ...base, titel: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['titel'] });
  });

  it('rejects an empty audience list and a review interval that is not a positive whole number', () => {
    expect(rejectedPaths(EntryBaseSchema, { ...base, audience: [], reviewEveryDays: 0 })).toEqual(['reviewEveryDays', 'audience']);
  });
});
