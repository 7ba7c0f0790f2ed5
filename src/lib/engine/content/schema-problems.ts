import type { z } from 'astro/zod';
import type { LocatedProblem } from '../problems.ts';
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
  return String(value);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ", or [a, b])',
  object: 'a group of indented fields',
  date: 'a date in the form YYYY-MM-DD',
};

const itemsWord = (n: number | bigint) => `${n} item${n === 1 ? '' : 's'}`;

function describe(issue: Issue, raw: unknown, knownKeys: readonly string[]): { message: string; expected: string } {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (raw === undefined) {
        const name = issue.path[issue.path.length - 1];
        const add = typeof name === 'string' ? `Add “${name}:” followed by ${expected}` : `Add ${expected}`;
        return { message: 'This required field is missing.', expected: `${add}.` };
      }
      return { message: `Found ${show(raw)}, which is not ${expected}.`, expected: `Write ${expected}.` };
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const suggestion = typeof raw === 'string' ? closestName(raw, allowed) : undefined;
      const name = issue.path[issue.path.length - 1];
      if (raw === undefined && typeof name === 'string')
        return { message: 'This required field is missing.', expected: `Add “${name}:” followed by one of: ${allowed.join(', ')}.` };
      return {
        message: `${show(raw)} is not one of the allowed values.`,
        expected: `${suggestion ? `Did you mean “${suggestion}”? ` : ''}Use one of: ${allowed.join(', ')}.`,
      };
    }
    case 'too_small':
      if (issue.origin === 'array')
        return { message: `The list has ${itemsWord(Array.isArray(raw) ? raw.length : 0)}.`, expected: `Give at least ${itemsWord(issue.minimum)}.` };
      if (issue.origin === 'string') return { message: 'The text is empty.', expected: 'Write the text, or remove the field if it is optional.' };
      return { message: `${show(raw)} is too small.`, expected: `Use a number ${issue.inclusive ? 'of at least' : 'above'} ${issue.minimum}.` };
    case 'too_big':
      if (issue.origin === 'array')
        return { message: `The list has ${itemsWord(Array.isArray(raw) ? raw.length : 0)}.`, expected: `Give at most ${itemsWord(issue.maximum)}.` };
      return { message: `${show(raw)} is too large.`, expected: `Use at most ${issue.maximum}.` };
    case 'unrecognized_keys': {
      // schemaProblems splits these per key, so there is exactly one.
      const key = issue.keys[0] ?? '';
      const suggestion = closestName(key, knownKeys);
      return {
        message: `Unknown field “${key}”.`,
        expected: suggestion ? `Did you mean “${suggestion}”? Otherwise remove it.` : 'Remove it, or check its spelling against the content format.',
      };
    }
    case 'invalid_union': {
      const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
      if (options.length > 0 || ('note' in issue && issue.note === 'No matching discriminator'))
        return {
          message: raw === undefined ? 'This required field is missing.' : `${show(raw)} is not a known type.`,
          expected: `Use one of: ${options.map(String).join(', ') || 'the types listed in the content format'}.`,
        };
      return { message: `${show(raw)} does not match any allowed form.`, expected: 'Check the field against the content format.' };
    }
    case 'invalid_format':
      return { message: `${show(raw)} is not in the right form.`, expected: `Write ${issue.message}.` };
    case 'invalid_key': {
      const name = issue.path[issue.path.length - 1];
      const rule = issue.issues[0]?.message;
      return {
        message: `The name “${String(name)}” is not allowed here.`,
        expected: rule && !rule.startsWith('Invalid') ? `Write ${rule}.` : 'Check the name against the content format.',
      };
    }
    case 'custom': {
      const empty = (Array.isArray(raw) && raw.length === 0) || (raw !== null && typeof raw === 'object' && !(raw instanceof Date) && Object.keys(raw).length === 0);
      return { message: empty ? 'It is empty.' : `${show(raw)} is not accepted.`, expected: `Write ${issue.message}.` };
    }
    default:
      return { message: `${show(raw)} is not accepted: ${issue.message}.`, expected: 'Check the field against the content format.' };
  }
}

/** Turns a failed zod parse into one problem per issue, each at the line of the offending YAML value. */
export function schemaProblems(error: z.ZodError, source: YamlSource, knownKeys: readonly string[]): LocatedProblem[] {
  // An unknown field is reported at its own line and under its own name, one problem per field.
  const issues = error.issues.flatMap((issue): Issue[] =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ ...issue, keys: [key], path: [...issue.path, key] })) : [issue],
  );
  return issues.map((issue) => {
    const raw = valueAt(source.data, issue.path);
    const { message, expected } = describe(issue, raw, knownKeys);
    const field = formatPath(issue.path) || 'frontmatter';
    return { code: 'schema', severity: 'error', line: source.lineOf(issue.path), field, message, expected };
  });
}
