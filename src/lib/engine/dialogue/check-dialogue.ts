import type { ProblemArgs } from '../errors.ts';
import { problem, type LocatedProblem } from '../problems.ts';
import { closestName } from '../content/closest-name.ts';
import { findEndlessLoops } from './find-endless-loops.ts';
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

/** Reports unknown roles, targets and references, unreachable sections, dead ends and endless loops, in line order. */
export function checkDialogue(graph: DialogueGraph, context: DialogueContext): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const report = <C extends DialogueProblemCode>(code: C, args: ProblemArgs<C>, line: number, field: string) => {
    problems.push(problem(code, args, { line, field }));
  };
  const roles = Object.keys(context.roles);
  const labels = new Set(graph.sections.map((section) => section.label));
  const named = [...new Set(graph.sections.slice(1).map((section) => section.label))];

  const checkRole = (role: string, line: number) => {
    if (Object.hasOwn(context.roles, role)) return;
    report('dialogue-unknown-role', { role, roles, suggestion: closest(role, roles) }, line, `dialogue › role "${role}"`);
  };
  const checkTarget = (target: string, line: number, what: 'jump' | 'option') => {
    // An empty target was already reported by the parser, which saw what the author wrote.
    if (target === '' || target === END_LABEL || labels.has(target)) return;
    report('dialogue-unknown-target', { target, what, sections: named, suggestion: closest(target, [...named, END_LABEL]) }, line, `dialogue › target "${target}"`);
  };
  const checkRefs = (refs: readonly DialogueRef[]) => {
    for (const ref of refs) {
      const field = `dialogue › ${ref.type} "${ref.id}"`;
      if (ref.id === '') report('dialogue-unknown-reference', { case: 'no-id', type: ref.type }, ref.line, field);
      else if (ref.type === 'module' ? !context.hasModule(ref.id) : !context.hasObjection(ref.id))
        report('dialogue-unknown-reference', { case: 'unknown', type: ref.type, id: ref.id }, ref.line, field);
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
      if (index > 0 && !reached.has(section.label)) report('dialogue-unreachable-section', { label: section.label }, section.line, field);
      if (isDeadEnd(section)) {
        const stop = section.steps[section.steps.length - 1]?.line ?? section.line;
        report('dialogue-dead-end', { label: index === 0 ? undefined : section.label }, stop, field);
      }
    });
    for (const loop of findEndlessLoops(graph)) {
      const at = loop.map((section) => ({ label: section === opening ? undefined : section.label, line: section.exit?.line ?? section.line }));
      report('dialogue-endless-loop', { sections: at }, at[0]!.line, sectionField(loop[0]!, loop[0] === opening));
    }
  }
  // Sorting is stable, so problems on one line keep the order they were found in.
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

type Reporter = <C extends DialogueProblemCode>(code: C, args: ProblemArgs<C>, line: number, field: string) => void;

// A weak mark teaches the learner's judgement, so it belongs to choices the company's role makes,
// and a decision point needs at least one choice that is not weak.
function checkWeakMarks(choice: DialogueChoice, staff: readonly string[], report: Reporter): void {
  const weak = choice.options.filter((option) => option.weak);
  if (weak.length === 0) return;
  if (!staff.includes(choice.role)) {
    for (const option of weak) report('dialogue-weak-not-staff', { role: choice.role, staff }, option.weak!.line, `dialogue › option "${option.id}" › weak`);
  } else if (weak.length === choice.options.length) {
    report('dialogue-all-options-weak', { line: choice.line }, choice.line, `dialogue › choice ${choice.id}`);
  }
}

function isDeadEnd(section: DialogueSection): boolean {
  return !section.exit || (section.exit.kind === 'choice' && section.exit.options.length === 0);
}

// One slip for a short name: "mangaer" finds "manager", but "boss" does not find "rep".
const closest = (word: string, candidates: readonly string[]) => closestName(word, candidates, 1);
