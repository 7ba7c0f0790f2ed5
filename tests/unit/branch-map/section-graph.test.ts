import { describe, expect, it } from 'vitest';
import { parseDialogue } from '../../../src/lib/engine/dialogue/index.ts';
import { sectionGraph, shortestPathToEnd } from '../../../src/lib/handbook/branch-map/section-graph.ts';
import { exampleSource } from '../dialogue/fixtures.ts';

const graphOf = (source: string) => sectionGraph(parseDialogue(source, 1).graph);

describe('sectionGraph', () => {
  it('has a box per section with its line count, and one for the end', () => {
    expect(graphOf(exampleSource).nodes).toEqual([
      { id: 'start', kind: 'section', lines: 3 },
      { id: 'supplier', kind: 'section', lines: 1 },
      { id: 'email', kind: 'section', lines: 1 },
      { id: 'needs', kind: 'section', lines: 2 },
      { id: 'end', kind: 'end', lines: 0 },
    ]);
  });

  it('draws choices and jumps as arrows, and a section that ends as a jump to the end', () => {
    expect(graphOf(exampleSource).edges).toEqual([
      { from: 'start', to: 'supplier', kind: 'choice' },
      { from: 'start', to: 'email', kind: 'choice' },
      { from: 'start', to: 'needs', kind: 'choice' },
      { from: 'supplier', to: 'needs', kind: 'jump' },
      { from: 'email', to: 'needs', kind: 'jump' },
      { from: 'needs', to: 'end', kind: 'jump' },
    ]);
  });

  it('draws one arrow for several options leading to the same place, including the end', () => {
    const graph = graphOf('client:\n * A -> a\n * B -> a\n * C -> end\n== a\nrep: Fine.\n-> end');
    expect(graph.edges).toEqual([
      { from: 'start', to: 'a', kind: 'choice' },
      { from: 'start', to: 'end', kind: 'choice' },
      { from: 'a', to: 'end', kind: 'jump' },
    ]);
  });

  it('leaves out jumps to sections that do not exist', () => {
    expect(graphOf('rep: Hi.\n-> nowhere').edges).toEqual([]);
  });
});

describe('shortestPathToEnd', () => {
  it('takes the way through the fewest sections', () => {
    expect(shortestPathToEnd(graphOf(exampleSource))).toEqual(new Set(['start>needs', 'needs>end']));
  });

  it('is empty when no way leads to the end', () => {
    expect(shortestPathToEnd(graphOf('rep: Hi.\n-> a\n== a\nrep: Again.\n-> start'))).toEqual(new Set());
  });
});
