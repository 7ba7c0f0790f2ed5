import { describe, expect, it } from 'vitest';
import { checkDialogue, findEndlessLoops, parseDialogue } from '../../../src/lib/engine/dialogue/index.ts';

const context = { roles: { rep: 'Rep', client: 'Client' }, hasModule: () => true, hasObjection: () => true };
const loops = (source: string) => findEndlessLoops(parseDialogue(source, 1).graph).map((loop) => loop.map((section) => section.label));
const problems = (source: string) => checkDialogue(parseDialogue(source, 1).graph, context).map((p) => [p.code, p.line, p.field, p.message]);

describe('dialogues that never end', () => {
  it('finds a section that jumps to itself', () => {
    expect(problems('rep: Hi.\n-> a\n== a\nrep: Again.\n-> a')).toEqual([
      ['dialogue-endless-loop', 5, 'dialogue › section "a"', 'Section “a” jumps to itself at line 5, so the role-play repeats it forever.'],
    ]);
  });

  it('finds an opening that jumps back to itself', () => {
    expect(problems('rep: Hi.\n-> start')).toEqual([
      ['dialogue-endless-loop', 2, 'dialogue › opening section', 'The opening section jumps to itself at line 2, so the role-play repeats it forever.'],
    ]);
  });

  it('names every section of a closed loop and the line where each jumps on', () => {
    expect(problems('rep: Hi.\n-> a\n== a\nrep: A.\n-> b\n== b\nrep: B.\n-> c\n== c\nrep: C.\n-> a')).toEqual([
      ['dialogue-endless-loop', 5, 'dialogue › section "a"', 'Sections “a” (line 5), “b” (line 8) and “c” (line 11) lead only to each other, so the role-play never reaches an ending.'],
    ]);
  });

  it('reports only the loop, not the sections that lead into it', () => {
    expect(loops('rep: Hi.\n-> a\n== a\nrep: A.\n-> b\n== b\nrep: B.\n-> c\n== c\nrep: C.\n-> b')).toEqual([['b', 'c']]);
  });

  it('accepts a loop with a way out through a choice', () => {
    expect(problems('rep: Hi.\n-> a\n== a\nrep: Shall I repeat?\nclient:\n  * Yes. -> a\n  * No. -> end')).toEqual([]);
  });

  it('accepts a loop that leads out through another section that ends', () => {
    expect(loops('rep: Hi.\n-> a\n== a\nclient:\n  * Again. -> b\n  * Enough. -> c\n== b\nrep: Once more.\n-> a\n== c\nrep: Bye.\n-> end')).toEqual([]);
  });

  it('leaves sections with their own problems to those problems', () => {
    // A jump to nowhere and a dead end are reported as such, not as loops.
    expect(loops('rep: Hi.\n-> a\n== a\nrep: A.\n-> nowhere')).toEqual([]);
    expect(loops('rep: Hi.\n-> a\n== a\nrep: A.\n== b\nrep: B.')).toEqual([]);
  });

  it('finds each closed loop once, in written order', () => {
    expect(loops('rep: Hi.\nclient:\n  * x -> b\n  * y -> a\n== a\nrep: A.\n-> a\n== b\nrep: B.\n-> c\n== c\nrep: C.\n-> b')).toEqual([['a'], ['b', 'c']]);
  });

  it('handles a long chain without running out of stack', () => {
    const sections = Array.from({ length: 5000 }, (_, i) => `== s${i}\nrep: ${i}.\n-> s${(i + 1) % 5000}`).join('\n');
    expect(loops(`rep: Hi.\n-> s0\n${sections}`)[0]).toHaveLength(5000);
  });
});
