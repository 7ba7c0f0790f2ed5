export { compileStopPhrases } from './matcher.ts';
export type { StopPhraseMatch, StopPhraseMatcher, StopPhraseRule, WorkMeter } from './matcher.ts';
export { MAX_PATTERN_LENGTH, patternProblem } from './pattern.ts';
export type { PatternProblem } from './pattern.ts';
export { maskCode } from './mask-code.ts';
export { lineOf, lintText } from './lint-text.ts';
export type { LintTextOptions } from './lint-text.ts';
export { substituteFor } from './substitute.ts';
export type { Substitution } from './substitute.ts';
