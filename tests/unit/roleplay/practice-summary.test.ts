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

/** The learner's role chooses: a good opening, or a discount given too early. */
const decisionSource = [
  'client: Your rate is too high.',
  'rep:',
  '  * Compared with what? {module:isolate-objection} -> clarify',
  '  * Fine, 10% off. -> discount',
  '    ! A discount before knowing what the client compares with. {objection:too-expensive} {module:isolate-objection}',
  '== clarify',
  'client: Our carrier.',
  'rep: Let us compare like for like. {module:compare}',
  '-> end',
  '== discount',
  'client: So the rate was inflated. Goodbye.',
  '-> end',
].join('\n');

/** Practises the decision scenario as the rep, choosing option `index` and rating every revealed line `rating`. */
function decide(index: number, rating: Rating = 'nailed', role = 'rep'): PlayState {
  const g = playGraphOf(decisionSource);
  let state = choose(g, start(g, role), index);
  for (let guard = 0; guard < 10; guard += 1) {
    const before = state;
    state = advance(g, state);
    if (state.trail.at(-1)?.rating === null) state = rate(g, state, rating);
    if (state === before) break;
  }
  return state;
}

describe('summarizePractice with decisions of the learner\'s role', () => {
  it('counts a weak choice as missed, names it and adds what its reason names to the review', () => {
    const summary = summarizePractice(playGraphOf(decisionSource), decide(1));
    expect(summary).toMatchObject({ nailed: 0, close: 0, missed: 1, score: 0, missedSteps: [], weakChoices: ['start-2.2'] });
    expect(summary.decisions).toEqual([{ option: 'start-2.2', weak: true }]);
    expect(summary.review).toEqual(['objection:too-expensive', 'module:isolate-objection']);
  });

  it('counts a good choice as nailed, beside the rated lines', () => {
    const summary = summarizePractice(playGraphOf(decisionSource), decide(0, 'close'));
    expect(summary).toMatchObject({ nailed: 1, close: 1, missed: 0, score: 75, weakChoices: [] });
    expect(summary.decisions).toEqual([{ option: 'start-2.1', weak: false }]);
  });

  it('does not score choices when the learner practises another role', () => {
    const summary = summarizePractice(playGraphOf(decisionSource), decide(1, 'nailed', 'client'));
    expect(summary).toMatchObject({ nailed: 1, missed: 0, decisions: [], weakChoices: [], review: [] });
  });

  it('does not score choices in Play mode, where no role is practised', () => {
    const g = playGraphOf(decisionSource);
    const summary = summarizePractice(g, choose(g, start(g), 1));
    expect(summary).toMatchObject({ nailed: 0, missed: 0, decisions: [] });
  });
});
