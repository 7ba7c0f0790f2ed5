import { describe, expect, it } from 'vitest';
import { checkDialogue, parseDialogue } from '../../../src/lib/engine/dialogue/index.ts';
import type { DialogueContext } from '../../../src/lib/engine/dialogue/index.ts';
import { exampleContext, exampleFenceLine, exampleSource } from './fixtures.ts';

function check(source: string, firstLine = 1, context: DialogueContext = exampleContext) {
  return checkDialogue(parseDialogue(source, firstLine).graph, context);
}

describe('checkDialogue', () => {
  it('finds nothing wrong with the example from the content format', () => {
    expect(check(exampleSource, exampleFenceLine + 1)).toEqual([]);
  });

  it('reports an unknown role with its line, suggesting the closest known role', () => {
    expect(check('rep: Hi.\ncleint: Who is this?\n-> end', 30)).toEqual([
      {
        code: 'dialogue-unknown-role',
        severity: 'error',
        line: 31,
        field: 'dialogue › role "cleint"',
        message: "Unknown role “cleint”: it is not a key of the scenario's `roles`.",
        expected: 'Did you mean “client”? Use a role declared in `roles` (“rep” or “client”), or add “cleint” there.',
      },
    ]);
  });

  it('reports an unknown role on every line that uses it, choice points included', () => {
    const problems = check('boss: Hi.\nboss:\n  * Bye -> end');
    expect(problems.map((problem) => [problem.line, problem.field])).toEqual([
      [1, 'dialogue › role "boss"'],
      [2, 'dialogue › role "boss"'],
    ]);
    expect(problems[0]?.expected).toBe('Use a role declared in `roles` (“rep” or “client”), or add “boss” there.');
  });

  it('asks to declare the role when the scenario has no roles', () => {
    const [problem] = check('rep: Hi.', 1, { ...exampleContext, roles: {} });
    expect(problem?.expected).toBe('Add “rep” to `roles` in the frontmatter, with the label the viewer shows for it.');
  });

  it('does not take object prototype names for declared roles', () => {
    expect(check('constructor: Hi.').map((problem) => problem.code)).toEqual(['dialogue-unknown-role']);
  });

  it('reports a jump to an unknown section with its line, listing the sections', () => {
    expect(check('rep: Hi.\n-> neds\n== needs\nrep: So?', 40)).toEqual([
      {
        code: 'dialogue-unknown-target',
        severity: 'error',
        line: 41,
        field: 'dialogue › target "neds"',
        message: 'Unknown section “neds”: this jump leads nowhere.',
        expected:
          'Did you mean “needs”? Lead to a section that exists (“needs”) or to `end`, or add a section `== neds`.',
      },
      expect.objectContaining({ code: 'dialogue-unreachable-section', line: 42 }),
    ]);
  });

  it('reports an option leading to an unknown section with the option line', () => {
    const problems = check('client:\n  * Yes -> yes\n  * No -> noo\n== yes\nrep: Good.\n-> end\n== no\nrep: Pity.', 3);
    expect(problems).toEqual([
      {
        code: 'dialogue-unknown-target',
        severity: 'error',
        line: 5,
        field: 'dialogue › target "noo"',
        message: 'Unknown section “noo”: this option leads nowhere.',
        expected:
          'Did you mean “no”? Lead to a section that exists (“yes” or “no”) or to `end`, or add a section `== noo`.',
      },
      expect.objectContaining({ code: 'dialogue-unreachable-section', field: 'dialogue › section "no"', line: 9 }),
    ]);
  });

  it('asks to add the section when the block has no named sections', () => {
    const [problem] = check('rep: Hi.\n-> later');
    expect(problem?.expected).toBe('Add a section `== later`, or lead to `end`.');
  });

  it('accepts `-> start` as a way back to the opening', () => {
    expect(check('client:\n  * Again -> start\n  * Stop -> end')).toEqual([]);
  });

  it('reports a section that no path from the opening reaches', () => {
    const problems = check('rep: Hi.\n-> end\n\n== orphan\nrep: Nobody hears this.\n-> end', 50);
    expect(problems).toEqual([
      {
        code: 'dialogue-unreachable-section',
        severity: 'error',
        line: 53,
        field: 'dialogue › section "orphan"',
        message: 'Section “orphan” is never reached: no jump or option on a path from the opening leads to it.',
        expected:
          'Lead to it with `-> orphan` or an option `* … -> orphan` from a section that is reached, or delete it.',
      },
    ]);
  });

  it('reports a section reached only from an unreachable one as unreachable too', () => {
    const problems = check('rep: Hi.\n-> end\n== a\nrep: A.\n-> b\n== b\nrep: B.');
    expect(problems.map((problem) => [problem.code, problem.field])).toEqual([
      ['dialogue-unreachable-section', 'dialogue › section "a"'],
      ['dialogue-unreachable-section', 'dialogue › section "b"'],
    ]);
  });

  it('reports a section that neither chooses, jumps nor ends, on its last line', () => {
    const problems = check('rep: Hi.\n-> a\n== a\nrep: One.\nclient: Two.\n== b\nrep: Three.\n-> a', 10);
    expect(problems).toContainEqual({
      code: 'dialogue-dead-end',
      severity: 'error',
      line: 14,
      field: 'dialogue › section "a"',
      message: 'Section “a” stops without a choice point, a jump or `-> end`, so the role-play gets stuck there.',
      expected:
        'End the section with a choice point, `-> label` or `-> end`; only the last section of the block may simply stop.',
    });
  });

  it('reports an opening that stops before the named sections', () => {
    const problems = check('rep: Hi.\n== a\nrep: A.');
    expect(problems).toMatchObject([
      {
        code: 'dialogue-dead-end',
        line: 1,
        field: 'dialogue › opening section',
        message:
          'The opening section stops without a choice point, a jump or `-> end`, so the role-play gets stuck there.',
      },
      { code: 'dialogue-unreachable-section', line: 2 },
    ]);
  });

  it('reports an empty last section as a dead end at its label', () => {
    expect(check('rep: Hi.\n-> a\n== a')).toMatchObject([{ code: 'dialogue-dead-end', line: 3 }]);
  });

  it('lets the last section of the block end without `-> end`', () => {
    expect(check('rep: Hi.\n-> a\n== a\nclient: Bye.')).toEqual([]);
  });

  it('reports unknown module and objection references in lines and options', () => {
    const source = 'rep: Hi. {module:state-call-goal} {module:greet}\nclient:\n  * {objection:too-pricey} No. -> end';
    expect(check(source, 7)).toEqual([
      {
        code: 'dialogue-unknown-reference',
        severity: 'error',
        line: 7,
        field: 'dialogue › module "greet"',
        message: 'Unknown speech module “greet”: no call script in this language defines it.',
        expected: "Use the id of a module from a call script's `modules` in the same language, or fix the spelling.",
      },
      {
        code: 'dialogue-unknown-reference',
        severity: 'error',
        line: 9,
        field: 'dialogue › objection "too-pricey"',
        message: 'Unknown objection “too-pricey”: there is no objection with that id in this language.',
        expected: 'Use the file name (without extension) of an objection in the same language, or fix the spelling.',
      },
    ]);
  });

  it('reports a marker without an id', () => {
    expect(check('rep: Hi. {objection:}')).toEqual([
      {
        code: 'dialogue-unknown-reference',
        severity: 'error',
        line: 1,
        field: 'dialogue › objection ""',
        message: 'The `{objection:}` marker has no id.',
        expected: 'Write the id after the colon, e.g. `{objection:too-expensive}`.',
      },
    ]);
  });

  it('leaves empty targets and an empty opening to the parser, which reported them', () => {
    expect(check('client:\n  * Yes\n  * No -> end')).toEqual([]);
    expect(check('== a\nrep: Hi.\n-> b\n== b\nrep: Bye.')).toEqual([]);
  });

  it('lists the problems in line order', () => {
    const problems = check('rep: Hi.\n-> a\n== orphan\nrep: X.\n-> end\n== a\nboss: Y.');
    expect(problems.map((problem) => [problem.line, problem.code])).toEqual([
      [3, 'dialogue-unreachable-section'],
      [7, 'dialogue-unknown-role'],
    ]);
  });
});
