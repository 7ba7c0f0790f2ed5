import { describe, expect, it } from 'vitest';
import { parseDialogue } from '../../../src/lib/dialogue/index.ts';
import type { DialogueGraph } from '../../../src/lib/dialogue/index.ts';
import { exampleFenceLine, exampleSource, garbage, seededRandom } from './fixtures.ts';

const exampleGraph: DialogueGraph = {
  sections: [
    {
      label: 'start',
      line: 21,
      steps: [
        {
          kind: 'line',
          id: 'start-1',
          role: 'rep',
          text: 'Good afternoon, Anna! This is Ivan from Northwind.',
          refs: [{ type: 'module', id: 'state-call-goal', line: 21 }],
          line: 21,
        },
        { kind: 'line', id: 'start-2', role: 'client', text: 'What is it about?', refs: [], line: 22 },
        {
          kind: 'line',
          id: 'start-3',
          role: 'rep',
          text: 'We cut delivery costs for firms like yours. Do you have two minutes?',
          refs: [],
          line: 23,
        },
      ],
      exit: {
        kind: 'choice',
        id: 'start-4',
        role: 'client',
        line: 24,
        options: [
          { id: 'start-4.1', text: 'We already have a supplier.', refs: [], target: 'supplier', line: 25 },
          { id: 'start-4.2', text: 'Just send me an email.', refs: [], target: 'email', line: 26 },
          { id: 'start-4.3', text: 'Go ahead.', refs: [], target: 'needs', line: 27 },
        ],
      },
    },
    {
      label: 'supplier',
      line: 29,
      steps: [
        {
          kind: 'line',
          id: 'supplier-1',
          role: 'rep',
          text: 'Great, so you know what good service looks like. …',
          refs: [{ type: 'objection', id: 'have-a-supplier', line: 30 }],
          line: 30,
        },
      ],
      exit: { kind: 'jump', target: 'needs', line: 31 },
    },
    {
      label: 'email',
      line: 33,
      steps: [
        {
          kind: 'line',
          id: 'email-1',
          role: 'rep',
          text: 'Sure. To send what fits, may I ask two questions? …',
          refs: [],
          line: 34,
        },
      ],
      exit: { kind: 'jump', target: 'needs', line: 35 },
    },
    {
      label: 'needs',
      line: 37,
      steps: [
        {
          kind: 'line',
          id: 'needs-1',
          role: 'rep',
          text: 'How do you ship today, and what would you change?',
          refs: [{ type: 'module', id: 'open-question', line: 38 }],
          line: 38,
        },
        { kind: 'line', id: 'needs-2', role: 'client', text: 'Mostly by road, and the delays hurt.', refs: [], line: 39 },
      ],
      exit: { kind: 'end', line: 40, implicit: false },
    },
  ],
};

function parse(source: string, firstLine = 1) {
  return parseDialogue(source, firstLine);
}

describe('parseDialogue: reading the graph', () => {
  it('reads the example from the content format into sections, steps, choices and jumps with file lines', () => {
    expect(parse(exampleSource, exampleFenceLine + 1)).toEqual({ graph: exampleGraph, problems: [] });
  });

  it('reads CRLF and lone CR line endings exactly like LF', () => {
    expect(parse(exampleSource.replaceAll('\n', '\r\n'), 21)).toEqual({ graph: exampleGraph, problems: [] });
    expect(parse(exampleSource.replaceAll('\n', '\r'), 21)).toEqual({ graph: exampleGraph, problems: [] });
  });

  it('numbers steps from 1 within each section, the choice point taking the next number', () => {
    const { graph } = parse('rep: Hi.\nclient:\n  * Yes -> a\n  * No -> end\n== a\nrep: One.\nrep: Two.\n-> end');
    expect(graph.sections[0]?.steps.map((step) => step.id)).toEqual(['start-1']);
    const exit = graph.sections[0]?.exit;
    expect(exit?.kind === 'choice' && [exit.id, ...exit.options.map((option) => option.id)]).toEqual([
      'start-2',
      'start-2.1',
      'start-2.2',
    ]);
    expect(graph.sections[1]?.steps.map((step) => step.id)).toEqual(['a-1', 'a-2']);
  });

  it('lets an option lead to end and keeps an arrow inside its text', () => {
    const { graph, problems } = parse('client:\n* Call me -> maybe later. -> end\n  *   Fine.   -> a\n== a\nrep: Ok.');
    expect(problems).toEqual([]);
    expect(graph.sections[0]?.exit).toEqual({
      kind: 'choice',
      id: 'start-1',
      role: 'client',
      line: 1,
      options: [
        { id: 'start-1.1', text: 'Call me -> maybe later.', refs: [], target: 'end', line: 2 },
        { id: 'start-1.2', text: 'Fine.', refs: [], target: 'a', line: 3 },
      ],
    });
  });

  it('allows blank lines between the options of a choice point', () => {
    const { graph, problems } = parse('client:\n  * Yes -> end\n\n  * No -> end');
    expect(problems).toEqual([]);
    expect(graph.sections[0]?.exit?.kind === 'choice' && graph.sections[0].exit.options.length).toBe(2);
  });

  it('extracts module and objection markers in order and tidies the text they leave', () => {
    const { graph } = parse('rep:  {objection:too-expensive}  Compared   with what {module:clarify}?  {MODULE: reframe }', 5);
    expect(graph.sections[0]?.steps[0]).toMatchObject({
      text: 'Compared with what?',
      refs: [
        { type: 'objection', id: 'too-expensive', line: 5 },
        { type: 'module', id: 'clarify', line: 5 },
        { type: 'module', id: 'reframe', line: 5 },
      ],
    });
  });

  it('extracts markers from choice options', () => {
    const { graph } = parse('client:\n  * {objection:have-a-supplier} We have one. -> end');
    const exit = graph.sections[0]?.exit;
    expect(exit?.kind === 'choice' && exit.options[0]).toMatchObject({
      text: 'We have one.',
      refs: [{ type: 'objection', id: 'have-a-supplier', line: 2 }],
    });
  });

  it('keeps a line that only carries a marker, with empty text', () => {
    const { graph } = parse('rep: {module:state-call-goal}\n-> end');
    expect(graph.sections[0]?.steps[0]).toMatchObject({ text: '', refs: [{ type: 'module', id: 'state-call-goal' }] });
  });

  it('keeps no-break spaces inside the text', () => {
    const { graph } = parse('rep: Bonjour\u00a0! {module:greet}');
    expect(graph.sections[0]?.steps[0]?.text).toBe('Bonjour\u00a0!');
  });

  it('ends the last section implicitly on its last line', () => {
    const { graph, problems } = parse('rep: Hello.\n-> more\n== more\nclient: Bye.\n\n', 3);
    expect(problems).toEqual([]);
    expect(graph.sections[1]?.exit).toEqual({ kind: 'end', line: 6, implicit: true });
  });

  it('does not end an earlier section implicitly', () => {
    const { graph } = parse('rep: Hello.\n== more\nclient: Bye.');
    expect(graph.sections[0]?.exit).toBeNull();
  });

  it('forgives equals signs after a section label', () => {
    const { graph, problems } = parse('rep: Hi.\n-> needs\n== needs ==\nrep: Bye.');
    expect(problems).toEqual([]);
    expect(graph.sections[1]?.label).toBe('needs');
  });

  it('reads a role of any letters so that a typo becomes an unknown role, not a syntax error', () => {
    const { graph, problems } = parse('Менеджер: Добрый день!');
    expect(problems).toEqual([]);
    expect(graph.sections[0]?.steps[0]?.role).toBe('Менеджер');
  });
});

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
    const { graph, problems } = parse('rep: Hi.\n-> a\nclient: Wait!\nclient: Hello?\n== a\nrep: Yes.\n-> end\nrep: More.', 2);
    expect(problems).toEqual([
      {
        code: 'dialogue-after-exit',
        severity: 'error',
        line: 4,
        field: 'dialogue › opening section',
        message:
          'Unexpected line “client: Wait!” after the section\'s exit: a section ends at its choice point, jump or `-> end`.',
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
        expected: 'Use lowercase letters, digits and single hyphens, e.g. “price-talk”.',
      },
    ]);
    expect(graph.sections[1]?.label).toBe('Price Talk');
  });

  it('reports a section header without a label', () => {
    expect(parse('rep: Hi.\n==\nrep: So.').problems).toMatchObject([
      { code: 'dialogue-invalid-label', line: 2, field: 'dialogue › section ""', message: 'Unexpected `==` without a label.' },
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
