import type { DialogueGraph } from '../../engine/dialogue/types.ts';
import { layerGraph, type LayeredGraph } from './layer-graph.ts';
import { orderLayers, type Rows } from './order-layers.ts';
import { sectionGraph, shortestPathToEnd, type SectionEdge, type SectionNode } from './section-graph.ts';

/** A box placed on the map. */
export interface PlacedBox {
  /** Section label, or `end`. */
  id: string;
  /** A section, or the end. */
  kind: SectionNode['kind'];
  /** First text line: the section's name, shortened to fit. */
  title: string;
  /** Second text line (empty for the end). */
  detail: string;
  /** Top-left corner and size, in SVG user units. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** On the shortest way to the end. */
  main: boolean;
}

/** An arrow placed on the map. */
export interface PlacedArrow {
  /** Section labels (or `end`) it joins. */
  from: string;
  to: string;
  /** A choice or a jump. */
  kind: SectionEdge['kind'];
  /** Points back up: a loop in the dialogue. */
  back: boolean;
  /** On the shortest way to the end. */
  main: boolean;
  /** SVG path data. */
  d: string;
}

/** Everything the SVG needs. */
export interface BranchMapLayout {
  width: number;
  height: number;
  boxes: PlacedBox[];
  arrows: PlacedArrow[];
}

/** Text of a box: its title and a detail line. */
export type BoxText = (node: SectionNode) => { title: string; detail: string };

// Text widths are estimated from character counts: the build has no fonts to measure with, and a
// generous average keeps labels inside their boxes in Latin, Cyrillic and Hebrew alike.
const CHAR_WIDTH = 8.2;
const PADDING = 14;
const MIN_WIDTH = 104;
const MAX_WIDTH = 220;
const BOX_HEIGHT = 50;
const END_HEIGHT = 34;
const ROW_GAP = 52;
const COLUMN_GAP = 22;
const WAYPOINT_WIDTH = 10;
const MARGIN = 8;
const LOOP_REACH = 36;

/** Shortens text to fit a box, with an ellipsis. */
export function fitText(text: string, maxChars: number): string {
  const chars = [...text];
  return chars.length <= maxChars ? text : `${chars.slice(0, Math.max(1, maxChars - 1)).join('').trimEnd()}…`;
}

function boxWidth(title: string, detail: string): number {
  const chars = Math.max([...title].length, [...detail].length * 0.85);
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, chars * CHAR_WIDTH + 2 * PADDING)));
}

/** Places rows centred under each other and returns each node's box (waypoints get a thin one). */
function placeRows(rows: Rows, layered: LayeredGraph, size: (id: string) => { width: number; height: number }) {
  const widths = rows.map((row) => row.reduce((sum, id) => sum + size(id).width, 0) + COLUMN_GAP * Math.max(0, row.length - 1));
  const inner = Math.max(0, ...widths);
  const rects = new Map<string, { x: number; y: number; width: number; height: number; rowTop: number }>();
  rows.forEach((row, i) => {
    const rowTop = MARGIN + i * (BOX_HEIGHT + ROW_GAP);
    let x = MARGIN + (inner - widths[i]!) / 2;
    for (const id of row) {
      const { width, height } = size(id);
      const y = layered.nodes.get(id)?.dummy ? rowTop : rowTop + (BOX_HEIGHT - height) / 2;
      rects.set(id, { x, y, width, height, rowTop });
      x += width + COLUMN_GAP;
    }
  });
  return { rects, inner, height: MARGIN * 2 + rows.length * BOX_HEIGHT + Math.max(0, rows.length - 1) * ROW_GAP };
}

/** Lines up the waypoints of each long arrow where the row leaves room, so it runs straight instead of weaving. */
function straightenWaypoints(rows: Rows, rects: Map<string, { x: number; width: number }>, waypoints: Iterable<string[]>) {
  for (const chain of waypoints) {
    if (chain.length < 2) continue;
    const target = Math.max(...chain.map((id) => rects.get(id)!.x));
    for (const id of chain) {
      const row = rows.find((candidate) => candidate.includes(id))!;
      const next = row[row.indexOf(id) + 1];
      const rect = rects.get(id)!;
      if (next === undefined || rects.get(next)!.x >= target + rect.width + COLUMN_GAP) rect.x = target;
    }
  }
}

const round = (n: number) => Math.round(n * 10) / 10;
const curve = (a: { x: number; y: number }, b: { x: number; y: number }) => {
  const mid = round((a.y + b.y) / 2);
  return `C ${round(a.x)} ${mid} ${round(b.x)} ${mid} ${round(b.x)} ${round(b.y)}`;
};

/** Lays out a dialogue's sections as a top-down layered drawing with arrows between them. */
export function layoutBranchMap(dialogue: DialogueGraph, text: BoxText): BranchMapLayout {
  const graph = sectionGraph(dialogue);
  const main = shortestPathToEnd(graph);
  const onMain = new Set([...main].flatMap((key) => key.split('>')));
  const layered = layerGraph(graph);
  const rows = orderLayers(layered);
  const texts = new Map(graph.nodes.map((node) => [node.id, text(node)]));
  const size = (id: string) => {
    const t = texts.get(id);
    if (!t) return { width: WAYPOINT_WIDTH, height: BOX_HEIGHT };
    const kind = graph.nodes.find((node) => node.id === id)?.kind;
    return { width: boxWidth(t.title, t.detail), height: kind === 'end' ? END_HEIGHT : BOX_HEIGHT };
  };
  const { rects, inner, height } = placeRows(rows, layered, size);
  straightenWaypoints(rows, rects, layered.waypoints.values());
  const maxChars = Math.floor((MAX_WIDTH - 2 * PADDING) / CHAR_WIDTH);

  const boxes: PlacedBox[] = graph.nodes.map((node) => {
    const rect = rects.get(node.id)!;
    const t = texts.get(node.id)!;
    return { id: node.id, kind: node.kind, title: fitText(t.title, maxChars), detail: fitText(t.detail, maxChars), x: round(rect.x), y: round(rect.y), width: rect.width, height: rect.height, main: onMain.has(node.id) && main.size > 0 };
  });

  // Spread the arrows leaving (and entering) a box along its edge, in the order of where they go.
  const ports = (id: string, side: 'out' | 'in') => {
    const hops = layered.links.filter((link) => (side === 'out' ? link.upper === id : link.lower === id));
    const others = hops.map((link) => (side === 'out' ? link.lower : link.upper)).sort((a, b) => rects.get(a)!.x - rects.get(b)!.x);
    const rect = rects.get(id)!;
    return new Map(others.map((other, i) => [other, rect.x + (rect.width * (i + 1)) / (others.length + 1)]));
  };
  const outPorts = new Map(graph.nodes.map((node) => [node.id, ports(node.id, 'out')]));
  const inPorts = new Map(graph.nodes.map((node) => [node.id, ports(node.id, 'in')]));

  let loops = 0;
  const arrows: PlacedArrow[] = graph.edges.map((edge) => {
    const key = `${edge.from}>${edge.to}`;
    const from = rects.get(edge.from)!;
    const to = rects.get(edge.to)!;
    const base = { from: edge.from, to: edge.to, kind: edge.kind, main: main.has(key) };
    if (layered.backEdges.has(key)) {
      loops += 1;
      const reach = MARGIN + inner + LOOP_REACH * loops;
      const a = { x: from.x + from.width, y: from.y + from.height / 2 };
      const b = { x: to.x + to.width, y: to.y + to.height / 2 };
      return { ...base, back: true, d: `M ${round(a.x)} ${round(a.y)} C ${reach} ${round(a.y)} ${reach} ${round(b.y)} ${round(b.x)} ${round(b.y)}` };
    }
    const waypoints = layered.waypoints.get(key) ?? [];
    const first = waypoints[0] ?? edge.to;
    const last = waypoints.at(-1) ?? edge.from;
    let point = { x: outPorts.get(edge.from)!.get(first)!, y: from.y + from.height };
    let d = `M ${round(point.x)} ${round(point.y)}`;
    for (const id of waypoints) {
      const rect = rects.get(id)!;
      const x = rect.x + rect.width / 2;
      d += ` ${curve(point, { x, y: rect.rowTop })} L ${round(x)} ${round(rect.rowTop + BOX_HEIGHT)}`;
      point = { x, y: rect.rowTop + BOX_HEIGHT };
    }
    d += ` ${curve(point, { x: inPorts.get(edge.to)!.get(last)!, y: to.y })}`;
    return { ...base, back: false, d };
  });

  return { width: Math.ceil(MARGIN * 2 + inner + (loops ? LOOP_REACH * loops : 0)), height: Math.ceil(height), boxes, arrows };
}
