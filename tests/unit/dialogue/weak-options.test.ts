import { describe, expect, it } from 'vitest';
import { checkDialogue, parseDialogue, printDialogue } from '../../../src/lib/engine/dialogue/index.ts';
import { dialogueTexts } from '../../../src/lib/engine/checks/check-dialogues.ts';
import { exampleContext, withoutLines } from './fixtures.ts';

const decision = [
  'client: Your price is too high.',
  'rep:',
  '  * Compared with what, if I may ask? -> clarify',
  '  * Fine, I can give you 10% off right now. -> discount',
  '    ! Gives a discount before learning what the price is compared with. {objection:have-a-supplier} {module:open-question}',
  '',
  '== clarify',
  'client: With our carrier.',
  '-> end',
  '',
  '== discount',
  'client: Then the old price was inflated.',
  '-> end',
].join('\n');

describe('weak options', () => {
  it('reads an indented `!` line as the reason the option above it is weak, with its markers', () => {
    const { graph, problems } = parseDialogue(decision, 10);
    expect(problems).toEqual([]);
    const exit = graph.sections[0]!.exit;
    expect(exit?.kind === 'choice' && exit.options.map((option) => option.weak)).toEqual([
      undefined,
      {
        text: 'Gives a discount before learning what the price is compared with.',
        refs: [
          { type: 'objection', id: 'have-a-supplier', line: 14 },
          { type: 'module', id: 'open-question', line: 14 },
        ],
        line: 14,
      },
    ]);
  });

  it('prints the reason under its option and reads it back as the same graph', () => {
    const { graph } = parseDialogue(decision, 1);
    const printed = printDialogue(graph);
    expect(printed).toContain(
      '  * Fine, I can give you 10% off right now. -> discount\n    ! Gives a discount before learning what the price is compared with. {objection:have-a-supplier} {module:open-question}\n',
    );
    expect(withoutLines(parseDialogue(printed, 1).graph)).toEqual(withoutLines(graph));
  });

  it('finds nothing wrong with a weak option of the staff role', () => {
    expect(checkDialogue(parseDialogue(decision, 1).graph, exampleContext)).toEqual([]);
  });

  it('reports a `!` line that stands under no option', () => {
    const { problems } = parseDialogue('rep: Hello.\n! Too cold.\n-> end', 5);
    expect(problems).toEqual([
      {
        code: 'dialogue-syntax',
        severity: 'error',
        line: 6,
        field: 'dialogue › opening section',
        message: 'Unexpected weak-choice line “! Too cold.” outside an option.',
        expected:
          'Put `! reason` right under the option it explains, indented like it, e.g. `  * Fine, 10% off. -> discount` then `    ! Gives a discount before learning the volume. {module:needs-volume-question}`.',
      },
    ]);
  });

  it('reports a `!` without a reason', () => {
    const { problems } = parseDialogue('rep:\n  * A -> end\n    ! {module:open-question}\n  * B -> end', 1);
    expect(problems.map((problem) => [problem.line, problem.field, problem.message])).toEqual([
      [3, 'dialogue › option "start-1.1" › weak', 'Unexpected `!` without a reason: the learner is told why the choice is weak.'],
    ]);
  });

  it('reports a second `!` line under the same option and keeps the first reason', () => {
    const { graph, problems } = parseDialogue('rep:\n  * A -> end\n    ! First.\n    ! Second.\n  * B -> end', 1);
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [4, 'This option is already marked weak at line 3; an option takes one `!` line.'],
    ]);
    const exit = graph.sections[0]!.exit;
    expect(exit?.kind === 'choice' && exit.options[0]!.weak?.text).toBe('First.');
  });

  it('reports a weak mark on a choice of a role that does not speak for the company', () => {
    const source = 'client:\n  * Yes. -> end\n  * No. -> end\n    ! Rude.';
    expect(checkDialogue(parseDialogue(source, 1).graph, exampleContext)).toEqual([
      {
        code: 'dialogue-weak-not-staff',
        severity: 'error',
        line: 4,
        field: 'dialogue › option "start-1.2" › weak',
        message: "Unexpected weak mark on a choice of “client”, who does not speak for the company: only the learner's own role is scored.",
        expected: 'Remove the `!` line, or add “client” to `staff` in the frontmatter if it is a staff role (“rep” now).',
      },
    ]);
  });

  it('accepts weak marks of any role listed as staff', () => {
    const source = 'agent:\n  * Yes. -> end\n  * No. -> end\n    ! Rude.';
    const context = { ...exampleContext, roles: { agent: 'Agent' }, staff: ['agent'] };
    expect(checkDialogue(parseDialogue(source, 1).graph, context)).toEqual([]);
  });

  it('reports a choice point whose every option is weak', () => {
    const source = 'rep: Hi.\nrep:\n  * A -> end\n    ! Bad.\n  * B -> end\n    ! Also bad.';
    const problems = checkDialogue(parseDialogue(source, 1).graph, exampleContext);
    expect(problems.map((problem) => [problem.code, problem.line, problem.message])).toEqual([
      ['dialogue-all-options-weak', 2, 'Every option of the choice at line 2 is marked weak, so the learner cannot choose well.'],
    ]);
  });

  it('reports an unknown module named in a reason', () => {
    const source = 'rep:\n  * A -> end\n  * B -> end\n    ! Skips the needs. {module:no-such-module}';
    const problems = checkDialogue(parseDialogue(source, 1).graph, exampleContext);
    expect(problems.map((problem) => [problem.code, problem.line, problem.field])).toEqual([
      ['dialogue-unknown-reference', 4, 'dialogue › module "no-such-module"'],
    ]);
  });

  it('leaves weak options out of the stop-phrase lint, since they show what not to say', () => {
    const { graph } = parseDialogue(decision, 1);
    expect(dialogueTexts(graph, ['rep']).map((text) => text.text)).toEqual(['Compared with what, if I may ask?']);
  });
});
