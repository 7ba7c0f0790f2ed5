import { describe, expect, it } from 'vitest';
import { parseDialogue } from '../../../src/lib/engine/dialogue/index.ts';
import { toPlayGraph } from '../../../src/lib/roleplay/play-graph.ts';
import { exampleSource } from '../dialogue/fixtures.ts';
import { loopSource } from './graphs.ts';

describe('toPlayGraph', () => {
  it('keeps ids, roles, references and exits but not the words', () => {
    const graph = toPlayGraph(parseDialogue(exampleSource, 1).graph);
    expect(graph.sections[0]).toEqual({
      label: 'start',
      steps: [
        { id: 'start-1', role: 'rep', refs: ['module:state-call-goal'] },
        { id: 'start-2', role: 'client', refs: [] },
        { id: 'start-3', role: 'rep', refs: [] },
      ],
      exit: {
        kind: 'choice',
        id: 'start-4',
        role: 'client',
        options: [
          { id: 'start-4.1', target: 'supplier', refs: [] },
          { id: 'start-4.2', target: 'email', refs: [] },
          { id: 'start-4.3', target: 'needs', refs: [] },
        ],
      },
    });
    expect(JSON.stringify(graph)).not.toContain('Good afternoon');
  });

  it('turns jumps into jumps and both explicit and implicit endings into ends', () => {
    const graph = toPlayGraph(parseDialogue(loopSource, 1).graph);
    expect(graph.sections.map((section) => section.exit.kind)).toEqual(['choice', 'jump', 'end']);
    expect(toPlayGraph(parseDialogue(exampleSource, 1).graph).sections.at(-1)?.exit).toEqual({ kind: 'end' });
  });

  it('lists the references of options as well as of lines', () => {
    const graph = toPlayGraph(parseDialogue(loopSource, 1).graph);
    const exit = graph.sections[0]?.exit;
    expect(exit?.kind === 'choice' && exit.options[0]?.refs).toEqual(['module:greet']);
    expect(graph.sections[2]?.steps[0]?.refs).toEqual(['objection:no-time']);
  });

  it('marks a weak option with the keys its reason names, and no other option', () => {
    const source = 'rep:\n  * Ask first. -> end\n  * Discount now. -> end\n    ! Too early. {objection:too-expensive}\n  * Hang up. -> end\n    ! Rude.';
    const exit = toPlayGraph(parseDialogue(source, 1).graph).sections[0]!.exit;
    expect(exit.kind === 'choice' && exit.options.map((option) => option.weak)).toEqual([undefined, ['objection:too-expensive'], []]);
  });
});
