import { describe, expect, it } from 'vitest';
import { advance, choose, rate, start, type PlayState, type Rating } from '../../../src/lib/roleplay/play-state.ts';
import { summarizePractice } from '../../../src/lib/roleplay/practice-summary.ts';
import { example, loopSource, playGraphOf } from './graphs.ts';

/** Practises the example as the rep along the first branch, rating the rep's lines in turn. */
function practise(ratings: Rating[]): PlayState {
  const g = example();
  let state = start(g, 'rep');
  const queue = [...ratings];
  for (let guard = 0; guard < 50; guard += 1) {
    const before = state;
    state = advance(g, state);
    if (state.trail.at(-1)?.rating === null) state = rate(g, state, queue.shift() ?? 'nailed');
    if (state === before) state = choose(g, state, 0);
    if (state === before) break;
  }
  return state;
}

describe('summarizePractice', () => {
  it('counts a nailed line fully and a close one half', () => {
    // The first branch has four rep lines: start-1, start-3, supplier-1, needs-1.
    const summary = summarizePractice(example(), practise(['nailed', 'close', 'missed', 'nailed']));
    expect(summary).toMatchObject({ role: 'rep', nailed: 2, close: 1, missed: 1, score: 63 });
  });

  it('lists the missed lines in the order they came', () => {
    expect(summarizePractice(example(), practise(['missed', 'nailed', 'missed', 'nailed'])).missedSteps).toEqual(['start-1', 'supplier-1']);
  });

  it('lists the modules and objections of the missed lines once each', () => {
    const summary = summarizePractice(example(), practise(['missed', 'nailed', 'missed', 'missed']));
    expect(summary.review).toEqual(['module:state-call-goal', 'objection:have-a-supplier', 'module:open-question']);
  });

  it('scores 100 when every line is nailed', () => {
    expect(summarizePractice(example(), practise(['nailed', 'nailed', 'nailed', 'nailed'])).score).toBe(100);
  });

  it('scores 0 before anything is rated', () => {
    const g = playGraphOf(loopSource);
    expect(summarizePractice(g, start(g, 'rep'))).toMatchObject({ nailed: 0, close: 0, missed: 0, score: 0, missedSteps: [], review: [] });
  });
});
