import { describe, expect, it } from 'vitest';
import { parseDialogue } from '../../../src/lib/engine/dialogue/index.ts';
import { garbage, seededRandom } from './fixtures.ts';

function parse(source: string, firstLine = 1) {
  return parseDialogue(source, firstLine);
}

describe('parseDialogue: syntax problems', () => {
  it('reports a line that is none of the dialogue forms with its line and section', () => {
    expect(parse('rep: Hi.\n-> a\n== a\nJust some prose here.\n-> end', 10).problems).toEqual([
      {
        code: 'dialogue-syntax',
        severity: 'error',
        line: 13,
        field: 'dialogue › section "a"',
        message: 'Unexpected line “Just some prose here.”: it is not a dialogue line.',
        expected:
          'Write `role: text`, a choice point (`role:` then indented `* text -> label` lines), `== label`, `-> label` or `-> end`.',
      },
    ]);
  });

  it('shortens a long unexpected line in the message', () => {
    const [problem] = parse(`${'word '.repeat(20)}\n-> end`).problems;
    expect(problem?.message).toBe(`Unexpected line “${'word '.repeat(8).slice(0, 39)}…”: it is not a dialogue line.`);
  });

  it('reports an option without an arrow and keeps it with an empty target', () => {
    const { graph, problems } = parse('rep: Hi.\nclient:\n  * Yes -> end\n  * Maybe', 4);
    expect(problems).toEqual([
      {
        code: 'dialogue-option-without-target',
        severity: 'error',
        line: 7,
        field: 'dialogue › option "start-2.2"',
        message: 'Option “Maybe” does not say where it leads.',
        expected: 'End the option with `-> label` (a section) or `-> end`.',
      },
    ]);
    const exit = graph.sections[0]?.exit;
    expect(exit?.kind === 'choice' && exit.options[1]?.target).toBe('');
  });

  it('reports a choice point with no options and drops it', () => {
    const { graph, problems } = parse('rep: Hi.\nclient:\nrep: Hello?\n-> end');
    expect(problems).toEqual([
      {
        code: 'dialogue-empty-choice',
        severity: 'error',
        line: 2,
        field: 'dialogue › opening section',
        message: 'Unexpected `client:` with nothing after it: a choice point needs options.',
        expected: 'Add indented options below it (`  * text -> label`), or write what client says after the colon.',
      },
    ]);
    expect(graph.sections[0]?.steps.map((step) => step.id)).toEqual(['start-1', 'start-2']);
  });

  it('reports an option outside a choice point', () => {
    expect(parse('rep: Hi.\n  * Yes -> end\n-> end').problems).toMatchObject([
      { code: 'dialogue-syntax', line: 2, message: 'Unexpected option “* Yes -> end” outside a choice point.' },
    ]);
  });

  it('reports only the first line after a section exit, up to the next section', () => {
    const { graph, problems } = parse(
      'rep: Hi.\n-> a\nclient: Wait!\nclient: Hello?\n== a\nrep: Yes.\n-> end\nrep: More.',
      2,
    );
    expect(problems).toEqual([
      {
        code: 'dialogue-after-exit',
        severity: 'error',
        line: 4,
        field: 'dialogue › opening section',
        message:
          "Unexpected line “client: Wait!” after the section's exit: a section ends at its choice point, jump or `-> end`.",
        expected: 'Start a new section with `== label` before this line, or move the line above the exit.',
      },
      expect.objectContaining({ code: 'dialogue-after-exit', line: 9, field: 'dialogue › section "a"' }),
    ]);
    expect(graph.sections[0]?.steps).toHaveLength(1);
  });

  it('reports a jump without a label', () => {
    expect(parse('rep: Hi.\n->').problems).toMatchObject([
      { code: 'dialogue-syntax', line: 2, message: 'Unexpected `->` without a label.' },
    ]);
  });

  it('reports a duplicate section label at its second use, naming the first', () => {
    const { problems } = parse('rep: Hi.\n-> a\n== a\nrep: One.\n-> end\n== a\nrep: Two.', 11);
    expect(problems).toEqual([
      {
        code: 'dialogue-duplicate-label',
        severity: 'error',
        line: 16,
        field: 'dialogue › section "a"',
        message: 'Section label “a” is already used at line 13.',
        expected: 'Give each section its own label, and point each jump and option at the section it means.',
      },
    ]);
  });

  it('reports the reserved labels start and end', () => {
    const { problems } = parse('rep: Hi.\n-> end\n== start\nrep: A.\n-> end\n== end\nrep: B.');
    expect(problems).toEqual([
      {
        code: 'dialogue-reserved-label',
        severity: 'error',
        line: 3,
        field: 'dialogue › section "start"',
        message: 'Section label “start” is reserved: it names the unnamed opening section.',
        expected: 'Choose another label, and update the jumps and options that lead to the section.',
      },
      expect.objectContaining({
        code: 'dialogue-reserved-label',
        line: 6,
        field: 'dialogue › section "end"',
        message: 'Section label “end” is reserved: `-> end` ends the role-play.',
      }),
    ]);
  });

  it('reports a label that is not an id and suggests one', () => {
    const { graph, problems } = parse('rep: Hi.\n-> Price Talk\n== Price Talk\nrep: So.');
    expect(problems).toEqual([
      {
        code: 'dialogue-invalid-label',
        severity: 'error',
        line: 3,
        field: 'dialogue › section "Price Talk"',
        message: 'Section label “Price Talk” is not an id.',
        expected: 'Use lowercase letters, digits and single hyphens, e.g. “price-talk”; put the name readers see after a colon: `== price-talk: Price Talk`.',
      },
    ]);
    expect(graph.sections[1]?.label).toBe('Price Talk');
  });

  it('reports a label that is not an id even when the section has a title', () => {
    expect(parse('rep: Hi.\n-> Цена\n== Цена: Вопрос о цене\nrep: So.').problems).toMatchObject([
      { code: 'dialogue-invalid-label', line: 3, message: 'Section label “Цена” is not an id.', expected: 'Use lowercase letters, digits and single hyphens, e.g. “needs”.' },
    ]);
  });

  it('reports a section header without a label', () => {
    expect(parse('rep: Hi.\n==\nrep: So.').problems).toMatchObject([
      {
        code: 'dialogue-invalid-label',
        line: 2,
        field: 'dialogue › section ""',
        message: 'Unexpected `==` without a label.',
      },
    ]);
  });

  it('reports a marker of an unknown kind and leaves it in the text', () => {
    const { graph, problems } = parse('rep: Hello {modul:greet} there.');
    expect(problems).toEqual([
      {
        code: 'dialogue-unknown-marker',
        severity: 'error',
        line: 1,
        field: 'dialogue › marker "{modul:greet}"',
        message: 'Unknown marker “{modul:greet}”: only `{module:ID}` and `{objection:ID}` mark what a line uses.',
        expected: 'Write `{module:greet}` or `{objection:greet}`, or remove the braces.',
      },
    ]);
    expect(graph.sections[0]?.steps[0]?.text).toBe('Hello {modul:greet} there.');
  });

  it('reports an empty block on its first line', () => {
    expect(parse('\n  \n', 8).problems).toEqual([
      {
        code: 'dialogue-empty',
        severity: 'error',
        line: 8,
        field: 'dialogue',
        message: 'The dialogue block is empty.',
        expected: 'Write the role-play inside the block: `role: text` lines, then a choice point, a jump or `-> end`.',
      },
    ]);
  });

  it('reports a block that starts with a named section instead of the opening', () => {
    expect(parse('\n== intro\nrep: Hi.', 4).problems).toEqual([
      {
        code: 'dialogue-missing-opening',
        severity: 'error',
        line: 5,
        field: 'dialogue › section "intro"',
        message: 'The dialogue starts with section “intro”, so it has no opening.',
        expected:
          'Put the opening lines before the first `== label` (the opening is unnamed), or remove `== intro` so its lines become the opening.',
      },
    ]);
  });

  it('never throws and always returns an opening section, whatever the input', () => {
    const random = seededRandom(20260101);
    for (let round = 0; round < 2000; round += 1) {
      const source = garbage(random);
      const { graph, problems } = parse(source, 1 + round);
      expect(graph.sections[0]?.label, JSON.stringify(source)).toBe('start');
      for (const problem of problems) expect(problem.line, JSON.stringify(source)).toBeGreaterThanOrEqual(1 + round);
    }
    expect(() => parseDialogue(undefined as unknown as string, 1)).not.toThrow();
  });
});
