import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { en } from '../../../src/lib/i18n/builtin/index.ts';
import { InterfaceTextSchema } from '../../../src/schemas/interface-text.ts';

describe('the schema of ui/<lang>.yaml', () => {
  it('has a group for every group of the interface', () => {
    expect(Object.keys(InterfaceTextSchema.shape)).toEqual(Object.keys(en));
  });

  it('tells editors the English text and the placeholders of each key', () => {
    const json = z.toJSONSchema(InterfaceTextSchema, { io: 'input', unrepresentable: 'any' }) as { properties: Record<string, { properties: Record<string, { description?: string }> }> };
    expect(json.properties.objections?.properties.filterStatus?.description).toBe('English: “Showing {shown} of {total}”. Keep {shown}, {total}: the page fills them in.');
    expect(json.properties.checklist?.properties.points?.description).toMatch(/^Forms by plural category .*, chosen by \{possible\}\./u);
  });

  it('accepts a partial file and refuses an unknown plural form', () => {
    expect(InterfaceTextSchema.safeParse({ site: { search: 'Suche' }, search: { results: { one: '{count} Treffer', other: '{count} Treffer' } } }).success).toBe(true);
    expect(InterfaceTextSchema.safeParse({ search: { results: { one: 'x', other: 'y', plenty: 'z' } } }).success).toBe(false);
  });
});
