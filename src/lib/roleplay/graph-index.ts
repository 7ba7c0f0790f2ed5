import type { PlayExit, PlayGraph, PlayOption, PlaySection, PlayStep } from './play-graph.ts';

/** Where a step id points inside the graph. */
export type StepPlace =
  | { kind: 'line'; section: PlaySection; index: number; step: PlayStep }
  | { kind: 'choice'; section: PlaySection; choice: Extract<PlayExit, { kind: 'choice' }> }
  | { kind: 'option'; section: PlaySection; choice: Extract<PlayExit, { kind: 'choice' }>; option: PlayOption };

/** A play graph with look-ups by section label and by step id, built once per scenario. */
export interface IndexedGraph {
  /** The graph itself. */
  graph: PlayGraph;
  /** Sections by label; a duplicated label means the first one, as jumps do. */
  sections: Map<string, PlaySection>;
  /** Lines, choice points and options by id. */
  places: Map<string, StepPlace>;
}

/** Indexes a play graph for the state machine. */
export function indexGraph(graph: PlayGraph): IndexedGraph {
  const sections = new Map<string, PlaySection>();
  const places = new Map<string, StepPlace>();
  for (const section of graph.sections) {
    if (sections.has(section.label)) continue;
    sections.set(section.label, section);
    section.steps.forEach((step, index) => places.set(step.id, { kind: 'line', section, index, step }));
    const exit = section.exit;
    if (exit.kind !== 'choice') continue;
    places.set(exit.id, { kind: 'choice', section, choice: exit });
    for (const option of exit.options) places.set(option.id, { kind: 'option', section, choice: exit, option });
  }
  return { graph, sections, places };
}
