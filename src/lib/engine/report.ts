import type { Problem } from './problems.ts';

// Control characters, bidirectional overrides and invisible separators, which could break the
// one-line format, recolour the terminal or make the report say something else than it does.
const UNSAFE = /[\p{Cc}\u061C\u200B\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

/** Text from content made safe to print: invisible and control characters are shown as `\u{…}`. */
export function printable(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u{${char.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/** One problem on one line: `path:line — field — what is wrong — what was expected`. */
export function formatProblem(problem: Problem): string {
  const place = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return printable(`${place} — ${problem.field} — ${problem.message} — ${problem.expected}`);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** How many errors and warnings there are, in words, naming only the kinds there are: "2 errors and 1 warning", or "" for none. */
export function problemTally(problems: readonly Pick<Problem, 'severity'>[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  return [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(' and ');
}

/** Sorts problems by file, then line, so an author can work down the list. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** Under --strict a warning stops the build like an error. */
export function applyStrict(problems: readonly Problem[], strict: boolean): Problem[] {
  return strict ? problems.map((p) => (p.severity === 'warning' ? { ...p, severity: 'error' as const } : p)) : [...problems];
}

/** The full report: errors, then warnings, then one summary line. */
export function formatReport(problems: readonly Problem[], summary: { files: number; seconds: number }): string {
  const errors = sortProblems(problems.filter((p) => p.severity === 'error'));
  const warnings = sortProblems(problems.filter((p) => p.severity === 'warning'));
  const lines: string[] = [];
  if (errors.length > 0) lines.push('Errors:', ...errors.map(formatProblem), '');
  if (warnings.length > 0) lines.push('Warnings:', ...warnings.map(formatProblem), '');
  const counts = `${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')} in ${plural(summary.files, 'file')} (${summary.seconds.toFixed(2)} s)`;
  lines.push(errors.length > 0 ? `✖ Content check failed: ${counts}.` : `✔ Content check passed: ${counts}.`);
  return lines.join('\n');
}
