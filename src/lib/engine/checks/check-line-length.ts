import type { PlaybookEntry } from '../content/load-playbook.ts';
import { inFile, problem, type LocatedProblem, type Problem } from '../problems.ts';
import type { LintableText } from './lint-stop-phrases.ts';

/** What a rep says aloud, with where it sits: module variants, objection responses and follow-ups. */
export function spokenTexts(entry: PlaybookEntry): LintableText[] {
  const data = entry.data;
  if (entry.collection === 'objections')
    return [
      ...entry.data.responses.map((response, r) => ({ text: response.text, line: entry.lineOf(['responses', r, 'text']), field: `responses[${r}].text` })),
      ...(entry.data.followUp ? [{ text: entry.data.followUp, line: entry.lineOf(['followUp']), field: 'followUp' }] : []),
    ];
  if ('type' in data && data.type === 'call')
    return data.modules.flatMap((module, m) =>
      module.variants.map((text, v) => ({ text, line: entry.lineOf(['modules', m, 'variants', v]), field: `modules[${m}].variants[${v}]` })),
    );
  return [];
}

/** Counts words as the language segments them, so scripts written without spaces count too. */
export function countWords(text: string, lang: string): number {
  let count = 0;
  for (const segment of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) if (segment.isWordLike) count += 1;
  return count;
}

/**
 * Warns on every spoken text longer than `limit` words: a line a rep cannot say in one breath is
 * read out, not said. `extra` carries the staff lines of the entry's dialogue.
 */
export function checkLineLength(entry: PlaybookEntry, limit: number, extra: readonly LintableText[] = []): Problem[] {
  const problems: LocatedProblem[] = [];
  for (const { text, line, field } of [...spokenTexts(entry), ...extra]) {
    const words = countWords(text, entry.lang);
    if (words <= limit) continue;
    problems.push(problem('line-too-long', { words, limit }, { line, field }));
  }
  return inFile(entry.file, problems);
}
