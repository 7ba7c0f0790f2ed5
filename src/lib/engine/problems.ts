/**
 * A content problem, written for the person who has to fix the content.
 * Every check in Salesbook reports these; the check command prints them all at once.
 */
import type { ProblemCode } from './errors.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Stable name from the error catalogue (`src/lib/errors.ts`); never renamed. */
  code: ProblemCode;
  severity: Severity;
  /** Path of the file as the author sees it (relative to the working directory). */
  file: string;
  /** 1-based line inside the file, when it is known. */
  line?: number;
  /** The field, id or label at fault, e.g. `modules[2].stage` or `dialogue`. */
  field: string;
  /** What is wrong, as a full sentence. */
  message: string;
  /** What was expected, or how to fix it, as a full sentence. */
  expected: string;
}

/** A problem found inside one piece of text, before it is tied to a file. */
export type LocatedProblem = Omit<Problem, 'file'>;

/** Ties problems found in one text to the file they came from. */
export function inFile(file: string, problems: readonly LocatedProblem[]): Problem[] {
  return problems.map((problem) => ({ ...problem, file }));
}
