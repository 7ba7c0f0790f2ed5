/**
 * The typed graph of a role-play scenario's ```dialogue block: sections of spoken lines, each left
 * by a choice point, a jump or the end. Lines are 1-based lines of the scenario FILE.
 */

/** What a line or option uses, marked `{module:ID}` or `{objection:ID}` in the text. */
export interface DialogueRef {
  /** Which collection the id points into. */
  type: 'module' | 'objection';
  /** The speech module or objection id as written (may be empty when the author left it out). */
  id: string;
  /** File line of the marker. */
  line: number;
}

/** One spoken line: `role: text`. */
export interface DialogueLine {
  /** Tells steps apart from future step kinds. */
  kind: 'line';
  /** Stable, URL-safe id: `<section label>-<n>`, n counting the section's lines and choice point from 1. */
  id: string;
  /** Role key, to be found in the scenario's `roles`. */
  role: string;
  /** What is said, with the markers removed and whitespace tidied. */
  text: string;
  /** The markers of the line, in the order they were written. */
  refs: DialogueRef[];
  /** File line of the step. */
  line: number;
}

/** A step inside a section; spoken lines are the only kind so far. */
export type DialogueStep = DialogueLine;

/** Why an option of the learner's role is a weak choice: `! reason {module:ID}` indented under it. */
export interface DialogueWeakMark {
  /** The reason, in the entry's language, with the markers removed and whitespace tidied. */
  text: string;
  /** What to study instead, marked `{module:ID}` or `{objection:ID}` in the reason. */
  refs: DialogueRef[];
  /** File line of the `!` line. */
  line: number;
}

/** One thing the choosing role may say: `* text -> label`. */
export interface DialogueOption {
  /** Stable, URL-safe id: `<choice id>.<k>`, k counting the options from 1. */
  id: string;
  /** What is said, with the markers removed and whitespace tidied. */
  text: string;
  /** The markers of the option, in the order they were written. */
  refs: DialogueRef[];
  /** Section label the option leads to, or `end`; empty when the author left it out. */
  target: string;
  /** File line of the option. */
  line: number;
  /** Present when the option is marked as a weak choice, with the reason. */
  weak?: DialogueWeakMark;
}

/** A choice point: `role:` alone, followed by indented options. */
export interface DialogueChoice {
  /** Tells exits apart. */
  kind: 'choice';
  /** Stable, URL-safe id: `<section label>-<n>`, numbered like the lines before it. */
  id: string;
  /** Role key of whoever chooses. */
  role: string;
  /** The options, in the order written. */
  options: DialogueOption[];
  /** File line of the `role:` line. */
  line: number;
}

/** A jump to another section: `-> label`. */
export interface DialogueJump {
  /** Tells exits apart. */
  kind: 'jump';
  /** Section label jumped to; empty when the author left it out. */
  target: string;
  /** File line of the jump. */
  line: number;
}

/** The end of the role-play: `-> end`, or the last section simply stopping. */
export interface DialogueEnd {
  /** Tells exits apart. */
  kind: 'end';
  /** File line of `-> end`, or of the last line when the end is implicit. */
  line: number;
  /** True when the last section of the block stops without `-> end`. */
  implicit: boolean;
}

/** How a section is left; null when it just stops (a dead end, unless it is the last section). */
export type DialogueExit = DialogueChoice | DialogueJump | DialogueEnd | null;

/** A run of steps and its exit: the unnamed opening or a `== label` section. */
export interface DialogueSection {
  /** Label after `==`; the opening section is labelled `start`. */
  label: string;
  /** What readers see as the section's name (`== label: Title`), in the entry's language; absent when not given. */
  title?: string;
  /** File line of `== label`, or of the first line of the opening. */
  line: number;
  /** The spoken lines, in order. */
  steps: DialogueStep[];
  /** How the section is left. */
  exit: DialogueExit;
}

/** A parsed dialogue block. */
export interface DialogueGraph {
  /** All sections in written order; the first is the opening. */
  sections: DialogueSection[];
}

/** Internal label of the unnamed opening section; authors may not use it for a section. */
export const OPENING_LABEL = 'start';

/** Jump target that ends the role-play; authors may not use it for a section. */
export const END_LABEL = 'end';

/** Labels (and role keys) are ids: lowercase letters, digits and single hyphens. */
export const LABEL_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every problem code the dialogue module reports, for the error catalogue. */
export const dialogueProblemCodes = [
  'dialogue-missing',
  'dialogue-multiple',
  'dialogue-empty',
  'dialogue-missing-opening',
  'dialogue-syntax',
  'dialogue-option-without-target',
  'dialogue-empty-choice',
  'dialogue-after-exit',
  'dialogue-invalid-label',
  'dialogue-reserved-label',
  'dialogue-duplicate-label',
  'dialogue-unknown-marker',
  'dialogue-unknown-role',
  'dialogue-unknown-target',
  'dialogue-unreachable-section',
  'dialogue-dead-end',
  'dialogue-endless-loop',
  'dialogue-unknown-reference',
  'dialogue-weak-not-staff',
  'dialogue-all-options-weak',
] as const;

/** A problem code of the dialogue module. */
export type DialogueProblemCode = (typeof dialogueProblemCodes)[number];

/** The `field` of a problem in a section, naming the section as the author wrote it. */
export function sectionField(section: DialogueSection, isOpening: boolean): string {
  return isOpening ? 'dialogue › opening section' : `dialogue › section "${section.label}"`;
}

/** Section labels a section can lead to, in written order without repeats; `end` is not a section. */
export function jumpTargets(section: DialogueSection): string[] {
  const exit = section.exit;
  const targets =
    exit?.kind === 'jump' ? [exit.target] : exit?.kind === 'choice' ? exit.options.map((option) => option.target) : [];
  return [...new Set(targets)].filter((target) => target !== '' && target !== END_LABEL);
}
