import { END_LABEL } from '../../engine/dialogue/types.ts';
import type { DialogueGraph } from '../../engine/dialogue/types.ts';

/** A box of the map: a section, or the end of the conversation. */
export interface SectionNode {
  /** Section label, or `end`. */
  id: string;
  /** A section, or the end. */
  kind: 'section' | 'end';
  /** Spoken lines in the section (0 for the end). */
  lines: number;
}

/** An arrow of the map: a jump, or one or more options leading to the same place. */
export interface SectionEdge {
  /** Label of the section left. */
  from: string;
  /** Label of the section entered, or `end`. */
  to: string;
  /** A choice (an option leads there) or a plain jump (including a section that ends). */
  kind: 'choice' | 'jump';
}

/** Sections and the ways between them. */
export interface SectionGraph {
  /** Sections in written order, then the end when some section ends. */
  nodes: SectionNode[];
  /** One edge per pair of sections, in written order. */
  edges: SectionEdge[];
}

/** Reads the map's boxes and arrows from a dialogue; jumps to unknown sections are left out. */
export function sectionGraph(dialogue: DialogueGraph): SectionGraph {
  const labels = new Set(dialogue.sections.map((section) => section.label));
  const nodes: SectionNode[] = [];
  const edges: SectionEdge[] = [];
  const seenEdges = new Set<string>();
  const addEdge = (from: string, to: string, kind: SectionEdge['kind']) => {
    if (to !== END_LABEL && !labels.has(to)) return;
    if (seenEdges.has(`${from}>${to}`)) return;
    seenEdges.add(`${from}>${to}`);
    edges.push({ from, to, kind });
  };
  for (const section of dialogue.sections) {
    if (nodes.some((node) => node.id === section.label)) continue;
    nodes.push({ id: section.label, kind: 'section', lines: section.steps.length });
    const exit = section.exit;
    if (exit?.kind === 'choice') for (const option of exit.options) addEdge(section.label, option.target || END_LABEL, 'choice');
    else if (exit?.kind === 'jump') addEdge(section.label, exit.target, 'jump');
    else addEdge(section.label, END_LABEL, 'jump');
  }
  if (edges.some((edge) => edge.to === END_LABEL)) nodes.push({ id: END_LABEL, kind: 'end', lines: 0 });
  return { nodes, edges };
}

/** The edges of the shortest way from the opening to the end (fewest sections), as `from>to` keys. */
export function shortestPathToEnd(graph: SectionGraph): Set<string> {
  const opening = graph.nodes[0]?.id;
  const cameFrom = new Map<string, string>();
  if (opening === undefined) return new Set();
  const queue = [opening];
  const seen = new Set(queue);
  for (const id of queue) {
    for (const edge of graph.edges) {
      if (edge.from !== id || seen.has(edge.to)) continue;
      seen.add(edge.to);
      cameFrom.set(edge.to, id);
      queue.push(edge.to);
    }
  }
  const path = new Set<string>();
  for (let at = END_LABEL, from = cameFrom.get(at); from !== undefined; at = from, from = cameFrom.get(at)) {
    path.add(`${from}>${at}`);
  }
  return path;
}
