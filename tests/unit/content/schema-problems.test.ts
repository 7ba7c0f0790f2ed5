import { describe, expect, it } from 'vitest';
import { schemaFieldNames } from '../../../src/lib/engine/content/schema-fields.ts';
import { formatPath, schemaProblems } from '../../../src/lib/engine/content/schema-problems.ts';
import { parseYamlSource } from '../../../src/lib/engine/content/yaml-source.ts';
import { ObjectionSchema } from '../../../src/schemas/objection.ts';
import { ScriptsEntrySchema } from '../../../src/schemas/script.ts';

const head = 'title: T\nsummary: S.\nowner: Team\nreviewed: 2026-10-01\n';

/** The problems the check reports for frontmatter that starts on line 2 of its file. */
function problemsFor(schema: typeof ScriptsEntrySchema | typeof ObjectionSchema, yaml: string) {
  const source = parseYamlSource(yaml, 2).source!;
  const result = schema.safeParse(source.data);
  if (result.success) return [];
  return schemaProblems(result.error, source, schemaFieldNames).map(({ line, field, message, expected }) => ({ line, field, message, expected }));
}

const call = `${head}type: call\nchapter: first-call\nchannels: [phone]\ngoal: Reach the buyer.\nmodules:\n  - id: greet\n    stage: opening\n    intent: Say hello\n    variants: [Hello!]\n`;
const scenario = `${head}type: scenario\nchannels: [phone]\nkind: cold-call\nroles:\n  rep: Rep\n`;

describe('formatPath', () => {
  it('writes a path the way authors read it', () => {
    expect(formatPath(['modules', 2, 'variants', 0])).toBe('modules[2].variants[0]');
    expect(formatPath([0, 'match'])).toBe('[0].match');
  });
});

describe('schemaProblems', () => {
  it('suggests the field an author meant by a misspelt one, at its line', () => {
    expect(problemsFor(ScriptsEntrySchema, call.replace('    intent: Say hello\n', '    intent: Say hello\n    notes: Smile.\n'))).toEqual([
      { line: 14, field: 'modules[0].notes', message: 'Unknown field “notes”.', expected: 'Did you mean “note”? Otherwise remove it.' },
    ]);
  });

  it('reports each unknown field on its own line', () => {
    expect(problemsFor(ScriptsEntrySchema, `${call}colour: red\nsumary: x\n`).map((p) => [p.line, p.field, p.expected])).toEqual([
      [15, 'colour', 'Remove it, or check its spelling against the content format.'],
      [16, 'sumary', 'Did you mean “summary”? Otherwise remove it.'],
    ]);
  });

  it('names a missing field and how to add it', () => {
    expect(problemsFor(ScriptsEntrySchema, call.replace('goal: Reach the buyer.\n', ''))).toEqual([
      { line: 2, field: 'goal', message: 'This required field is missing.', expected: 'Add “goal:” followed by a text.' },
    ]);
  });

  it('names a missing field that takes one of fixed values, with the values', () => {
    expect(problemsFor(ScriptsEntrySchema, call.replace('chapter: first-call\n', ''))).toEqual([
      { line: 2, field: 'chapter', message: 'This required field is missing.', expected: 'Add “chapter:” followed by one of: first-call, second-call, offer, relationship, difficult.' },
    ]);
  });

  it('suggests the allowed value closest to a wrong one', () => {
    expect(problemsFor(ScriptsEntrySchema, call.replace('stage: opening', 'stage: openin'))).toEqual([
      {
        line: 12,
        field: 'modules[0].stage',
        message: '“openin” is not one of the allowed values.',
        expected: 'Did you mean “opening”? Use one of: opening, rapport, needs, presentation, objection, agreement, closing, follow-up.',
      },
    ]);
  });

  it('lists the allowed values without a guess when nothing is close', () => {
    expect(problemsFor(ScriptsEntrySchema, call.replace('chapter: first-call', 'chapter: pricing'))[0]?.expected).toBe(
      'Use one of: first-call, second-call, offer, relationship, difficult.',
    );
  });

  it('explains a value of the wrong kind', () => {
    expect(problemsFor(ScriptsEntrySchema, call.replace('channels: [phone]', 'channels: phone'))).toEqual([
      { line: 8, field: 'channels', message: 'Found “phone”, which is not a list (lines starting with "- ", or [a, b]).', expected: 'Write a list (lines starting with "- ", or [a, b]).' },
    ]);
  });

  it('counts the items of a list that is too short', () => {
    expect(problemsFor(ScriptsEntrySchema, call.replace('variants: [Hello!]', 'variants: []'))).toEqual([
      { line: 14, field: 'modules[0].variants', message: 'The list has 0 items.', expected: 'Give at least 1 item.' },
    ]);
  });

  it('explains what an id looks like', () => {
    expect(problemsFor(ScriptsEntrySchema, call.replace('id: greet', 'id: Greet Them'))).toEqual([
      {
        line: 11,
        field: 'modules[0].id',
        message: '“Greet Them” is not in the right form.',
        expected: 'Write an id of lowercase letters, digits and single hyphens, e.g. "pass-the-gatekeeper".',
      },
    ]);
  });

  it('explains a date that cannot be read', () => {
    expect(problemsFor(ScriptsEntrySchema, call.replace('reviewed: 2026-10-01', 'reviewed: 01.10.2026'))).toEqual([
      { line: 5, field: 'reviewed', message: 'Found “01.10.2026”, which is not a date in the form YYYY-MM-DD.', expected: 'Write a date in the form YYYY-MM-DD.' },
    ]);
  });

  it('lists the types when the type is unknown', () => {
    expect(problemsFor(ScriptsEntrySchema, call.replace('type: call', 'type: email'))).toEqual([
      { line: 6, field: 'type', message: '“email” is not a known type.', expected: 'Use one of: call, scenario.' },
    ]);
  });

  it('explains a role name that is not an id', () => {
    expect(problemsFor(ScriptsEntrySchema, scenario.replace('  rep: Rep', '  Sales Rep: Rep'))).toEqual([
      {
        line: 10,
        field: 'roles.Sales Rep',
        message: 'The name “Sales Rep” is not allowed here.',
        expected: 'Write an id of lowercase letters, digits and single hyphens, e.g. "pass-the-gatekeeper".',
      },
    ]);
  });

  it('explains an empty group of roles', () => {
    expect(problemsFor(ScriptsEntrySchema, scenario.replace('roles:\n  rep: Rep\n', 'roles: {}\n'))).toEqual([
      { line: 9, field: 'roles', message: 'It is empty.', expected: 'Write at least one role, e.g. rep: Sales manager.' },
    ]);
  });

  it('reports too many responses with the count', () => {
    const responses = Array.from({ length: 5 }, (_, i) => `  - technique: t\n    text: Answer ${i}.\n`).join('');
    const yaml = `${head}category: price\nstages: [opening]\nchannels: [phone]\nresponses:\n${responses}`;
    expect(problemsFor(ObjectionSchema, yaml)).toEqual([{ line: 9, field: 'responses', message: 'The list has 5 items.', expected: 'Give at most 4 items.' }]);
  });
});
