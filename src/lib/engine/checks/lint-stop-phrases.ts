import type { DataSource, PlaybookEntry } from '../content/load-playbook.ts';
import type { StopPhrase } from '../../../schemas/stop-phrases.ts';
import { inFile, problem, type LocatedProblem, type Problem } from '../problems.ts';
import { compileStopPhrases, lintText, MAX_PATTERN_LENGTH, patternProblem, type StopPhraseMatcher } from '../stop-phrases/index.ts';

/** A piece of approved text to lint, with where it sits in its file. */
export interface LintableText {
  text: string;
  line: number;
  field: string;
}

/** Compiles each language's stop phrases; every pattern that cannot be used is reported, not thrown. */
export function compileMatchers(lists: readonly DataSource<StopPhrase[]>[]): { matchers: Map<string, StopPhraseMatcher>; problems: Problem[] } {
  const matchers = new Map<string, StopPhraseMatcher>();
  const problems: Problem[] = [];
  for (const list of lists) {
    const { matcher, found } = compiledList(list);
    problems.push(...found);
    if (matcher) matchers.set(list.lang, matcher);
  }
  return { matchers, problems };
}

// A list read from an unchanged file is the same object from one dev check to the next; the same
// matcher then lets every other entry keep its lint results (see check-playbook.ts).
const compiled = new WeakMap<DataSource<StopPhrase[]>, { matcher?: StopPhraseMatcher; found: Problem[] }>();
function compiledList(list: DataSource<StopPhrase[]>): { matcher?: StopPhraseMatcher; found: Problem[] } {
  let result = compiled.get(list);
  if (!result) {
    const found = list.data.flatMap((rule, index) => unusablePatterns(rule, index, list));
    result = found.length === 0 ? { matcher: compileStopPhrases(list.data), found } : { found };
    compiled.set(list, result);
  }
  return result;
}

// Every wording of a rule is a pattern: what it flags, what it excuses, what it swaps.
function unusablePatterns(rule: StopPhrase, index: number, list: DataSource<StopPhrase[]>): Problem[] {
  const wordings: { pattern: string; path: (string | number)[]; field: string }[] = [
    ...(rule.match ?? []).map((pattern, k) => ({ pattern, path: ['match', k], field: `match[${k}]` })),
    ...(rule.except ?? []).map((pattern, k) => ({ pattern, path: ['except', k], field: `except[${k}]` })),
    ...Object.keys(rule.substitutes ?? {}).map((pattern) => ({ pattern, path: ['substitutes', pattern], field: `substitutes.${pattern}` })),
  ];
  if (rule.match === undefined) wordings.unshift({ pattern: rule.phrase, path: ['phrase'], field: 'phrase' });
  return wordings.flatMap(({ pattern, path, field }): Problem[] => {
    const unusable = patternProblem(pattern);
    if (unusable === undefined) return [];
    const at = { file: list.file, line: list.lineOf([index, ...path]), field: `[${index}].${field}` };
    if (unusable === 'empty') return [problem('stop-phrase-pattern', { in: path[0] === 'except' ? 'except' : path[0] === 'substitutes' ? 'substitutes' : 'match' }, at)];
    return [problem('stop-phrase-pattern-too-long', { length: [...pattern.trim()].length, maximum: MAX_PATTERN_LENGTH }, at)];
  });
}

/** The approved texts of an entry that reps will say or write: variants, responses and the MDX body. */
export function lintableTexts(entry: PlaybookEntry): LintableText[] {
  const texts: LintableText[] = [];
  const data = entry.data;
  if (entry.collection === 'standards') return texts;
  if ('type' in data && data.type === 'call')
    data.modules.forEach((module, m) =>
      module.variants.forEach((text, v) => texts.push({ text, line: entry.lineOf(['modules', m, 'variants', v]), field: `modules[${m}].variants[${v}]` })),
    );
  if (entry.collection === 'objections') {
    entry.data.responses.forEach((response, r) =>
      texts.push({ text: response.text, line: entry.lineOf(['responses', r, 'text']), field: `responses[${r}].text` }),
    );
    if (entry.data.followUp) texts.push({ text: entry.data.followUp, line: entry.lineOf(['followUp']), field: 'followUp' });
  }
  // Dialogue blocks are fenced code, so the body lint skips them; their lines are linted one by one.
  texts.push({ text: entry.body, line: entry.bodyLine, field: 'body' });
  return texts;
}

/** Lints texts against the stop phrases of the entry's language. */
export function lintEntry(entry: PlaybookEntry, matcher: StopPhraseMatcher | undefined, extra: readonly LintableText[] = []): Problem[] {
  if (!matcher) return [];
  const problems: LocatedProblem[] = [];
  for (const { text, line, field } of [...lintableTexts(entry), ...extra]) problems.push(...lintText(matcher, text, { firstLine: line, field }));
  return inFile(entry.file, problems);
}
