import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { schemaFieldNames } from '../../../src/lib/engine/content/schema-fields.ts';
import { schemaProblems } from '../../../src/lib/engine/content/schema-problems.ts';
import { parseYamlSource, splitFrontmatter } from '../../../src/lib/engine/content/yaml-source.ts';
import { problemKinds } from '../../../src/lib/engine/errors.ts';
import type { LocatedProblem } from '../../../src/lib/engine/problems.ts';
import { CompensationSchema } from '../../../src/schemas/compensation.ts';
import { SiteConfigSchema } from '../../../src/schemas/config.ts';
import { ObjectionSchema } from '../../../src/schemas/objection.ts';
import { ScriptsEntrySchema } from '../../../src/schemas/script.ts';
import { StandardsEntrySchema } from '../../../src/schemas/standard.ts';
import { StopPhraseListSchema } from '../../../src/schemas/stop-phrases.ts';
import { anyText, fuzzing, fuzzRuns } from './arbitraries.ts';

const runs = fuzzRuns(200);

// Named, so that a failing case prints the schema's name rather than its whole definition.
const entrySchemas: Record<string, z.ZodType> = { scripts: ScriptsEntrySchema, objections: ObjectionSchema, standards: StandardsEntrySchema };
const dataSchemas: Record<string, z.ZodType> = { stopPhrases: StopPhraseListSchema, compensation: CompensationSchema, config: SiteConfigSchema };

/** The steps the content loader takes for one entry file: split, parse the YAML, validate. */
function loadEntryText(text: string, schema: z.ZodType): { data: unknown } | { problems: LocatedProblem[] } {
  const split = splitFrontmatter(text);
  if ('problem' in split) return { problems: [split.problem] };
  return validate(parseYamlSource(split.yaml, split.yamlLine), schema);
}

function validate(parsed: ReturnType<typeof parseYamlSource>, schema: z.ZodType): { data: unknown } | { problems: LocatedProblem[] } {
  if (!parsed.source) return { problems: parsed.problems };
  const result = schema.safeParse(parsed.source.data);
  return result.success ? { data: result.data } : { problems: schemaProblems(result.error, parsed.source, schemaFieldNames) };
}

function expectLocated(result: { data: unknown } | { problems: LocatedProblem[] }, text: string): void {
  if ('data' in result) return;
  const lines = text.split(/\r?\n/u).length;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(Object.keys(problemKinds)).toContain(problem.code);
    expect(Number.isInteger(problem.line)).toBe(true);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(lines);
    // The field is named as written, and a key may be blank: only the sentences must say something.
    expect(typeof problem.field).toBe('string');
    for (const part of [problem.message, problem.expected]) expect(part.trim()).not.toBe('');
  }
}

// YAML built from the content format's own field names and typical values, then damaged a little,
// so that inputs get past the YAML parser and into the schemas.
const value: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('everyone', 'call', 'scenario', 'phone', 'needs', 'price', '2026-01-31', '', 'rep', 'yes-no-partly', '1-5'),
    fc.string({ maxLength: 12 }),
    fc.integer({ min: -5, max: 500 }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...schemaFieldNames), tie('value'), { maxKeys: 4 }),
  ),
})).value;
const frontmatter = fc.dictionary(fc.oneof(fc.constantFrom(...schemaFieldNames), fc.string({ maxLength: 8 })), value, { maxKeys: 10 });
const damage = fc.array(
  fc.record({ at: fc.nat(), cut: fc.nat({ max: 3 }), insert: fc.constantFrom('', ':', ': ', '\t', '\n', '  ', '- ', '&a ', '*a', '*b', '!!', '"', "'", '{', '[', '#', '---', '\n---\n', '? ', '<<: *a\n') }),
  { maxLength: 3 },
);

function damaged(text: string, edits: readonly { at: number; cut: number; insert: string }[]): string {
  return edits.reduce((out, { at, cut, insert }) => {
    const where = at % (out.length + 1);
    return out.slice(0, where) + insert + out.slice(where + cut);
  }, text);
}

const entryText = fc.oneof(
  anyText(300),
  fc.tuple(frontmatter, damage, fc.string({ maxLength: 40 })).map(([fields, edits, body]) => `---\n${damaged(stringify(fields), edits)}---\n${body}`),
);
const dataText = fc.oneof(
  anyText(300),
  fc.tuple(fc.oneof(value, fc.array(frontmatter, { maxLength: 3 }), frontmatter), damage).map(([data, edits]) => damaged(stringify(data), edits)),
);

describe('frontmatter and YAML validation on any input', fuzzing, () => {
  it('loads any entry file text as data or as problems on lines of the file, never throwing', () => {
    fc.assert(
      fc.property(entryText, fc.constantFrom(...Object.keys(entrySchemas)), (text, name) => {
        expectLocated(loadEntryText(text, entrySchemas[name]!), text);
      }),
      runs,
    );
  });

  it('loads any YAML data file text as data or as problems on lines of the file, never throwing', () => {
    fc.assert(
      fc.property(dataText, fc.constantFrom(...Object.keys(dataSchemas)), (text, name) => {
        expectLocated(validate(parseYamlSource(text, 1), dataSchemas[name]!), text);
      }),
      runs,
    );
  });
});
