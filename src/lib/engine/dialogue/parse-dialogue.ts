import type { LocatedProblem } from '../problems.ts';
import { END_LABEL, LABEL_PATTERN, OPENING_LABEL, sectionField } from './types.ts';
import type { DialogueChoice, DialogueGraph, DialogueOption, DialogueProblemCode } from './types.ts';
import type { DialogueRef, DialogueSection } from './types.ts';

// Any word before a colon is read as a role, so that a misspelt role is reported as an unknown
// role (with the known ones listed) rather than as a line the parser cannot read.
const ROLE_LINE = /^([\p{L}\p{N}_][\p{L}\p{N}_.-]*)[ \t]*:(.*)$/su;
const REF_MARKER = /\{\s*(module|objection)\s*:\s*([^{}\s]*)\s*\}/giu;
const ANY_MARKER = /\{\s*([A-Za-z]+)\s*:\s*([^{}\s]*)\s*\}/gu;
const CLOSING_PUNCTUATION = /^[.,;:!?…)]/u;

type Said = [code: DialogueProblemCode, message: string, expected: string];
type Report = (line: number, field: string, said: Said) => void;

/** The graph of a dialogue block and the syntax problems found while reading it. */
export interface ParsedDialogue {
  /** The sections read; always at least the opening, even from broken input. */
  graph: DialogueGraph;
  /** Syntax problems, with file lines. */
  problems: LocatedProblem[];
}

/** Reads the text inside a ```dialogue fence whose first line is file line `firstLine`; never throws. */
export function parseDialogue(source: string, firstLine: number): ParsedDialogue {
  const problems: LocatedProblem[] = [];
  const report: Report = (line, field, [code, message, expected]) => {
    problems.push({ code, severity: 'error', line, field, message, expected });
  };
  const lines = (typeof source === 'string' ? source : '').split(/\r\n|\r|\n/u);
  const opening: DialogueSection = { label: OPENING_LABEL, line: firstLine, steps: [], exit: null };
  const sections = [opening];
  const labelLines = new Map<string, number>();
  let section = opening;
  let count = 0;
  let afterExitReported = false;
  let firstContent: number | undefined;

  for (let index = 0; index < lines.length; index += 1) {
    const text = (lines[index] ?? '').trim();
    const line = firstLine + index;
    if (text === '') continue;
    firstContent ??= line;
    if (text.startsWith('==')) {
      section = openSection(text.slice(2), line, labelLines, report);
      sections.push(section);
      count = 0;
      afterExitReported = false;
      continue;
    }
    const field = sectionField(section, section === opening);
    const role = ROLE_LINE.exec(text);
    if (section.exit) {
      if (!afterExitReported) report(line, field, say.afterExit(text));
      afterExitReported = true;
    } else if (text.startsWith('->')) {
      const target = text.slice(2).trim();
      if (target === '') report(line, field, say.jumpWithoutTarget);
      section.exit = target === END_LABEL ? { kind: 'end', line, implicit: false } : { kind: 'jump', target, line };
    } else if (text.startsWith('*')) {
      report(line, field, say.optionOutsideChoice(text));
    } else if (text.startsWith('!')) {
      report(line, field, say.weakOutsideOption(text));
    } else if (!role) {
      report(line, field, say.notALine(text));
    } else if ((role[2] ?? '').trim() !== '') {
      count += 1;
      const step = { kind: 'line', id: `${section.label}-${count}`, role: role[1] ?? '', line } as const;
      section.steps.push({ ...step, ...readText(role[2] ?? '', line, report) });
    } else {
      const choice: DialogueChoice = {
        kind: 'choice',
        id: `${section.label}-${count + 1}`,
        role: role[1] ?? '',
        options: [],
        line,
      };
      for (let next = index + 1; next < lines.length; next += 1) {
        const option = (lines[next] ?? '').trim();
        if (option === '') continue;
        const previous = choice.options.at(-1);
        if (option.startsWith('!') && previous) {
          markWeak(previous, option.slice(1), firstLine + next, report);
          index = next;
          continue;
        }
        if (!option.startsWith('*')) break;
        choice.options.push(
          readOption(option.slice(1), firstLine + next, `${choice.id}.${choice.options.length + 1}`, report),
        );
        index = next;
      }
      if (choice.options.length === 0) {
        report(line, field, say.emptyChoice(choice.role));
      } else {
        count += 1;
        section.exit = choice;
      }
    }
  }

  opening.line = firstContent ?? firstLine;
  const last = sections[sections.length - 1];
  const lastStep = last?.steps[last.steps.length - 1];
  if (last && !last.exit && lastStep) last.exit = { kind: 'end', line: lastStep.line, implicit: true };
  const second = sections[1];
  if (firstContent === undefined) report(firstLine, 'dialogue', say.empty);
  else if (second && opening.steps.length === 0 && !opening.exit) {
    report(second.line, sectionField(second, false), say.missingOpening(second.label));
  }
  return { graph: { sections }, problems };
}

function openSection(rest: string, line: number, labelLines: Map<string, number>, report: Report): DialogueSection {
  // Headings like `== needs ==` are forgiven: the trailing equals signs are decoration.
  let label = rest.trim();
  while (label.endsWith('=')) label = label.slice(0, -1).trimEnd();
  const section: DialogueSection = { label, line, steps: [], exit: null };
  const field = sectionField(section, false);
  const earlier = labelLines.get(label);
  if (label === '') report(line, field, say.sectionWithoutLabel);
  else if (label === OPENING_LABEL || label === END_LABEL) report(line, field, say.reservedLabel(label));
  else if (!LABEL_PATTERN.test(label)) report(line, field, say.invalidLabel(label));
  else if (earlier !== undefined) report(line, field, say.duplicateLabel(label, earlier));
  if (earlier === undefined) labelLines.set(label, line);
  return section;
}

function readOption(body: string, line: number, id: string, report: Report): DialogueOption {
  // The last arrow is the jump, so an option may itself say "A -> B".
  const arrow = body.lastIndexOf('->');
  const target = arrow === -1 ? '' : body.slice(arrow + 2).trim();
  const { text, refs } = readText(arrow === -1 ? body : body.slice(0, arrow), line, report);
  if (target === '') report(line, `dialogue › option "${id}"`, say.optionWithoutTarget(text));
  return { id, text, refs, target, line };
}

function markWeak(option: DialogueOption, body: string, line: number, report: Report): void {
  const field = `dialogue › option "${option.id}" › weak`;
  if (option.weak) {
    report(line, field, say.weakTwice(option.weak.line));
    return;
  }
  const { text, refs } = readText(body, line, report);
  if (text === '') report(line, field, say.weakWithoutReason);
  option.weak = { text, refs, line };
}

function readText(raw: string, line: number, report: Report): { text: string; refs: DialogueRef[] } {
  const refs: DialogueRef[] = [];
  let text = tidy(raw);
  // Removing a marker can join its neighbours into a new one (`{module:{module:a}b}`); repeating
  // until none is left keeps printing and re-reading a line stable.
  for (let found = true; found;) {
    found = false;
    const pieces: string[] = [];
    let from = 0;
    for (const match of text.matchAll(REF_MARKER)) {
      found = true;
      refs.push({ type: match[1]?.toLowerCase() === 'module' ? 'module' : 'objection', id: match[2] ?? '', line });
      pieces.push(text.slice(from, match.index));
      from = match.index + match[0].length;
    }
    pieces.push(text.slice(from));
    // A marker right before punctuation ("costs {module:x}.") should not leave "costs ." behind.
    text = tidy(
      pieces.reduce((done, piece) => (CLOSING_PUNCTUATION.test(piece) ? done.trimEnd() : `${done} `) + piece),
    );
  }
  for (const [marker, , id = ''] of text.matchAll(ANY_MARKER)) {
    report(line, `dialogue › marker "${marker}"`, say.unknownMarker(marker, id));
  }
  return { text, refs };
}

function tidy(text: string): string {
  // Only spaces and tabs collapse: a no-break space (French “Bonjour !”) is the author's choice.
  return text.replace(/[ \t]+/gu, ' ').trim();
}

function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function slug(label: string): string {
  return (
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-|-$/gu, '') || 'needs'
  );
}

// Every message of the parser in one place, to proof-read together.
const say = {
  afterExit: (text: string): Said => [
    'dialogue-after-exit',
    `Unexpected line “${short(text)}” after the section's exit: a section ends at its choice point, jump or \`-> end\`.`,
    'Start a new section with `== label` before this line, or move the line above the exit.',
  ],
  jumpWithoutTarget: [
    'dialogue-syntax',
    'Unexpected `->` without a label.',
    'Write `-> label` to jump to a section, or `-> end` to end the role-play.',
  ] satisfies Said,
  optionOutsideChoice: (text: string): Said => [
    'dialogue-syntax',
    `Unexpected option “${short(text)}” outside a choice point.`,
    'Put options right under a `role:` line with nothing after the colon, e.g. `client:` then `  * Yes. -> next`.',
  ],
  notALine: (text: string): Said => [
    'dialogue-syntax',
    `Unexpected line “${short(text)}”: it is not a dialogue line.`,
    'Write `role: text`, a choice point (`role:` then indented `* text -> label` lines), `== label`, `-> label` or `-> end`.',
  ],
  emptyChoice: (role: string): Said => [
    'dialogue-empty-choice',
    `Unexpected \`${role}:\` with nothing after it: a choice point needs options.`,
    `Add indented options below it (\`  * text -> label\`), or write what ${role} says after the colon.`,
  ],
  weakOutsideOption: (text: string): Said => [
    'dialogue-syntax',
    `Unexpected weak-choice line “${short(text)}” outside an option.`,
    'Put `! reason` right under the option it explains, indented like it, e.g. `  * Fine, 10% off. -> discount` then `    ! Gives a discount before learning the volume. {module:needs-volume-question}`.',
  ],
  weakTwice: (earlier: number): Said => [
    'dialogue-syntax',
    `This option is already marked weak at line ${earlier}; an option takes one \`!\` line.`,
    'Merge the reasons into the one `! reason` line, or delete this line.',
  ],
  weakWithoutReason: [
    'dialogue-syntax',
    'Unexpected `!` without a reason: the learner is told why the choice is weak.',
    'Write the reason after `!` in the language of the scenario, e.g. `! Skips the needs questions. {module:open-question}`.',
  ] satisfies Said,
  optionWithoutTarget: (text: string): Said => [
    'dialogue-option-without-target',
    `Option “${short(text)}” does not say where it leads.`,
    'End the option with `-> label` (a section) or `-> end`.',
  ],
  sectionWithoutLabel: [
    'dialogue-invalid-label',
    'Unexpected `==` without a label.',
    'Name the section, e.g. `== needs`, and lead to it with `-> needs`.',
  ] satisfies Said,
  reservedLabel: (label: string): Said => [
    'dialogue-reserved-label',
    `Section label “${label}” is reserved: ${label === END_LABEL ? '`-> end` ends the role-play' : 'it names the unnamed opening section'}.`,
    'Choose another label, and update the jumps and options that lead to the section.',
  ],
  invalidLabel: (label: string): Said => [
    'dialogue-invalid-label',
    `Section label “${label}” is not an id.`,
    `Use lowercase letters, digits and single hyphens, e.g. “${slug(label)}”.`,
  ],
  duplicateLabel: (label: string, earlier: number): Said => [
    'dialogue-duplicate-label',
    `Section label “${label}” is already used at line ${earlier}.`,
    'Give each section its own label, and point each jump and option at the section it means.',
  ],
  unknownMarker: (marker: string, id: string): Said => [
    'dialogue-unknown-marker',
    `Unknown marker “${marker}”: only \`{module:ID}\` and \`{objection:ID}\` mark what a line uses.`,
    `Write \`{module:${id}}\` or \`{objection:${id}}\`, or remove the braces.`,
  ],
  empty: [
    'dialogue-empty',
    'The dialogue block is empty.',
    'Write the role-play inside the block: `role: text` lines, then a choice point, a jump or `-> end`.',
  ] satisfies Said,
  missingOpening: (label: string): Said => [
    'dialogue-missing-opening',
    `The dialogue starts with section “${label}”, so it has no opening.`,
    `Put the opening lines before the first \`== label\` (the opening is unnamed), or remove \`== ${label}\` so its lines become the opening.`,
  ],
};
