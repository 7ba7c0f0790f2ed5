import { describe, expect, it } from 'vitest';
import { parseDialogue } from '../../../src/lib/engine/dialogue/index.ts';
import type { DialogueGraph } from '../../../src/lib/engine/dialogue/index.ts';
import { exampleFenceLine, exampleSource } from './fixtures.ts';

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
        {
          kind: 'line',
          id: 'needs-2',
          role: 'client',
          text: 'Mostly by road, and the delays hurt.',
          refs: [],
          line: 39,
        },
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
    const { graph } = parse(
      'rep:  {objection:too-expensive}  Compared   with what {module:clarify}?  {MODULE: reframe }',
      5,
    );
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

describe('section titles', () => {
  it('reads the title after the label, in any script, and keeps the label as the id', () => {
    const { graph, problems } = parse('rep: Hi.\n-> price\n== price: Вопрос о цене\nrep: So.');
    expect(problems).toEqual([]);
    expect(graph.sections[1]).toMatchObject({ label: 'price', title: 'Вопрос о цене' });
    expect(graph.sections[1]?.steps[0]?.id).toBe('price-1');
  });

  it('keeps colons inside the title and forgives trailing equals signs', () => {
    const { graph } = parse('rep: Hi.\n-> a\n== a :  משא ומתן: שלב ב׳  ==\nrep: So.');
    expect(graph.sections[1]).toMatchObject({ label: 'a', title: 'משא ומתן: שלב ב׳' });
  });

  it('leaves a section without a title when nothing follows the colon', () => {
    const { graph } = parse('rep: Hi.\n-> a\n== a:\nrep: So.');
    expect(graph.sections[1]?.label).toBe('a');
    expect(graph.sections[1]).not.toHaveProperty('title');
  });
});
