import { describe, expect, it } from 'vitest';
import { checkDialogue, parseDialogue, printDialogue } from '../../../src/lib/engine/dialogue/index.ts';
import { exampleContext, exampleSource, garbage, seededRandom, withoutLines } from './fixtures.ts';

function roundTrip(source: string) {
  const { graph } = parseDialogue(source, 1);
  return { before: withoutLines(graph), after: withoutLines(parseDialogue(printDialogue(graph), 1).graph) };
}

describe('printDialogue', () => {
  it('prints the example from the content format in the dialogue syntax', () => {
    expect(printDialogue(parseDialogue(exampleSource, 1).graph)).toBe(
      [
        'rep: Good afternoon, Anna! This is Ivan from Northwind. {module:state-call-goal}',
        'client: What is it about?',
        'rep: We cut delivery costs for firms like yours. Do you have two minutes?',
        'client:',
        '  * We already have a supplier. -> supplier',
        '  * Just send me an email. -> email',
        '  * Go ahead. -> needs',
        '',
        '== supplier',
        'rep: Great, so you know what good service looks like. … {objection:have-a-supplier}',
        '-> needs',
        '',
        '== email',
        'rep: Sure. To send what fits, may I ask two questions? …',
        '-> needs',
        '',
        '== needs',
        'rep: How do you ship today, and what would you change? {module:open-question}',
        'client: Mostly by road, and the delays hurt.',
        '-> end',
        '',
      ].join('\n'),
    );
  });

  it('prints a section title after its label, so it reads back the same', () => {
    const source = 'rep: Hi.\n-> price\n\n== price: 价格问题\nrep: So.\n';
    expect(printDialogue(parseDialogue(source, 1).graph)).toBe(source);
    const { before, after } = roundTrip(source);
    expect(after).toEqual(before);
  });

  it('prints nothing for an implicit end, so it reads back as implicit', () => {
    expect(printDialogue(parseDialogue('rep: Hi.\nclient: Bye.', 1).graph)).toBe('rep: Hi.\nclient: Bye.\n');
  });

  it.each([
    ['the content format example', exampleSource],
    ['a single line', 'rep: Hello.'],
    [
      'a choice right at the opening',
      'client:\n  * Yes {module:a} -> yes\n  * No -> end\n== yes\nrep: Good. {objection:b}',
    ],
    ['options whose text holds arrows and markers', 'client:\n* A -> B {module:m} -> end\n*   -> end'],
    ['sections that jump back', 'rep: Hi.\n-> a\n== a\nclient:\n * Again -> start\n * Stop -> b\n== b\n-> end'],
    ['non-Latin text and roles', 'менеджер: Добрый день!\u00a0{module:приветствие}\n-> end'],
    ['broken input', '== Bad Label ==\nrep:\nclient: {module:} hi {modul:x}\n->\n== a\n*orphan\n-> a -> b'],
    ['a marker hidden inside another', 'rep: {module:{module:a}b} done {objection:{x}.'],
  ])('reads back %s as the same graph', (_name, source) => {
    const { before, after } = roundTrip(source);
    expect(after).toEqual(before);
  });

  it('reads back the graph of any input as the same graph, and checking it never throws', () => {
    const random = seededRandom(424242);
    for (let round = 0; round < 1000; round += 1) {
      const source = garbage(random);
      const { before, after } = roundTrip(source);
      expect(after, JSON.stringify(source)).toEqual(before);
      expect(() => checkDialogue(parseDialogue(source, 1).graph, exampleContext)).not.toThrow();
    }
  });
});
