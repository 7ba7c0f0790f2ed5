import type { DataSource, PlaybookEntry } from '../content/load-playbook.ts';
import type { StopPhrase } from '../../../schemas/stop-phrases.ts';
import { inFile, problem, type LocatedProblem, type Problem } from '../problems.ts';
import { compileStopPhrases, lintText, type StopPhraseMatcher } from '../stop-phrases/index.ts';

/** A piece of approved text to lint, with where it sits in its file. */
export interface LintableText {
  text: string;
  line: number;
  field: string;
}

/** Compiles each language's stop phrases; a list that cannot compile is reported, not thrown. */
export function compileMatchers(lists: readonly DataSource<StopPhrase[]>[]): { matchers: Map<string, StopPhraseMatcher>; problems: Problem[] } {
  const matchers = new Map<string, StopPhraseMatcher>();
  const problems: Problem[] = [];
  for (const list of lists) {
    const broken = list.data.findIndex((rule) => {
      try {
        compileStopPhrases([rule]);
        return false;
      } catch {
        return true;
      }
    });
    if (broken >= 0) {
      problems.push(problem('stop-phrase-pattern', {}, { file: list.file, line: list.lineOf([broken, 'match']), field: `[${broken}].match` }));
      continue;
    }
    matchers.set(list.lang, compileStopPhrases(list.data));
  }
  return { matchers, problems };
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
