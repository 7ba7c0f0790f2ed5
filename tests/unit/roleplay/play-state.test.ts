import { describe, expect, it } from 'vitest';
import { advance, back, choose, pathOf, phaseOf, rate, restart, start, upcoming } from '../../../src/lib/roleplay/play-state.ts';
import { example, loopSource, playGraphOf } from './graphs.ts';

const ids = (state: { trail: { id: string }[] }) => state.trail.map((entry) => entry.id);

describe('Play mode', () => {
  it('starts by showing the first line', () => {
    const g = example();
    const state = start(g);
    expect(ids(state)).toEqual(['start-1']);
    expect(phaseOf(g, state)).toBe('continue');
  });

  it('shows one more line on each advance until a choice point', () => {
    const g = example();
    const state = advance(g, advance(g, start(g)));
    expect(ids(state)).toEqual(['start-1', 'start-2', 'start-3']);
    expect(phaseOf(g, state)).toBe('choose');
    expect(advance(g, state)).toBe(state);
  });

  it('shows the chosen option and the reply that follows it', () => {
    const g = example();
    const atChoice = advance(g, advance(g, start(g)));
    const state = choose(g, atChoice, 0);
    expect(ids(state)).toEqual(['start-1', 'start-2', 'start-3', 'start-4.1', 'supplier-1']);
    expect(state.trail[3]).toMatchObject({ kind: 'option', role: 'client', section: 'start' });
  });

  it('ignores a choice that does not exist or comes before the choice point', () => {
    const g = example();
    const atChoice = advance(g, advance(g, start(g)));
    expect(choose(g, atChoice, 3)).toBe(atChoice);
    expect(choose(g, start(g), 0)).toEqual(start(g));
  });

  it('follows jumps to the next section', () => {
    const g = example();
    const state = advance(g, choose(g, advance(g, advance(g, start(g))), 1));
    expect(ids(state).slice(-3)).toEqual(['start-4.2', 'email-1', 'needs-1']);
  });

  it('reaches the end along each branch and then stays put', () => {
    const g = example();
    for (const option of [0, 1, 2]) {
      let state = choose(g, advance(g, advance(g, start(g))), option);
      while (phaseOf(g, state) === 'continue') state = advance(g, state);
      expect(phaseOf(g, state)).toBe('end');
      expect(ids(state).at(-1)).toBe('needs-2');
      expect(advance(g, state)).toBe(state);
    }
  });

  it('steps back one shown line at a time', () => {
    const g = example();
    const state = choose(g, advance(g, advance(g, start(g))), 0);
    expect(ids(back(g, state))).toEqual(['start-1', 'start-2', 'start-3', 'start-4.1']);
    expect(phaseOf(g, back(g, back(g, state)))).toBe('choose');
  });

  it('does not step back past the first line', () => {
    const g = example();
    expect(back(g, start(g))).toEqual(start(g));
  });

  it('restarts from the first line', () => {
    const g = example();
    expect(restart(g, choose(g, advance(g, advance(g, start(g))), 2))).toEqual(start(g));
  });

  it('plays through a loop back to an earlier section', () => {
    const g = playGraphOf(loopSource);
    const again = choose(g, start(g), 1);
    expect(ids(again)).toEqual(['start-1', 'start-2.2', 'start-1']);
    expect(phaseOf(g, again)).toBe('choose');
  });

  it('names the sections passed through, in order', () => {
    const g = example();
    const state = advance(g, choose(g, advance(g, advance(g, start(g))), 1));
    expect(pathOf(state)).toEqual(['start', 'email', 'needs']);
  });
});

describe('Practice mode', () => {
  it('hides the practised role\'s line until it is revealed', () => {
    const g = example();
    const state = start(g, 'rep');
    expect(state.trail).toEqual([]);
    expect(phaseOf(g, state)).toBe('your-turn');
    const next = upcoming(g, state);
    expect(next.kind === 'line' && next.step.id).toBe('start-1');
  });

  it('reveals the line with the learner\'s own words and waits for a rating', () => {
    const g = example();
    const state = advance(g, start(g, 'rep'), '  Hello, I am calling about deliveries. ');
    expect(state.trail).toEqual([{ id: 'start-1', kind: 'line', section: 'start', role: 'rep', rating: null, answer: 'Hello, I am calling about deliveries.' }]);
    expect(phaseOf(g, state)).toBe('rate');
    expect(advance(g, state)).toBe(state);
  });

  it('records the rating and shows the other role\'s reply', () => {
    const g = example();
    const state = rate(g, advance(g, start(g, 'rep')), 'close');
    expect(state.trail.map((entry) => [entry.id, entry.rating])).toEqual([
      ['start-1', 'close'],
      ['start-2', undefined],
    ]);
    expect(phaseOf(g, state)).toBe('your-turn');
  });

  it('ignores a rating when no revealed line waits for one', () => {
    const g = example();
    const state = start(g, 'rep');
    expect(rate(g, state, 'nailed')).toBe(state);
  });

  it('shows the other role\'s lines without asking for them', () => {
    const g = example();
    const state = start(g, 'client');
    expect(ids(state)).toEqual(['start-1']);
    expect(phaseOf(g, state)).toBe('your-turn');
  });

  it('steps back from a revealed line to hiding it again', () => {
    const g = example();
    expect(back(g, advance(g, start(g, 'rep')))).toEqual(start(g, 'rep'));
  });

  it('restarts with the same role', () => {
    const g = example();
    expect(restart(g, rate(g, advance(g, start(g, 'rep')), 'nailed')).practiceRole).toBe('rep');
  });
});
