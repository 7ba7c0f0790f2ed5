import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../../../src/lib/engine/content/schema-problems.ts';
import type { YamlSource } from '../../../../src/lib/engine/content/yaml-source.ts';

/** The one problem a value earns against a schema, with the value read as YAML would give it. */
function problemOf(schema: z.ZodType, data: unknown, knownKeys: readonly string[] = []) {
  const result = schema.safeParse(data);
  if (result.success) throw new Error('expected the value to fail');
  const source = { data, lineOf: () => 7 } as unknown as YamlSource;
  const problems = schemaProblems(result.error, source, knownKeys);
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

describe('schemaProblems names the wrong value in words an author reads', () => {
  it.each([
    ['a number', 5, '5'],
    ['a long text, shortened', 'x'.repeat(80), `“${'x'.repeat(57)}…”`],
    ['a list', [1], 'a list'],
    ['an empty value', null, 'an empty value'],
    ['a group of fields', { a: 1 }, 'a group of fields'],
    ['a date', new Date('2026-01-02'), '2026-01-02'],
    ['an invalid date', new Date('nonsense'), 'an invalid date'],
  ])('shows %s found where a yes/no belongs', (_name, value, shown) => {
    const problem = problemOf(z.object({ flag: z.boolean() }), { flag: value });
    expect(problem).toMatchObject({ field: 'flag', line: 7, message: `Found ${shown}, which is not true or false.`, expected: 'Write true or false.' });
  });

  it('asks for a whole number in words when a fraction is written', () => {
    const problem = problemOf(z.object({ days: z.number().int() }), { days: 1.5 });
    expect(problem).toMatchObject({ field: 'days', message: 'Found 1.5, which is not a whole number, e.g. 90.', expected: 'Write a whole number, e.g. 90.' });
  });

  it.each([
    ['.nan', Number.NaN, '.nan (not a number)'],
    ['.inf', Number.POSITIVE_INFINITY, '.inf (an endless number)'],
  ])('names YAML’s %s as written, not as JavaScript prints it', (_name, value, shown) => {
    const problem = problemOf(z.object({ flag: z.boolean() }), { flag: value });
    expect(problem.message).toBe(`Found ${shown}, which is not true or false.`);
  });

  it('asks for the missing item of a list by its kind when it has no field name', () => {
    const problem = problemOf(z.array(z.string()), [undefined]);
    expect(problem).toMatchObject({ field: '[0]', message: 'This required field is missing.', expected: 'Add a text.' });
  });

  it('lists the allowed values without a guess when the value is not a text', () => {
    const problem = problemOf(z.object({ level: z.enum(['low', 'high']) }), { level: 3 });
    expect(problem).toMatchObject({ message: '3 is not one of the allowed values.', expected: 'Use one of: low, high.' });
  });

  it('says a text is empty when it must have at least one character', () => {
    expect(problemOf(z.object({ name: z.string().min(1) }), { name: '' })).toMatchObject({ message: 'The text is empty.' });
  });

  it('gives the lower bound of a number, inclusive or not', () => {
    expect(problemOf(z.number().min(2), 1)).toMatchObject({ message: '1 is too small.', expected: 'Use a number of at least 2.' });
    expect(problemOf(z.number().gt(2), 2)).toMatchObject({ expected: 'Use a number above 2.' });
  });

  it('gives the upper bound of a list and of a number', () => {
    expect(problemOf(z.array(z.string()).max(1), ['a', 'b'])).toMatchObject({ message: 'The list has 2 items.', expected: 'Give at most 1 item.' });
    expect(problemOf(z.number().max(3), 9)).toMatchObject({ message: '9 is too large.', expected: 'Use at most 3.' });
  });

  it('asks to remove an unknown field that resembles no known one', () => {
    const problem = problemOf(z.strictObject({ title: z.string() }), { title: 'T', zzzzqq: 1 }, ['title']);
    expect(problem).toMatchObject({
      field: 'zzzzqq',
      message: 'Unknown field “zzzzqq”.',
      expected: 'Remove it, or check its spelling against the content format.',
    });
  });

  it('says a value matches none of the forms of a plain union', () => {
    const problem = problemOf(z.object({ when: z.union([z.string(), z.number()]) }), { when: true });
    expect(problem).toMatchObject({ message: 'true does not match any allowed form.', expected: 'Check the field against the content format.' });
  });

  it('lists the known types when a discriminated entry has an unknown type', () => {
    const schema = z.discriminatedUnion('type', [z.object({ type: z.literal('call') }), z.object({ type: z.literal('scenario') })]);
    const problem = problemOf(schema, { type: 'memo' });
    expect(problem.message).toBe('“memo” is not a known type.');
    expect(problem.expected).toMatch(/^Use one of: /u);
  });

  it('explains the expected form of a text that must match a pattern', () => {
    const problem = problemOf(z.object({ id: z.string().regex(/^[a-z]+$/u, 'lowercase letters') }), { id: 'ABC' });
    expect(problem).toMatchObject({ message: '“ABC” is not in the right form.', expected: 'Write lowercase letters.' });
  });

  it('explains which names a keyed group allows', () => {
    const schema = z.record(z.string().regex(/^[a-z]+$/u, 'a name in lowercase letters'), z.string());
    const problem = problemOf(schema, { ABC: 'x' });
    expect(problem.message).toBe('The name “ABC” is not allowed here.');
    expect(problem.expected).toBe('Write a name in lowercase letters.');
  });

  it('says an empty list or group is empty when a rule needs content', () => {
    const rule = 'at least one entry';
    expect(problemOf(z.object({ tags: z.array(z.string()).refine((a) => a.length > 0, rule) }), { tags: [] })).toMatchObject({
      message: 'It is empty.',
      expected: `Write ${rule}.`,
    });
    expect(problemOf(z.object({ roles: z.record(z.string(), z.string()).refine((r) => Object.keys(r).length > 0, rule) }), { roles: {} })).toMatchObject({
      message: 'It is empty.',
    });
    expect(problemOf(z.object({ n: z.number().refine((n) => n % 2 === 0, 'an even number') }), { n: 3 })).toMatchObject({ message: '3 is not accepted.' });
  });

  it('falls back to the rule’s own words for any other kind of problem', () => {
    const problem = problemOf(z.object({ step: z.number().multipleOf(5) }), { step: 7 });
    expect(problem.message).toMatch(/^7 is not accepted: /u);
    expect(problem.expected).toBe('Check the field against the content format.');
  });
});
