import { problem, type LocatedProblem } from '../problems.ts';
import { maskCode } from './mask-code.ts';
import type { StopPhraseMatcher } from './matcher.ts';

/** Where a linted text sits in its file. */
export interface LintTextOptions {
  /** 1-based line of the file on which the text starts. */
  firstLine: number;
  /** The field the text came from, e.g. `modules[2].variants[0]`. */
  field: string;
}

/** Reports every stop phrase in a piece of Markdown or plain text, skipping code and comments. */
export function lintText(matcher: StopPhraseMatcher, text: string, options: LintTextOptions): LocatedProblem[] {
  let line = options.firstLine;
  let counted = 0;
  return matcher.find(maskCode(text)).map((match) => {
    // Matches come in text order, so lines are counted once across the whole text.
    line += countNewlines(text, counted, match.start);
    counted = match.start;
    const { why, replacements, severity } = match.rule;
    return problem('stop-phrase', { found: text.slice(match.start, match.end), why, replacements }, { line, field: options.field, severity });
  });
}

/** The line on which `offset` falls, when the text starts on line `firstLine` (1 by default). */
export function lineOf(text: string, offset: number, firstLine = 1): number {
  return firstLine + countNewlines(text, 0, offset);
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}
