import { describe, expect, it } from 'vitest';
import { closestName } from '../../../../src/lib/engine/content/closest-name.ts';
import { indexGraph } from '../../../../src/lib/roleplay/graph-index.ts';
import type { PlayGraph } from '../../../../src/lib/roleplay/play-graph.ts';
import { start } from '../../../../src/lib/roleplay/play-state.ts';
import { summarizePractice } from '../../../../src/lib/roleplay/practice-summary.ts';
import { example } from '../../roleplay/graphs.ts';

describe('indexGraph', () => {
  it('keeps the first of two sections with the same label, as jumps do', () => {
    const first = { label: 'start', steps: [{ id: 'a' }], exit: { kind: 'end' } };
    const second = { label: 'start', steps: [{ id: 'b' }], exit: { kind: 'end' } };
    const indexed = indexGraph({ sections: [first, second] } as unknown as PlayGraph);
    expect(indexed.sections.get('start')).toBe(first);
    expect(indexed.places.has('b')).toBe(false);
  });
});

describe('summarizePractice', () => {
  it('scores 0 with no role before any line is rated', () => {
    const summary = summarizePractice(example(), { ...start(example(), 'rep'), practiceRole: null });
    expect(summary).toMatchObject({ role: '', nailed: 0, close: 0, missed: 0, score: 0 });
  });
});

describe('closestName', () => {
  it('suggests nothing for very long input, which is never a slip', () => {
    expect(closestName(`${'title'.repeat(13)}x`, ['title'])).toBeUndefined();
  });
});
