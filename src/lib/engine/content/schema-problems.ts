import type { z } from 'astro/zod';
import type { ProblemArgs } from '../errors.ts';
import { problem, type LocatedProblem } from '../problems.ts';
import { closestName } from './closest-name.ts';
import type { YamlSource } from './yaml-source.ts';

type Issue = z.core.$ZodIssue;

/** Formats a zod path the way authors read it: `modules[2].variants[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function show(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return `“${value.length > 60 ? `${value.slice(0, 57)}…` : value}”`;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'an empty value';
  if (typeof value === 'object') return 'a group of fields';
  // YAML's .nan and .inf are numbers to JavaScript, not to an author.
  if (typeof value === 'number' && Number.isNaN(value)) return '.nan (not a number)';
  if (typeof value === 'number' && !Number.isFinite(value)) return `${value > 0 ? '' : '-'}.inf (an endless number)`;
  if (value === undefined) return 'nothing';
  return String(value);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ", or [a, b])',
  object: 'a group of indented fields',
  date: 'a date in the form YYYY-MM-DD',
  // zod names whole numbers "int".
  int: 'a whole number, e.g. 90',
};

function describe(issue: Issue, raw: unknown, knownKeys: readonly string[]): ProblemArgs<'schema'> {
  switch (issue.code) {
    case 'invalid_type': {
      const expectedWords = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (raw === undefined) {
        const name = issue.path[issue.path.length - 1];
        return { case: 'missing', name: typeof name === 'string' ? name : undefined, expectedWords };
      }
      return { case: 'wrong-type', shown: show(raw), expectedWords };
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const name = issue.path[issue.path.length - 1];
      // A missing field with fixed values says which values it takes.
      if (raw === undefined && typeof name === 'string') return { case: 'missing', name, expectedWords: `one of: ${allowed.join(', ')}` };
      return { case: 'not-allowed', shown: show(raw), allowed, suggestion: typeof raw === 'string' ? closestName(raw, allowed) : undefined };
    }
    case 'too_small':
      if (issue.origin === 'array') return { case: 'list-too-short', count: Array.isArray(raw) ? raw.length : 0, minimum: issue.minimum };
      if (issue.origin === 'string') return { case: 'empty-text' };
      return { case: 'number-too-small', shown: show(raw), minimum: issue.minimum, inclusive: issue.inclusive === true };
    case 'too_big':
      if (issue.origin === 'array') return { case: 'list-too-long', count: Array.isArray(raw) ? raw.length : 0, maximum: issue.maximum };
      return { case: 'too-large', shown: show(raw), maximum: issue.maximum };
    case 'unrecognized_keys': {
      // schemaProblems splits these per key, so there is exactly one.
      const key = issue.keys[0] ?? '';
      return { case: 'unknown-field', key, suggestion: closestName(key, knownKeys) };
    }
    case 'invalid_union': {
      const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
      if (options.length > 0 || ('note' in issue && issue.note === 'No matching discriminator'))
        return { case: 'unknown-type', shown: raw === undefined ? undefined : show(raw), options: options.map(String) };
      return { case: 'no-form-matches', shown: show(raw) };
    }
    case 'invalid_format':
      return { case: 'wrong-form', shown: show(raw), rule: issue.message };
    case 'invalid_key': {
      const rule = issue.issues[0]?.message;
      return { case: 'name-not-allowed', name: String(issue.path[issue.path.length - 1]), rule: rule && !rule.startsWith('Invalid') ? rule : undefined };
    }
    case 'custom': {
      const empty = (Array.isArray(raw) && raw.length === 0) || (raw !== null && typeof raw === 'object' && !(raw instanceof Date) && Object.keys(raw).length === 0);
      return { case: 'not-accepted', shown: empty ? undefined : show(raw), rule: issue.message };
    }
    default:
      return { case: 'other', shown: show(raw), reason: issue.message };
  }
}

/** Turns a failed zod parse into one problem per issue, each at the line of the offending YAML value. */
export function schemaProblems(error: z.ZodError, source: YamlSource, knownKeys: readonly string[]): LocatedProblem[] {
  // An unknown field is reported at its own line and under its own name, one problem per field.
  const issues = error.issues.flatMap((issue): Issue[] =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ ...issue, keys: [key], path: [...issue.path, key] })) : [issue],
  );
  return issues.map((issue) =>
    problem('schema', describe(issue, valueAt(source.data, issue.path), knownKeys), { line: source.lineOf(issue.path), field: formatPath(issue.path) || 'frontmatter' }),
  );
}
