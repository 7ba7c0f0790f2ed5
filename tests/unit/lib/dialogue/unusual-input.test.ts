import { describe, expect, it } from 'vitest';
import { extractDialogueBlocks, parseDialogue, reachableSections } from '../../../../src/lib/engine/dialogue/index.ts';

// Input the parser reports as a problem, or that only untyped callers could pass.
describe('dialogue functions given unexpected input', () => {
  it('follows jumps to the first of two sections that share a label', () => {
    const source = 'rep: a\n-> x\n== x\nrep: b\n-> y\n== x\nrep: c\n-> z\n== y\nrep: d\n-> end\n== z\nrep: e';
    expect(reachableSections(parseDialogue(source, 1).graph)).toEqual(new Set(['start', 'x', 'y']));
  });

  it('finds no dialogue block in a body that is not text', () => {
    expect(extractDialogueBlocks(undefined as unknown as string, 1)).toEqual([]);
  });

  it('reads a block that is not text as an empty dialogue', () => {
    expect(parseDialogue(null as unknown as string, 4).problems.map((problem) => [problem.code, problem.line])).toEqual([['dialogue-empty', 4]]);
  });
});
