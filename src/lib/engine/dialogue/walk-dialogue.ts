import { jumpTargets } from './types.ts';
import type { DialogueGraph, DialogueSection } from './types.ts';

/** Labels of the sections some path from the opening reaches, the opening's own label included. */
export function reachableSections(graph: DialogueGraph): Set<string> {
  const reached = new Set<string>();
  const opening = graph.sections[0];
  if (!opening) return reached;
  // A duplicated label is reported by the parser; until it is fixed, jumps mean the first one.
  const byLabel = new Map<string, DialogueSection>();
  for (const section of graph.sections) if (!byLabel.has(section.label)) byLabel.set(section.label, section);
  reached.add(opening.label);
  const queue = [opening];
  for (const section of queue) {
    for (const target of jumpTargets(section)) {
      const next = byLabel.get(target);
      if (next && !reached.has(target)) {
        reached.add(target);
        queue.push(next);
      }
    }
  }
  return reached;
}
