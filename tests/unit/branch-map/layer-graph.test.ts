import { describe, expect, it } from 'vitest';
import { parseDialogue } from '../../../src/lib/engine/dialogue/index.ts';
import { layerGraph } from '../../../src/lib/handbook/branch-map/layer-graph.ts';
import { countCrossings, orderLayers } from '../../../src/lib/handbook/branch-map/order-layers.ts';
import { sectionGraph } from '../../../src/lib/handbook/branch-map/section-graph.ts';
import { exampleSource } from '../dialogue/fixtures.ts';

const layeredOf = (source: string) => layerGraph(sectionGraph(parseDialogue(source, 1).graph));
const layers = (source: string) => Object.fromEntries([...layeredOf(source).nodes.values()].filter((n) => !n.dummy).map((n) => [n.id, n.layer]));

describe('layerGraph', () => {
  it('puts each section one row below its lowest predecessor and the end last', () => {
    expect(layers(exampleSource)).toEqual({ start: 0, supplier: 1, email: 1, needs: 2, end: 3 });
  });

  it('puts the end below every section even when an early branch ends', () => {
    expect(layers('client:\n * A -> a\n * B -> end\n== a\nrep: A.\n-> b\n== b\nrep: B.\n-> end')).toEqual({ start: 0, a: 1, b: 2, end: 3 });
  });

  it('carries an arrow that skips rows through one waypoint per row', () => {
    const layered = layeredOf(exampleSource);
    expect(layered.waypoints.get('start>needs')).toEqual(['start>needs#1']);
    expect(layered.links.filter((link) => link.upper === 'start>needs#1')).toEqual([{ upper: 'start>needs#1', lower: 'needs' }]);
  });

  it('marks the arrow that closes a loop as pointing back, and lays out the rest', () => {
    const layered = layeredOf('rep: Hi.\n-> a\n== a\nclient:\n * Again -> start\n * Bye -> end');
    expect(layered.backEdges).toEqual(new Set(['a>start']));
    expect(Object.fromEntries([...layered.nodes.values()].map((n) => [n.id, n.layer]))).toEqual({ start: 0, a: 1, end: 2 });
  });
});

describe('orderLayers', () => {
  it('reorders a row to remove crossings that written order would cause', () => {
    // Written order gives rows [x, y] and [a, b], but x leads to b and y to a: the arrows cross.
    const source = 'client:\n * 1 -> y\n * 2 -> x\n== x\nrep: X.\n-> b\n== y\nrep: Y.\n-> a\n== a\nrep: A.\n-> end\n== b\nrep: B.\n-> end';
    const layered = layeredOf(source);
    expect(countCrossings([['start'], ['x', 'y'], ['a', 'b'], ['end']], layered.links)).toBe(1);
    expect(countCrossings(orderLayers(layered), layered.links)).toBe(0);
  });

  it('keeps written order when nothing crosses', () => {
    expect(orderLayers(layeredOf(exampleSource))[1]).toEqual(['supplier', 'email', 'start>needs#1']);
  });
});
