/**
 * A content problem, written for the person who has to fix the content.
 * Every check in Salesbook reports these through `problem()`; the check command prints them all at once.
 */
import { problemKinds, type ProblemArgs, type ProblemCode, type Severity } from './errors.ts';

export type { Severity } from './errors.ts';

export interface Problem {
  /** Stable name from the error catalogue (`src/lib/engine/errors.ts`); never renamed. */
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

/** Where a problem is: the field at fault, the line when known, the file once it is known. */
export interface ProblemPlace {
  file?: string;
  line?: number | undefined;
  field: string;
  /** Overrides the catalogue's severity, e.g. for a stop phrase marked `severity: error`. */
  severity?: Severity;
}

/** The two sentences of a problem, without its place. */
export function wording<C extends ProblemCode>(code: C, args: ProblemArgs<C>): { message: string; expected: string } {
  // Each entry's builders take exactly its own arguments; TypeScript cannot follow that through the union.
  const kind = problemKinds[code] as unknown as { message(a: unknown): string; expected(a: unknown): string };
  return { message: kind.message(args), expected: kind.expected(args) };
}

/** The one way to report a problem: its code, the facts its texts are built from, and where it is. */
export function problem<C extends ProblemCode>(code: C, args: ProblemArgs<C>, place: ProblemPlace & { file: string }): Problem;
export function problem<C extends ProblemCode>(code: C, args: ProblemArgs<C>, place: ProblemPlace): LocatedProblem;
export function problem<C extends ProblemCode>(code: C, args: ProblemArgs<C>, place: ProblemPlace): LocatedProblem | Problem {
  const kind: { severity?: Severity } = problemKinds[code];
  const severity = place.severity ?? kind.severity ?? 'error';
  const located: LocatedProblem = { code, severity, line: place.line, field: place.field, ...wording(code, args) };
  return place.file === undefined ? located : { ...located, file: place.file };
}

/** Ties problems found in one text to the file they came from. */
export function inFile(file: string, problems: readonly LocatedProblem[]): Problem[] {
  return problems.map((problem) => ({ ...problem, file }));
}
