import { describe, expect, it } from 'vitest';
import { stateAtStep } from '../../../src/lib/roleplay/deep-link.ts';
import { phaseOf } from '../../../src/lib/roleplay/play-state.ts';
import { example, loopSource, playGraphOf } from './graphs.ts';

const ids = (state: { trail: { id: string }[] } | null) => state?.trail.map((entry) => entry.id);

describe('stateAtStep', () => {
  it('opens at a line of the opening with the lines before it shown', () => {
    expect(ids(stateAtStep(example(), 'start-2'))).toEqual(['start-1', 'start-2']);
  });

  it('opens at a line inside a branch, choosing the option that leads there', () => {
    expect(ids(stateAtStep(example(), 'email-1'))).toEqual(['start-1', 'start-2', 'start-3', 'start-4.2', 'email-1']);
  });

  it('takes the shortest way to a section that several branches reach', () => {
    expect(ids(stateAtStep(example(), 'needs-2'))).toEqual(['start-1', 'start-2', 'start-3', 'start-4.3', 'needs-1', 'needs-2']);
  });

  it('opens at a choice point, waiting for the choice', () => {
    const g = example();
    const state = stateAtStep(g, 'start-4');
    expect(ids(state)).toEqual(['start-1', 'start-2', 'start-3']);
    expect(state && phaseOf(g, state)).toBe('choose');
  });

  it('opens just after a chosen option', () => {
    expect(ids(stateAtStep(example(), 'start-4.1'))).toEqual(['start-1', 'start-2', 'start-3', 'start-4.1']);
  });

  it('plays in Play mode, not Practice', () => {
    expect(stateAtStep(example(), 'needs-1')?.practiceRole).toBeNull();
  });

  it('returns null for a step that does not exist', () => {
    expect(stateAtStep(example(), 'nowhere-1')).toBeNull();
  });

  it('returns null for a step no path reaches', () => {
    const g = playGraphOf(`${loopSource}\n-> end\n== island\nrep: Nobody comes here.\n-> end`);
    expect(stateAtStep(g, 'island-1')).toBeNull();
  });
});
