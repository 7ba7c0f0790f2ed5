import { closestName } from '../engine/content/closest-name.ts';
import { problem, type LocatedProblem } from '../engine/problems.ts';
import { en } from './builtin/en.ts';
import { dictionaryEntries, placeholdersOf, type InterfaceLeaf, type PartialDictionary } from './dictionary.ts';
import { pluralCategories } from './plural.ts';

type LineOf = (path: readonly PropertyKey[]) => number | undefined;

const groups = en as unknown as Record<string, Record<string, InterfaceLeaf>>;
const allKeys = dictionaryEntries(en).map(([key]) => key);

/** Where an unknown key probably belongs: a misspelt group or key, or the same key in the groups that have it. */
function suggestion(group: string | undefined, key: string): string | undefined {
  const known = group === undefined ? Object.keys(groups) : Object.keys(groups[group] ?? {});
  const name = closestName(key, known);
  if (name) return `“${name}”`;
  const holders = Object.keys(groups).filter((candidate) => candidate !== group && key in groups[candidate]!);
  return holders.length > 0 ? `“${key}” under ${holders.map((holder) => `“${holder}”`).join(' or ')}` : undefined;
}

/**
 * Groups and keys a ui file gives that the interface does not have, each with a guess at what was
 * meant, and the data without them (so the rest of the file can still be checked and used).
 */
export function unknownInterfaceKeys(data: unknown, lineOf: LineOf): { problems: LocatedProblem[]; known: unknown } {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { problems: [], known: data };
  const problems: LocatedProblem[] = [];
  const report = (path: string[], group: string | undefined, key: string) => {
    const guess = suggestion(group, key);
    problems.push(problem('interface-text-unknown', { name: path.join('.'), ...(guess ? { guess } : {}) }, { line: lineOf(path), field: path.join('.') }));
  };
  const known: Record<string, unknown> = {};
  for (const [group, texts] of Object.entries(data)) {
    if (!(group in groups)) {
      report([group], undefined, group);
      continue;
    }
    if (texts === null || typeof texts !== 'object' || Array.isArray(texts)) {
      known[group] = texts;
      continue;
    }
    const kept: Record<string, unknown> = {};
    for (const [key, text] of Object.entries(texts)) {
      if (key in groups[group]!) kept[key] = text;
      else report([group, key], group, key);
    }
    known[group] = kept;
  }
  return { problems, known };
}

/** Placeholders a text uses that its English text never fills: they would show as written. */
export function unknownPlaceholders(texts: PartialDictionary, lineOf: LineOf): LocatedProblem[] {
  return dictionaryEntries(texts).flatMap(([key, text]) => {
    const [group = '', name = ''] = key.split('.');
    const known = placeholdersOf(groups[group]![name]!);
    return placeholdersOf(text)
      .filter((placeholder) => !known.includes(placeholder))
      .map((placeholder): LocatedProblem => {
        const guess = closestName(placeholder, known);
        return problem('interface-text-placeholder', { placeholder, known, ...(guess ? { guess } : {}) }, { line: lineOf([group, name]), field: key });
      });
  });
}

/** Counted texts that lack a form the language needs (Russian needs one, few, many and other). */
export function missingPluralForms(lang: string, texts: PartialDictionary, lineOf: LineOf): LocatedProblem[] {
  const needed = pluralCategories(lang);
  return dictionaryEntries(texts).flatMap(([key, text]) => {
    if (typeof text === 'string') return [];
    const missing = needed.filter((category) => !(category in text));
    if (missing.length === 0) return [];
    const [group = '', name = ''] = key.split('.');
    return [problem('interface-text-plural', { lang, key, needed, missing }, { line: lineOf([group, name]), field: key })];
  });
}

/** The one warning that lists the texts a language lacks, so English shows in their place. */
export function missingTextsProblem(lang: string, missing: readonly string[], hasFile: boolean): LocatedProblem | undefined {
  if (missing.length === 0) return undefined;
  return problem('interface-text-missing', { lang, missing, all: missing.length === allKeys.length, hasFile }, { field: 'interface texts' });
}
