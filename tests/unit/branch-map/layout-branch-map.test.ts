import { describe, expect, it } from 'vitest';
import { parseDialogue } from '../../../src/lib/engine/dialogue/index.ts';
import { fitText, layoutBranchMap, type PlacedBox } from '../../../src/lib/handbook/branch-map/layout-branch-map.ts';
import { exampleSource } from '../dialogue/fixtures.ts';

const text = (node: { id: string; lines: number }) => ({ title: node.id, detail: `${node.lines} lines` });
const layoutOf = (source: string) => layoutBranchMap(parseDialogue(source, 1).graph, text);
const overlaps = (a: PlacedBox, b: PlacedBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutBranchMap', () => {
  it('draws every section and the end as a box', () => {
    expect(layoutOf(exampleSource).boxes.map((box) => box.id)).toEqual(['start', 'supplier', 'email', 'needs', 'end']);
  });

  it('places no box over another and every box inside the drawing', () => {
    const layout = layoutOf(exampleSource);
    for (const a of layout.boxes) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
      expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
      for (const b of layout.boxes) if (a !== b) expect(overlaps(a, b)).toBe(false);
    }
  });

  it('draws the opening at the top and the end at the bottom', () => {
    const { boxes } = layoutOf(exampleSource);
    const y = (id: string) => boxes.find((box) => box.id === id)!.y;
    for (const box of boxes) {
      expect(y('start')).toBeLessThanOrEqual(box.y);
      expect(y('end')).toBeGreaterThanOrEqual(box.y);
    }
  });

  it('draws an arrow per way between sections, choices apart from jumps', () => {
    const { arrows } = layoutOf(exampleSource);
    expect(arrows.map((arrow) => `${arrow.from}>${arrow.to}:${arrow.kind}`)).toEqual([
      'start>supplier:choice',
      'start>email:choice',
      'start>needs:choice',
      'supplier>needs:jump',
      'email>needs:jump',
      'needs>end:jump',
    ]);
    for (const arrow of arrows) expect(arrow.d).toMatch(/^M [\d.]+ [\d.]+ C /);
  });

  it('highlights the shortest way to the end', () => {
    const { arrows, boxes } = layoutOf(exampleSource);
    expect(arrows.filter((arrow) => arrow.main).map((arrow) => `${arrow.from}>${arrow.to}`)).toEqual(['start>needs', 'needs>end']);
    expect(boxes.filter((box) => box.main).map((box) => box.id)).toEqual(['start', 'needs', 'end']);
  });

  it('starts each arrow at the bottom of its box and ends it at the top of the next', () => {
    const { arrows, boxes } = layoutOf(exampleSource);
    const box = (id: string) => boxes.find((b) => b.id === id)!;
    for (const arrow of arrows) {
      const numbers = arrow.d.match(/-?[\d.]+/g)!.map(Number);
      expect(numbers[1]).toBeCloseTo(box(arrow.from).y + box(arrow.from).height, 0);
      expect(numbers.at(-1)).toBeCloseTo(box(arrow.to).y, 0);
    }
  });

  it('draws a loop as an arrow back up beside the boxes, widening the drawing for it', () => {
    const source = 'rep: Hi.\n-> a\n== a\nclient:\n * Again -> start\n * Bye -> end';
    const layout = layoutOf(source);
    const loop = layout.arrows.find((arrow) => arrow.back)!;
    expect(`${loop.from}>${loop.to}`).toBe('a>start');
    const rightmost = Math.max(...layout.boxes.map((box) => box.x + box.width));
    expect(layout.width).toBeGreaterThan(rightmost + 20);
  });

  it('shortens a long section name to fit its box', () => {
    const layout = layoutOf('rep: Hi.\n-> a-very-long-section-label-that-goes-on-and-on\n== a-very-long-section-label-that-goes-on-and-on\nrep: Bye.');
    const long = layout.boxes[1]!;
    expect(long.title.endsWith('…')).toBe(true);
    expect(long.width).toBeLessThanOrEqual(220);
  });
});

describe('fitText', () => {
  it('keeps short text and cuts long text with an ellipsis', () => {
    expect(fitText('Email', 10)).toBe('Email');
    expect(fitText('Objection handling', 10)).toBe('Objection…');
  });
});
