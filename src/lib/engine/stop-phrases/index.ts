export { compileStopPhrases } from './matcher.ts';
export type { StopPhraseMatch, StopPhraseMatcher, StopPhraseRule } from './matcher.ts';
export { maskCode } from './mask-code.ts';
export { lineOf, lintText } from './lint-text.ts';
export type { LintTextOptions } from './lint-text.ts';
export { substituteFor } from './substitute.ts';
export type { Substitution } from './substitute.ts';
