import type { z } from 'astro/zod';
import type { LocatedProblem } from '../problems.ts';
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
  date: 'a date written as YYYY-MM-DD',
};

const itemsWord = (n: number | bigint) => `${n} item${n === 1 ? '' : 's'}`;

function describe(issue: Issue, raw: unknown, knownKeys: readonly string[]): { message: string; expected: string } {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (raw === undefined) return { message: 'This required field is missing.', expected: `Add it, with ${expected}.` };
      return { message: `Found ${show(raw)}, which is not ${expected}.`, expected: `Write ${expected}.` };
    }
    case 'invalid_value':
      return {
        message: `${show(raw)} is not one of the allowed values.`,
        expected: `Use one of: ${issue.values.map(String).join(', ')}.`,
      };
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
      const suggestions = issue.keys.map((key) => closest(key, knownKeys)).filter((s): s is string => Boolean(s));
      return {
        message: `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `“${k}”`).join(', ')}.`,
        expected: suggestions.length > 0 ? `Did you mean ${suggestions.map((s) => `“${s}”`).join(', ')}? Otherwise remove it.` : 'Remove it, or check its spelling against the content format.',
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
    default:
      return { message: `${show(raw)} is not accepted: ${issue.message}.`, expected: 'Check the field against the content format.' };
  }
}

/** Edit distance, to suggest the field an author probably meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

function closest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Turns a failed zod parse into one problem per issue, each at the line of the offending YAML value. */
export function schemaProblems(error: z.ZodError, source: YamlSource, knownKeys: readonly string[]): LocatedProblem[] {
  return error.issues.map((issue) => {
    const raw = valueAt(source.data, issue.path);
    const { message, expected } = describe(issue, raw, knownKeys);
    const field = formatPath(issue.path) || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : 'frontmatter');
    return { code: 'schema', severity: 'error', line: source.lineOf(issue.path), field, message, expected };
  });
}
