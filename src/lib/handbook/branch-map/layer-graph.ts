import type { SectionGraph } from './section-graph.ts';

/** A node of the layered graph: a box, or a waypoint that carries a long arrow through a layer. */
export interface LayerNode {
  /** Node id; waypoints are `<from>><to>#<layer>`. */
  id: string;
  /** Row, counted from the opening at 0. */
  layer: number;
  /** True for waypoints of long arrows. */
  dummy: boolean;
}

/** One hop of an arrow between neighbouring layers. */
export interface LayerLink {
  /** Upper node id. */
  upper: string;
  /** Lower node id. */
  lower: string;
}

/** The graph cut into rows with every forward arrow spanning exactly one row. */
export interface LayeredGraph {
  /** Boxes and waypoints. */
  nodes: Map<string, LayerNode>;
  /** Hops between neighbouring rows. */
  links: LayerLink[];
  /** `from>to` keys of arrows that point back up (loops in the dialogue). */
  backEdges: Set<string>;
  /** Waypoint ids of each forward arrow, by `from>to` key, top to bottom. */
  waypoints: Map<string, string[]>;
}

/** Arrows closing a loop, found by depth-first search from the opening in written order. */
function findBackEdges(graph: SectionGraph): Set<string> {
  const back = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string) => {
    state.set(id, 'open');
    for (const edge of graph.edges) {
      if (edge.from !== id) continue;
      const seen = state.get(edge.to);
      if (seen === 'open') back.add(`${edge.from}>${edge.to}`);
      else if (!seen) visit(edge.to);
    }
    state.set(id, 'done');
  };
  for (const node of graph.nodes) if (!state.has(node.id)) visit(node.id);
  return back;
}

/** Puts every box on the row below its lowest predecessor (longest path), the end on the last row. */
export function layerGraph(graph: SectionGraph): LayeredGraph {
  const backEdges = findBackEdges(graph);
  const forward = graph.edges.filter((edge) => !backEdges.has(`${edge.from}>${edge.to}`));
  const layer = new Map<string, number>();
  const layerOf = (id: string, trail = new Set<string>()): number => {
    const known = layer.get(id);
    if (known !== undefined) return known;
    trail.add(id);
    const above = forward.filter((edge) => edge.to === id && !trail.has(edge.from)).map((edge) => layerOf(edge.from, trail) + 1);
    const value = Math.max(0, ...above);
    layer.set(id, value);
    return value;
  };
  for (const node of graph.nodes) layerOf(node.id);
  const deepest = Math.max(0, ...graph.nodes.filter((node) => node.kind !== 'end').map((node) => layer.get(node.id)!));
  for (const node of graph.nodes) if (node.kind === 'end') layer.set(node.id, deepest + 1);

  const nodes = new Map<string, LayerNode>(graph.nodes.map((node) => [node.id, { id: node.id, layer: layer.get(node.id)!, dummy: false }]));
  const links: LayerLink[] = [];
  const waypoints = new Map<string, string[]>();
  for (const edge of forward) {
    const key = `${edge.from}>${edge.to}`;
    const chain = [edge.from];
    for (let row = nodes.get(edge.from)!.layer + 1; row < nodes.get(edge.to)!.layer; row += 1) {
      const id = `${key}#${row}`;
      nodes.set(id, { id, layer: row, dummy: true });
      chain.push(id);
    }
    chain.push(edge.to);
    waypoints.set(key, chain.slice(1, -1));
    for (let i = 1; i < chain.length; i += 1) links.push({ upper: chain[i - 1]!, lower: chain[i]! });
  }
  return { nodes, links, backEdges, waypoints };
}
