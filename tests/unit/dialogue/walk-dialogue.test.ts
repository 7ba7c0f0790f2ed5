import { describe, expect, it } from 'vitest';
import { jumpTargets, parseDialogue, reachableSections } from '../../../src/lib/engine/dialogue/index.ts';
import { exampleSource } from './fixtures.ts';

describe('reachableSections', () => {
  it('reaches every section of the example from the opening', () => {
    expect(reachableSections(parseDialogue(exampleSource, 1).graph)).toEqual(
      new Set(['start', 'supplier', 'email', 'needs']),
    );
  });

  it('follows jumps and options through loops without reaching the rest', () => {
    const source = 'client:\n * A -> a\n * B -> end\n== a\nrep: A.\n-> start\n== b\nrep: B.\n-> a';
    expect(reachableSections(parseDialogue(source, 1).graph)).toEqual(new Set(['start', 'a']));
  });

  it('reaches nothing in a graph without sections', () => {
    expect(reachableSections({ sections: [] })).toEqual(new Set());
  });
});

describe('jumpTargets', () => {
  it('lists the section labels a choice point leads to once each, without end or empty targets', () => {
    const { graph } = parseDialogue('client:\n * A -> a\n * B -> end\n * C -> a\n * D\n * E -> e', 1);
    expect(graph.sections[0] && jumpTargets(graph.sections[0])).toEqual(['a', 'e']);
  });

  it('lists the target of a jump and nothing for an end', () => {
    const { graph } = parseDialogue('rep: Hi.\n-> a\n== a\nrep: Bye.\n-> end', 1);
    expect(graph.sections.map((section) => jumpTargets(section))).toEqual([['a'], []]);
  });
});
