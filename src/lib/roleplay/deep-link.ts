import type { IndexedGraph } from './graph-index.ts';
import type { PlayOption, PlaySection } from './play-graph.ts';
import type { PlayState, TrailEntry } from './play-state.ts';

/** How a section was entered on the way from the opening: by a jump, or by choosing an option. */
type Route = Map<PlaySection, { from: PlaySection; option?: PlayOption }>;

/** Shortest routes from the opening to every reachable section, by breadth-first search. */
function routesFromOpening(g: IndexedGraph): Route {
  const opening = g.graph.sections[0];
  const routes: Route = new Map();
  if (!opening) return routes;
  const seen = new Set([opening]);
  const queue = [opening];
  for (const section of queue) {
    const exit = section.exit;
    const ways =
      exit.kind === 'choice'
        ? exit.options.map((option) => ({ target: option.target, option }))
        : exit.kind === 'jump'
          ? [{ target: exit.target, option: undefined }]
          : [];
    for (const { target, option } of ways) {
      const next = g.sections.get(target);
      if (!next || seen.has(next)) continue;
      seen.add(next);
      routes.set(next, { from: section, option });
      queue.push(next);
    }
  }
  return routes;
}

const lineEntries = (section: PlaySection, count: number): TrailEntry[] =>
  section.steps.slice(0, count).map((step) => ({ id: step.id, kind: 'line', section: section.label, role: step.role }));

/**
 * The Play-mode state that has just shown step `stepId` (a line, or a chosen option), or stands at a
 * choice point, reached by the shortest way from the opening. Null for an unknown or unreachable step.
 */
export function stateAtStep(g: IndexedGraph, stepId: string): PlayState | null {
  const place = g.places.get(stepId);
  const opening = g.graph.sections[0];
  if (!place || !opening) return null;
  const routes = routesFromOpening(g);
  const chain: PlaySection[] = [place.section];
  while (chain[0] !== opening) {
    const route = routes.get(chain[0]!);
    if (!route) return null;
    chain.unshift(route.from);
  }
  const trail: TrailEntry[] = [];
  for (const [i, section] of chain.slice(0, -1).entries()) {
    trail.push(...lineEntries(section, section.steps.length));
    const option = routes.get(chain[i + 1]!)?.option;
    if (option && section.exit.kind === 'choice') {
      trail.push({ id: option.id, kind: 'option', section: section.label, role: section.exit.role });
    }
  }
  const here = place.section;
  if (place.kind === 'line') trail.push(...lineEntries(here, place.index + 1));
  else trail.push(...lineEntries(here, here.steps.length));
  if (place.kind === 'option') trail.push({ id: place.option.id, kind: 'option', section: here.label, role: place.choice.role });
  return { trail, practiceRole: null };
}
