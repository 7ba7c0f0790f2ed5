import type { LayeredGraph, LayerLink } from './layer-graph.ts';

/** Rows of node ids, left to right. */
export type Rows = string[][];

/** Arrows crossing between two neighbouring rows. */
function crossingsBetween(upper: string[], lower: string[], links: LayerLink[]): number {
  const up = new Map(upper.map((id, i) => [id, i]));
  const low = new Map(lower.map((id, i) => [id, i]));
  const pairs = links.filter((link) => up.has(link.upper) && low.has(link.lower)).map((link) => [up.get(link.upper)!, low.get(link.lower)!] as const);
  let count = 0;
  for (let i = 0; i < pairs.length; i += 1) {
    for (let j = i + 1; j < pairs.length; j += 1) {
      const [a1, b1] = pairs[i]!;
      const [a2, b2] = pairs[j]!;
      if ((a1 - a2) * (b1 - b2) < 0) count += 1;
    }
  }
  return count;
}

/** Total arrow crossings of an ordering. */
export function countCrossings(rows: Rows, links: LayerLink[]): number {
  let total = 0;
  for (let i = 1; i < rows.length; i += 1) total += crossingsBetween(rows[i - 1]!, rows[i]!, links);
  return total;
}

/** Reorders `row` by the mean position of each node's neighbours in `fixed`; nodes without neighbours keep their place. */
function sortByBarycenter(row: string[], fixed: string[], neighbours: (id: string) => string[]): string[] {
  const position = new Map(fixed.map((id, i) => [id, i]));
  const weight = new Map<string, number>();
  row.forEach((id, i) => {
    const places = neighbours(id).map((other) => position.get(other)).filter((p): p is number => p !== undefined);
    weight.set(id, places.length ? places.reduce((a, b) => a + b, 0) / places.length : i);
  });
  // A stable sort keeps written order among equals, so the map follows the author's order when it can.
  return [...row].sort((a, b) => weight.get(a)! - weight.get(b)!);
}

/** Orders each row to reduce crossings: barycentre sweeps down and up, keeping the best ordering seen. */
export function orderLayers(layered: LayeredGraph, sweeps = 4): Rows {
  const depth = Math.max(0, ...[...layered.nodes.values()].map((node) => node.layer));
  let rows: Rows = Array.from({ length: depth + 1 }, () => []);
  for (const node of layered.nodes.values()) rows[node.layer]!.push(node.id);
  const above = (id: string) => layered.links.filter((link) => link.lower === id).map((link) => link.upper);
  const below = (id: string) => layered.links.filter((link) => link.upper === id).map((link) => link.lower);
  let best = rows;
  let bestCrossings = countCrossings(rows, layered.links);
  for (let sweep = 0; sweep < sweeps && bestCrossings > 0; sweep += 1) {
    rows = rows.map((row) => [...row]);
    if (sweep % 2 === 0) for (let i = 1; i < rows.length; i += 1) rows[i] = sortByBarycenter(rows[i]!, rows[i - 1]!, above);
    else for (let i = rows.length - 2; i >= 0; i -= 1) rows[i] = sortByBarycenter(rows[i]!, rows[i + 1]!, below);
    const crossings = countCrossings(rows, layered.links);
    if (crossings < bestCrossings) [best, bestCrossings] = [rows, crossings];
  }
  return best;
}
