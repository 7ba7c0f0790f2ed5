import type { LocatedProblem } from '../problems.ts';
import { maskCode } from './mask-code.ts';
import type { StopPhraseMatcher, StopPhraseRule } from './matcher.ts';

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
    return {
      code: 'stop-phrase',
      severity: match.rule.severity,
      line,
      field: options.field,
      message: `Unexpected stop phrase “${oneLine(text.slice(match.start, match.end))}”: ${lowerFirst(sentence(match.rule.why))}`,
      expected: sayInstead(match.rule),
    };
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

// A match may run across a line break; the message quotes it on one line.
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]["'”’»)]*$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

// `why` is written as a sentence of its own; after the colon it continues ours. Only a capital
// followed by a small letter is lowered, so "I", "CRM" and the like stay as written.
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function sayInstead(rule: StopPhraseRule): string {
  if (rule.replacements.length === 0) return 'Rephrase without the stop phrase.';
  const options = rule.replacements.map((replacement) => `“${replacement.trim()}”`).join(' or ');
  const last = rule.replacements[rule.replacements.length - 1]?.trim() ?? '';
  return `Say instead: ${options}${/[.!?…]$/u.test(last) ? '' : '.'}`;
}
