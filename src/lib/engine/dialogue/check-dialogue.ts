import type { LocatedProblem } from '../problems.ts';
import { END_LABEL, sectionField } from './types.ts';
import type { DialogueChoice, DialogueGraph, DialogueProblemCode, DialogueRef, DialogueSection } from './types.ts';
import { reachableSections } from './walk-dialogue.ts';

/** What a dialogue is checked against: its scenario's frontmatter and the book's ids in its language. */
export interface DialogueContext {
  /** The scenario's `roles`: role key → label shown in the viewer. */
  roles: Record<string, string>;
  /** Whether a speech module with this id exists in the scenario's language. */
  hasModule(id: string): boolean;
  /** Whether an objection with this id exists in the scenario's language. */
  hasObjection(id: string): boolean;
  /** The scenario's `staff`: only their choice points may mark options weak. Defaults to `['rep']`. */
  staff?: readonly string[];
}

/** Reports unknown roles, targets and references, unreachable sections and dead ends, in line order. */
export function checkDialogue(graph: DialogueGraph, context: DialogueContext): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const report = (code: DialogueProblemCode, line: number, field: string, message: string, expected: string) => {
    problems.push({ code, severity: 'error', line, field, message, expected });
  };
  const roles = Object.keys(context.roles);
  const labels = new Set(graph.sections.map((section) => section.label));
  const named = [...new Set(graph.sections.slice(1).map((section) => section.label))];

  const checkRole = (role: string, line: number) => {
    if (Object.hasOwn(context.roles, role)) return;
    const fix =
      roles.length === 0
        ? `Add “${role}” to \`roles\` in the frontmatter, with the label the viewer shows for it.`
        : `${didYouMean(role, roles)}Use a role declared in \`roles\` (${either(roles)}), or add “${role}” there.`;
    report(
      'dialogue-unknown-role',
      line,
      `dialogue › role "${role}"`,
      `Unknown role “${role}”: it is not a key of the scenario's \`roles\`.`,
      fix,
    );
  };
  const checkTarget = (target: string, line: number, what: string) => {
    // An empty target was already reported by the parser, which saw what the author wrote.
    if (target === '' || target === END_LABEL || labels.has(target)) return;
    const fix =
      named.length === 0
        ? `Add a section \`== ${target}\`, or lead to \`end\`.`
        : `${didYouMean(target, [...named, END_LABEL])}Lead to a section that exists (${either(named)}) or to \`end\`, or add a section \`== ${target}\`.`;
    report(
      'dialogue-unknown-target',
      line,
      `dialogue › target "${target}"`,
      `Unknown section “${target}”: this ${what} leads nowhere.`,
      fix,
    );
  };
  const checkRefs = (refs: readonly DialogueRef[]) => {
    for (const ref of refs) {
      const field = `dialogue › ${ref.type} "${ref.id}"`;
      if (ref.id === '') {
        report(
          'dialogue-unknown-reference',
          ref.line,
          field,
          `The \`{${ref.type}:}\` marker has no id.`,
          `Write the id after the colon, e.g. \`{${ref.type}:${ref.type === 'module' ? 'state-call-goal' : 'too-expensive'}}\`.`,
        );
      } else if (ref.type === 'module' && !context.hasModule(ref.id)) {
        report(
          'dialogue-unknown-reference',
          ref.line,
          field,
          `Unknown speech module “${ref.id}”: no call script in this language defines it.`,
          "Use the id of a module from a call script's `modules` in the same language, or fix the spelling.",
        );
      } else if (ref.type === 'objection' && !context.hasObjection(ref.id)) {
        report(
          'dialogue-unknown-reference',
          ref.line,
          field,
          `Unknown objection “${ref.id}”: there is no objection with that id in this language.`,
          'Use the file name (without extension) of an objection in the same language, or fix the spelling.',
        );
      }
    }
  };

  for (const section of graph.sections) {
    for (const step of section.steps) {
      checkRole(step.role, step.line);
      checkRefs(step.refs);
    }
    const exit = section.exit;
    if (exit?.kind === 'jump') checkTarget(exit.target, exit.line, 'jump');
    if (exit?.kind === 'choice') {
      checkRole(exit.role, exit.line);
      for (const option of exit.options) {
        checkRefs(option.refs);
        if (option.weak) checkRefs(option.weak.refs);
        checkTarget(option.target, option.line, 'option');
      }
      checkWeakMarks(exit, context.staff ?? ['rep'], report);
    }
  }

  const opening = graph.sections[0];
  // An empty opening was reported by the parser; every section would look unreachable after it.
  if (opening && (opening.steps.length > 0 || opening.exit)) {
    const reached = reachableSections(graph);
    graph.sections.forEach((section, index) => {
      const field = sectionField(section, index === 0);
      if (index > 0 && !reached.has(section.label)) {
        report(
          'dialogue-unreachable-section',
          section.line,
          field,
          `Section “${section.label}” is never reached: no jump or option on a path from the opening leads to it.`,
          `Lead to it with \`-> ${section.label}\` or an option \`* … -> ${section.label}\` from a section that is reached, or delete it.`,
        );
      }
      if (isDeadEnd(section)) {
        const name = index === 0 ? 'The opening section' : `Section “${section.label}”`;
        const stop = section.steps[section.steps.length - 1]?.line ?? section.line;
        report(
          'dialogue-dead-end',
          stop,
          field,
          `${name} stops without a choice point, a jump or \`-> end\`, so the role-play gets stuck there.`,
          'End the section with a choice point, `-> label` or `-> end`; only the last section of the block may simply stop.',
        );
      }
    });
  }
  // Sorting is stable, so problems on one line keep the order they were found in.
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

type Reporter = (code: DialogueProblemCode, line: number, field: string, message: string, expected: string) => void;

// A weak mark teaches the learner's judgement, so it belongs to choices the company's role makes,
// and a decision point needs at least one choice that is not weak.
function checkWeakMarks(choice: DialogueChoice, staff: readonly string[], report: Reporter): void {
  const weak = choice.options.filter((option) => option.weak);
  if (weak.length === 0) return;
  if (!staff.includes(choice.role)) {
    for (const option of weak)
      report(
        'dialogue-weak-not-staff',
        option.weak!.line,
        `dialogue › option "${option.id}" › weak`,
        `Unexpected weak mark on a choice of “${choice.role}”, who does not speak for the company: only the learner's own role is scored.`,
        `Remove the \`!\` line, or add “${choice.role}” to \`staff\` in the frontmatter if it is a staff role (${either(staff)} now).`,
      );
  } else if (weak.length === choice.options.length) {
    report(
      'dialogue-all-options-weak',
      choice.line,
      `dialogue › choice ${choice.id}`,
      `Every option of the choice at line ${choice.line} is marked weak, so the learner cannot choose well.`,
      'Add an option that is the right call, or remove the `!` line under the one that is.',
    );
  }
}

function isDeadEnd(section: DialogueSection): boolean {
  return !section.exit || (section.exit.kind === 'choice' && section.exit.options.length === 0);
}

function either(items: readonly string[]): string {
  const quoted = items.map((item) => `“${item}”`);
  return quoted.length < 2 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

function didYouMean(word: string, candidates: readonly string[]): string {
  // About one slip per three letters: "mangaer" finds "manager", but "boss" does not find "rep".
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best === undefined ? '' : `Did you mean “${best}”? `;
}

function editDistance(a: string, b: string): number {
  // Garbage input can hold very long words; they are never a slip worth suggesting for.
  if (Math.abs(a.length - b.length) > 3 || a.length > 64) return Number.POSITIVE_INFINITY;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? Number.POSITIVE_INFINITY;
}
