import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDialogue,
  dialogueProblemCodes,
  findEndlessLoops,
  findScenarioDialogue,
  parseDialogue,
  printDialogue,
  type DialogueExit,
  type DialogueGraph,
  type DialogueSection,
} from '../../../src/lib/engine/dialogue/index.ts';
import type { LocatedProblem } from '../../../src/lib/engine/problems.ts';
import { withoutLines } from '../dialogue/fixtures.ts';
import { anyText, fuzzing, fuzzRuns } from './arbitraries.ts';

const runs = fuzzRuns(300);

// Pieces of the dialogue syntax, so that random text reaches the parser's branches far more often
// than random characters alone would.
const dialogueToken = fc.constantFrom(
  'rep:', 'client:', 'Rep:', 'a.b:', ' ', '\t', '  * ', '*', '    ! ', '!', '->', '-> end', '-> a', '== ', '== a', '== start',
  '== Bad Label', '==', '=', 'a', 'end', 'Hello', '.', '…', ':', '{', '}', '{module:x}', '{objection:}',
  '{Module: y }', '{modul:q}', '{module:{module:x}y}', 'é', 'Привет', '\u00a0', '\u2028', '\uFEFF', '\n', '\n',
  '\r\n', '\r',
);
const dialogueText = fc.oneof(
  anyText(200),
  fc.array(fc.oneof({ weight: 9, arbitrary: dialogueToken }, { weight: 1, arbitrary: anyText(3) }), { maxLength: 80 }).map((parts) => parts.join('')),
);
const firstLine = fc.integer({ min: 1, max: 10_000 });

function lineCount(source: string): number {
  return source.split(/\r\n|\r|\n/u).length;
}

function linesOf(graph: DialogueGraph): number[] {
  const exitLines = (exit: DialogueExit): number[] => {
    if (exit?.kind !== 'choice') return exit ? [exit.line] : [];
    return [
      exit.line,
      ...exit.options.flatMap((option) => [
        option.line,
        ...option.refs.map((ref) => ref.line),
        ...(option.weak ? [option.weak.line, ...option.weak.refs.map((ref) => ref.line)] : []),
      ]),
    ];
  };
  return graph.sections.flatMap((section) => [
    section.line,
    ...section.steps.flatMap((step) => [step.line, ...step.refs.map((ref) => ref.line)]),
    ...exitLines(section.exit),
  ]);
}

function expectLocated(problems: readonly LocatedProblem[], from: number, to: number): void {
  for (const problem of problems) {
    expect(dialogueProblemCodes).toContain(problem.code);
    expect(problem.line).toBeGreaterThanOrEqual(from);
    expect(problem.line).toBeLessThanOrEqual(to);
    expect(problem.message).not.toBe('');
    expect(problem.expected).not.toBe('');
  }
}

const context = { roles: { rep: 'Rep', client: 'Client' }, hasModule: () => false, hasObjection: () => true };

describe('dialogue parser on any input', fuzzing, () => {
  it('never throws and reports problems only on lines of the block', () => {
    fc.assert(
      fc.property(dialogueText, firstLine, (source, first) => {
        const { graph, problems } = parseDialogue(source, first);
        expect(graph.sections.length).toBeGreaterThan(0);
        expectLocated(problems, first, first + lineCount(source) - 1);
      }),
      runs,
    );
  });

  it('places every section, step, exit and marker of the graph on a line of the block', () => {
    fc.assert(
      fc.property(dialogueText, firstLine, (source, first) => {
        for (const line of linesOf(parseDialogue(source, first).graph)) {
          expect(line).toBeGreaterThanOrEqual(first);
          expect(line).toBeLessThanOrEqual(first + lineCount(source) - 1);
        }
      }),
      runs,
    );
  });

  it('checks the graph of any input without throwing, reporting only lines of the block', () => {
    fc.assert(
      fc.property(dialogueText, firstLine, (source, first) => {
        const problems = checkDialogue(parseDialogue(source, first).graph, context);
        expectLocated(problems, first, first + lineCount(source) - 1);
      }),
      runs,
    );
  });

  it('finds the dialogue block of any scenario body without throwing', () => {
    const body = fc.array(fc.oneof(dialogueToken, fc.constantFrom('```dialogue\n', '```\n', '~~~~ dialogue x\n', '   ```', '```js`\n')), { maxLength: 60 });
    fc.assert(
      fc.property(body, firstLine, (parts, first) => {
        const text = parts.join('');
        const { block, problems } = findScenarioDialogue(text, first);
        expect(block !== undefined || problems.length === 1).toBe(true);
        for (const problem of problems) if (problem.line !== undefined) expect(problem.line).toBeGreaterThanOrEqual(first);
      }),
      runs,
    );
  });
});

// A valid graph: ids as the parser numbers them, every section reached from the opening, every
// section left by a choice, a jump or `-> end` (the last may simply stop), every section with a
// path to an ending, markers on known ids.
const roles = ['rep', 'client', 'manager'];
const word = fc.string({ unit: fc.constantFrom(...'abcxyzéßЖжёЁ0123456789.,!?\'’«»()-—>:*=#…中文'), minLength: 1, maxLength: 8 });
const spokenText = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
const id = fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,4}){0,2}$/);
const refs = fc.array(fc.record({ type: fc.constantFrom('module' as const, 'objection' as const), id, line: fc.constant(0) }), { maxLength: 2 });

const validGraph = fc
  .uniqueArray(id.filter((label) => label !== 'start' && label !== 'end'), { maxLength: 5 })
  .chain((named) => {
    const labels = ['start', ...named];
    // Each section after the opening gets a parent earlier in the list, which must lead to it.
    const parents = fc.tuple(...named.map((_, i) => fc.nat({ max: i })));
    const sectionShape = labels.map((_, i) =>
      fc.record({
        steps: fc.array(fc.record({ role: fc.constantFrom(...roles), text: spokenText, refs }), { minLength: i === 0 ? 1 : 0, maxLength: 3 }),
        exitKind: fc.constantFrom('choice', 'jump', 'end', 'stop'),
        chooser: fc.constantFrom(...roles),
        extraTargets: fc.array(fc.constantFrom(...labels, 'end'), { maxLength: 2 }),
        options: fc.array(fc.record({ text: spokenText, refs }), { minLength: 3, maxLength: 3 }),
      }),
    );
    return fc.tuple(fc.constant(labels), parents, fc.tuple(...sectionShape));
  })
  .map(([labels, parents, shapes]): DialogueGraph => {
    const children = labels.map((_, i) => labels.filter((__, j) => j > 0 && parents[j - 1] === i));
    const sections = shapes.map((shape, i): DialogueSection => {
      const label = labels[i] ?? 'start';
      const steps = shape.steps.map((step, n) => ({ kind: 'line' as const, id: `${label}-${n + 1}`, line: 0, ...step }));
      const targets = [...(children[i] ?? []), ...shape.extraTargets];
      const isLast = i === labels.length - 1;
      let exit: DialogueExit;
      if (targets.length > 1 || (shape.exitKind === 'choice' && targets.length > 0)) {
        const choiceId = `${label}-${steps.length + 1}`;
        const options = targets.map((target, k) => ({ id: `${choiceId}.${k + 1}`, target, line: 0, ...(shape.options[k % 3] ?? { text: 'Yes', refs: [] }) }));
        exit = { kind: 'choice', id: choiceId, role: shape.chooser, options, line: 0 };
      } else if (targets[0] === 'end') {
        // `-> end` is read as the end of the role-play, never as a jump.
        exit = { kind: 'end', line: 0, implicit: false };
      } else if (targets.length === 1 || shape.exitKind === 'jump') {
        exit = { kind: 'jump', target: targets[0] ?? 'start', line: 0 };
      } else {
        // Only the last section may simply stop, and only after a line, or it would be a dead end.
        exit = { kind: 'end', line: 0, implicit: isLast && shape.exitKind === 'stop' && steps.length > 0 };
      }
      return { label, line: 0, steps, exit };
    });
    return { sections };
  })
  .filter((graph) => findEndlessLoops(graph).length === 0);

const knownIds = { roles: { rep: 'Rep', client: 'Client', manager: 'Manager' }, hasModule: () => true, hasObjection: () => true };

describe('dialogue printer and parser on valid graphs', fuzzing, () => {
  it('prints a valid graph that parses back to the same graph, up to line numbers', () => {
    fc.assert(
      fc.property(validGraph, (graph) => {
        expect(withoutLines(parseDialogue(printDialogue(graph), 1).graph)).toEqual(withoutLines(graph));
      }),
      runs,
    );
  });

  it('prints a valid graph that the parser and the checks find nothing wrong with', () => {
    fc.assert(
      fc.property(validGraph, (graph) => {
        const parsed = parseDialogue(printDialogue(graph), 1);
        expect(parsed.problems).toEqual([]);
        expect(checkDialogue(parsed.graph, knownIds)).toEqual([]);
      }),
      runs,
    );
  });
});
