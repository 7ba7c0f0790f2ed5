import { END_LABEL, jumpTargets } from './types.ts';
import type { DialogueGraph, DialogueSection } from './types.ts';
import { reachableSections } from './walk-dialogue.ts';

/**
 * Groups of reached sections from which no path leads to an ending: a section that jumps to
 * itself, or sections that only lead to each other. Each group is a closed loop (sections feeding
 * into it are fixed with it, so they are not listed), its sections in written order.
 */
export function findEndlessLoops(graph: DialogueGraph): DialogueSection[][] {
  const byLabel = new Map<string, DialogueSection>();
  // A duplicated label is reported by the parser; until it is fixed, jumps mean the first one.
  for (const section of graph.sections) if (!byLabel.has(section.label)) byLabel.set(section.label, section);
  const reached = reachableSections(graph);
  const sections = [...byLabel.values()].filter((section) => reached.has(section.label));
  const next = (section: DialogueSection) => jumpTargets(section).flatMap((label) => byLabel.get(label) ?? []);

  // Walking backwards from every section that can stop finds all sections with a way out.
  const canEnd = new Set(sections.filter((section) => stopsOrIsReportedElsewhere(section, byLabel)));
  const previous = new Map<DialogueSection, DialogueSection[]>();
  for (const section of sections) for (const target of next(section)) previous.set(target, [...(previous.get(target) ?? []), section]);
  const queue = [...canEnd];
  for (const section of queue)
    for (const before of previous.get(section) ?? [])
      if (!canEnd.has(before)) {
        canEnd.add(before);
        queue.push(before);
      }

  const trapped = sections.filter((section) => !canEnd.has(section));
  const groups = stronglyConnected(trapped, next);
  const groupOf = new Map(groups.flatMap((group, index) => group.map((section) => [section, index] as const)));
  // Every successor of a trapped section is trapped too; a group none of whose jumps leave it is the loop itself.
  const closed = groups.filter((group, index) => group.every((section) => next(section).every((target) => groupOf.get(target) === index)));
  const order = new Map(graph.sections.map((section, index) => [section, index]));
  return closed
    .map((group) => [...group].sort((a, b) => order.get(a)! - order.get(b)!))
    .sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!);
}

// An end, or an exit the parser and the other checks already report (none, no options, a missing
// or unknown target): such a section is not also reported as a loop.
function stopsOrIsReportedElsewhere(section: DialogueSection, byLabel: ReadonlyMap<string, DialogueSection>): boolean {
  const exit = section.exit;
  if (!exit || exit.kind === 'end') return true;
  const targets = exit.kind === 'jump' ? [exit.target] : exit.options.map((option) => option.target);
  return targets.length === 0 || targets.some((target) => target === END_LABEL || !byLabel.has(target));
}

// Tarjan's algorithm, iterative so that a long chain of sections cannot overflow the stack.
function stronglyConnected(nodes: readonly DialogueSection[], next: (node: DialogueSection) => DialogueSection[]): DialogueSection[][] {
  const inSet = new Set(nodes);
  const index = new Map<DialogueSection, number>();
  const low = new Map<DialogueSection, number>();
  const stack: DialogueSection[] = [];
  const onStack = new Set<DialogueSection>();
  const groups: DialogueSection[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: DialogueSection; targets: DialogueSection[]; at: number }[] = [];
    const visit = (node: DialogueSection) => {
      index.set(node, counter);
      low.set(node, counter);
      counter += 1;
      stack.push(node);
      onStack.add(node);
      work.push({ node, targets: next(node).filter((target) => inSet.has(target)), at: 0 });
    };
    visit(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const target = frame.targets[frame.at];
      if (target !== undefined) {
        frame.at += 1;
        if (!index.has(target)) visit(target);
        else if (onStack.has(target)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const group: DialogueSection[] = [];
        let member: DialogueSection | undefined;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          group.push(member);
        } while (member !== frame.node);
        groups.push(group);
      }
    }
  }
  return groups;
}
