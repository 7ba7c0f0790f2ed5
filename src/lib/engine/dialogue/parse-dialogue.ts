import type { ProblemArgs } from '../errors.ts';
import { problem, type LocatedProblem } from '../problems.ts';
import { END_LABEL, LABEL_PATTERN, OPENING_LABEL, sectionField } from './types.ts';
import type { DialogueChoice, DialogueGraph, DialogueOption, DialogueProblemCode } from './types.ts';
import type { DialogueRef, DialogueSection } from './types.ts';

// Any word before a colon is read as a role, so that a misspelt role is reported as an unknown
// role (with the known ones listed) rather than as a line the parser cannot read.
const ROLE_LINE = /^([\p{L}\p{N}_][\p{L}\p{N}_.-]*)[ \t]*:(.*)$/su;
const REF_MARKER = /\{\s*(module|objection)\s*:\s*([^{}\s]*)\s*\}/giu;
const ANY_MARKER = /\{\s*([A-Za-z]+)\s*:\s*([^{}\s]*)\s*\}/gu;
const CLOSING_PUNCTUATION = /^[.,;:!?…)]/u;

type Report = <C extends DialogueProblemCode>(code: C, args: ProblemArgs<C>, line: number, field: string) => void;

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
  const report: Report = (code, args, line, field) => {
    problems.push(problem(code, args, { line, field }));
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
      if (!afterExitReported) report('dialogue-after-exit', { text }, line, field);
      afterExitReported = true;
    } else if (text.startsWith('->')) {
      const target = text.slice(2).trim();
      if (target === '') report('dialogue-syntax', { case: 'jump-without-target' }, line, field);
      section.exit = target === END_LABEL ? { kind: 'end', line, implicit: false } : { kind: 'jump', target, line };
    } else if (text.startsWith('*')) {
      report('dialogue-syntax', { case: 'option-outside-choice', text }, line, field);
    } else if (text.startsWith('!')) {
      report('dialogue-syntax', { case: 'weak-outside-option', text }, line, field);
    } else if (!role) {
      report('dialogue-syntax', { case: 'not-a-line', text }, line, field);
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
        report('dialogue-empty-choice', { role: choice.role }, line, field);
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
  if (firstContent === undefined) report('dialogue-empty', {}, firstLine, 'dialogue');
  else if (second && opening.steps.length === 0 && !opening.exit) {
    report('dialogue-missing-opening', { label: second.label }, second.line, sectionField(second, false));
  }
  return { graph: { sections }, problems };
}

function openSection(rest: string, line: number, labelLines: Map<string, number>, report: Report): DialogueSection {
  // Headings like `== needs ==` are forgiven: the trailing equals signs are decoration.
  let heading = rest.trim();
  while (heading.endsWith('=')) heading = heading.slice(0, -1).trimEnd();
  // `== label: Title` — the label stays an id for jumps and links; the title is what readers see.
  const colon = heading.indexOf(':');
  const label = colon === -1 ? heading : heading.slice(0, colon).trim();
  const title = colon === -1 ? '' : tidy(heading.slice(colon + 1));
  const section: DialogueSection = { label, ...(title === '' ? {} : { title }), line, steps: [], exit: null };
  const field = sectionField(section, false);
  const earlier = labelLines.get(label);
  if (label === '') report('dialogue-invalid-label', { case: 'no-label' }, line, field);
  else if (label === OPENING_LABEL || label === END_LABEL) report('dialogue-reserved-label', { label, isEnd: label === END_LABEL }, line, field);
  else if (!LABEL_PATTERN.test(label)) report('dialogue-invalid-label', { case: 'not-an-id', label, suggestion: slug(label), hasTitle: title !== '' }, line, field);
  else if (earlier !== undefined) report('dialogue-duplicate-label', { label, earlier }, line, field);
  if (earlier === undefined) labelLines.set(label, line);
  return section;
}

function readOption(body: string, line: number, id: string, report: Report): DialogueOption {
  // The last arrow is the jump, so an option may itself say "A -> B".
  const arrow = body.lastIndexOf('->');
  const target = arrow === -1 ? '' : body.slice(arrow + 2).trim();
  const { text, refs } = readText(arrow === -1 ? body : body.slice(0, arrow), line, report);
  if (target === '') report('dialogue-option-without-target', { text }, line, `dialogue › option "${id}"`);
  return { id, text, refs, target, line };
}

function markWeak(option: DialogueOption, body: string, line: number, report: Report): void {
  const field = `dialogue › option "${option.id}" › weak`;
  if (option.weak) {
    report('dialogue-syntax', { case: 'weak-twice', earlier: option.weak.line }, line, field);
    return;
  }
  const { text, refs } = readText(body, line, report);
  if (text === '') report('dialogue-syntax', { case: 'weak-without-reason' }, line, field);
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
    report('dialogue-unknown-marker', { marker, id }, line, `dialogue › marker "${marker}"`);
  }
  return { text, refs };
}

function tidy(text: string): string {
  // Only spaces and tabs collapse: a no-break space (French “Bonjour !”) is the author's choice.
  return text.replace(/[ \t]+/gu, ' ').trim();
}

function slug(label: string): string {
  return (
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-|-$/gu, '') || 'needs'
  );
}
