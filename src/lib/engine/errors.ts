import type { DialogueProblemCode } from './dialogue/index.ts';

/** What the README's error reference says about one kind of problem. */
export interface ProblemKind {
  /** Short title. */
  title: string;
  /** Longer help: why the rule exists and the usual fix. */
  hint: string;
}

/**
 * Every problem code the content check can report. Codes never change once published: authors
 * and other teams' tooling search for them.
 */
export const problemKinds = {
  'content-folder-missing': { title: 'Content folder not found', hint: 'The build reads content/ at the project root, or the folder given with --content DIR or SALESBOOK_CONTENT (relative to the working directory or absolute).' },
  'misplaced-file': { title: 'File ignored', hint: 'Entries live in scripts/<lang>/, objections/<lang>/ and standards/<lang>/ as <id>.mdx. Anything else is reported so that it does not vanish silently; prefix a file or folder with _ to keep it out on purpose.' },
  'frontmatter-missing': { title: 'No frontmatter', hint: 'Every entry starts with a YAML block between two --- lines holding at least title, summary, owner and reviewed.' },
  'frontmatter-unclosed': { title: 'Frontmatter not closed', hint: 'The YAML block at the top of an entry ends with a line containing only ---.' },
  'yaml-syntax': { title: 'YAML syntax error', hint: 'The usual causes are a missing space after a colon, tabs or uneven indentation, and an unquoted value that contains ": " or " #".' },
  'mdx-syntax': { title: 'MDX syntax error', hint: 'MDX reads { } as JavaScript and < as the start of a component. Escape them (\\{ \\} &lt;) in text or put them in `code`.' },
  schema: { title: 'Field not valid', hint: 'A field is missing, misspelt, or has a value the content format does not allow. The message names the field and the allowed values.' },
  'duplicate-id': { title: 'Duplicate id', hint: 'Entry ids are unique per collection and language; speech module and checklist item ids are unique across the whole book of one language, because links and anchors use them.' },
  'unknown-reference': { title: 'Reference cannot be followed', hint: 'A TYPE:ID link, a related id or a dialogue marker points to nothing in the same language, to the wrong type, to a draft, or to an entry some of this entry’s readers may not see.' },
  'unknown-audience': { title: 'Unknown audience', hint: 'Audience names must be declared under audiences in config.yaml; everyone always exists.' },
  'unknown-language': { title: 'Unknown default language', hint: 'defaultLang in config.yaml must be one of the language folders.' },
  'compensation-cap-decreases': { title: 'Compensation cap decreases', hint: 'Tiers are listed from the smallest problem to the largest; the most a tier may cost never goes down from one tier to the next.' },
  'stop-phrase': { title: 'Stop phrase in approved text', hint: 'Module variants, objection responses, staff lines of dialogues and the bodies of scripts and objections are checked against stop-phrases.yaml of their language. Severity error fails the build; warnings fail it under --strict. Quote a phrase in `code` to mention it on purpose.' },
  'line-too-long': { title: 'Line too long to say aloud', hint: 'Module variants, objection responses and follow-ups, and the lines of a scenario’s staff roles are said aloud: keep each to maxSpokenWords words (config.yaml, default 30). A warning; an error under --strict.' },
  'stop-phrase-pattern': { title: 'Stop-phrase pattern matches nothing specific', hint: 'Every match pattern needs at least one letter; * stands only for the rest of a word.' },
  'stop-phrase-pattern-too-long': { title: 'Stop-phrase pattern too long', hint: 'A pattern (in match, except or substitutes) is a wording of a few words, at most 120 characters: the matcher reads every text once per pattern character, so a paragraph-long pattern would slow every check and the phrase checker.' },
  'dialogue-missing': { title: 'Scenario without dialogue', hint: 'A scenario body holds exactly one ```dialogue fenced block.' },
  'dialogue-multiple': { title: 'More than one dialogue', hint: 'Merge the blocks into one; use == label sections for branches.' },
  'dialogue-empty': { title: 'Empty dialogue', hint: 'Write at least one line as role: text.' },
  'dialogue-missing-opening': { title: 'Dialogue starts with a section', hint: 'The opening section is unnamed: start with lines before the first == label.' },
  'dialogue-syntax': { title: 'Dialogue line not understood', hint: 'Lines are role: text, a choice point is role: followed by indented * text -> label lines, == label starts a section, -> label jumps, -> end ends.' },
  'dialogue-option-without-target': { title: 'Choice without a target', hint: 'Every option ends with -> label or -> end.' },
  'dialogue-empty-choice': { title: 'Choice point without options', hint: 'Indent one * text -> label line per option under role:.' },
  'dialogue-after-exit': { title: 'Lines after the section ended', hint: 'A choice, jump or -> end closes a section; start a new == label section for what follows.' },
  'dialogue-invalid-label': { title: 'Section label not valid', hint: 'Labels are lowercase letters, digits and hyphens.' },
  'dialogue-reserved-label': { title: 'Reserved section label', hint: 'start and end are reserved: the opening is unnamed and -> end ends the dialogue.' },
  'dialogue-duplicate-label': { title: 'Section label used twice', hint: 'Every == label is unique within the dialogue.' },
  'dialogue-unknown-marker': { title: 'Unknown marker', hint: 'Lines may mark what they use with {module:ID} or {objection:ID} only.' },
  'dialogue-unknown-role': { title: 'Unknown role', hint: 'Every speaker must be a key of roles in the frontmatter.' },
  'dialogue-unknown-target': { title: 'Jump to an unknown section', hint: 'Jumps and options lead to a == label of the same dialogue, or to end.' },
  'dialogue-unreachable-section': { title: 'Section never reached', hint: 'No path from the opening leads to this section: add a jump or option to it, or remove it.' },
  'dialogue-dead-end': { title: 'Section without an ending', hint: 'Each section ends with a choice, a jump or -> end; only the last section may stop without -> end.' },
  'dialogue-unknown-reference': { title: 'Unknown module or objection', hint: 'A {module:ID} or {objection:ID} marker names an id that does not exist in the scenario’s language.' },
  'dialogue-weak-not-staff': { title: 'Weak mark on a client’s choice', hint: 'Only choice points of the company’s roles (staff) may mark an option weak with an indented ! reason line: those are the choices a learner is scored on.' },
  'dialogue-all-options-weak': { title: 'Every option is weak', hint: 'A decision point needs at least one option that is the right call; remove the ! line under it.' },
} satisfies Record<string, ProblemKind> & Record<DialogueProblemCode, ProblemKind>;

/** A code from the catalogue. */
export type ProblemCode = keyof typeof problemKinds;
