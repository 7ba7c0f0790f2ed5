import { describe, expect, it } from 'vitest';
import { NEW_SLICE, runInSlices } from '../../../src/lib/print/sliced-task.ts';

/** A clock that advances only when a step says how long it took, and a scheduler that waits to be told. */
function harness() {
  let time = 0;
  const pending: ((budgetMs: number) => void)[] = [];
  const ran: number[] = [];
  function* work(costs: number[], result = 'numbers') {
    for (const [index, cost] of costs.entries()) {
      time += cost;
      ran.push(index);
      yield;
    }
    return result;
  }
  return {
    work,
    ran,
    options: { schedule: (slice: (budgetMs: number) => void) => void pending.push(slice), now: () => time },
    /** Runs the slice the task is waiting for, with `budgetMs`. */
    slice: (budgetMs: number) => pending.shift()!(budgetMs),
    pending,
  };
}

describe('runInSlices', () => {
  it('runs nothing until the page has time for a slice', () => {
    const h = harness();
    runInSlices(h.work([5, 5]), h.options);
    expect(h.ran).toEqual([]);
    expect(h.pending).toHaveLength(1);
  });

  it('stops a slice once its budget is spent and asks for another', () => {
    const h = harness();
    const task = runInSlices(h.work([4, 4, 4, 4, 4]), h.options);
    h.slice(10);
    expect(h.ran).toEqual([0, 1, 2]);
    expect(h.pending).toHaveLength(1);
    expect(task.done).toBe(false);
  });

  it('takes at least one step per slice, however small its budget', () => {
    const h = harness();
    runInSlices(h.work([30, 30]), h.options);
    h.slice(0);
    expect(h.ran).toEqual([0]);
  });

  it('finishes at once what is left when the result is asked for, and returns it', () => {
    const h = harness();
    const task = runInSlices(h.work([4, 4, 4, 4]), h.options);
    h.slice(5);
    expect(task.finish()).toBe('numbers');
    expect(h.ran).toEqual([0, 1, 2, 3]);
    expect(task.done).toBe(true);
  });

  it('hands the result over once, whether the last step ran in a slice or in finish', () => {
    for (const finishEarly of [false, true]) {
      const h = harness();
      const results: string[] = [];
      const task = runInSlices(h.work([1, 1]), { ...h.options, onDone: (result) => results.push(result) });
      if (finishEarly) task.finish();
      else h.slice(100);
      task.finish();
      h.pending.forEach((slice) => slice(100));
      expect(results).toEqual(['numbers']);
    }
  });

  it('runs no step twice when a slice comes after finish', () => {
    const h = harness();
    const task = runInSlices(h.work([1, 1, 1]), h.options);
    task.finish();
    h.slice(100);
    expect(h.ran).toEqual([0, 1, 2]);
  });

  it('counts the time spent and the longest slice', () => {
    const h = harness();
    const task = runInSlices(h.work([3, 3, 3, 3, 7]), h.options);
    h.slice(6);
    h.slice(6);
    task.finish();
    expect(task.cost).toEqual({ workMs: 19, longestSliceMs: 7, slices: 3 });
  });

  it('stops at a failing step, throws its error from the slice and again from finish', () => {
    function* failing() {
      yield;
      throw new Error('layout went away');
    }
    const h = harness();
    const task = runInSlices(failing(), h.options);
    expect(() => h.slice(100)).toThrow('layout went away');
    expect(h.pending).toHaveLength(0);
    expect(() => task.finish()).toThrow('layout went away');
  });
});

describe('runInSlices with large steps', () => {
  /** Work of small steps, with a large one announced by NEW_SLICE before it. */
  function harnessWithLargeStep() {
    let time = 0;
    const pending: ((budgetMs: number) => void)[] = [];
    const ran: string[] = [];
    function* work() {
      for (const [name, cost] of [['small', 2], ['small', 2]] as const) {
        time += cost;
        ran.push(name);
        yield;
      }
      yield NEW_SLICE;
      time += 30;
      ran.push('large');
      yield;
      time += 2;
      ran.push('small');
      return 'done';
    }
    return { work, ran, pending, options: { schedule: (slice: (budgetMs: number) => void) => void pending.push(slice), now: () => time } };
  }

  it('starts a step announced as large in a slice of its own', () => {
    const h = harnessWithLargeStep();
    runInSlices(h.work(), h.options);
    h.pending.shift()!(20);
    expect(h.ran).toEqual(['small', 'small']);
    h.pending.shift()!(20);
    expect(h.ran).toEqual(['small', 'small', 'large']);
  });

  it('runs straight through large steps when finishing at once', () => {
    const h = harnessWithLargeStep();
    const task = runInSlices(h.work(), h.options);
    expect(task.finish()).toBe('done');
    expect(h.ran).toEqual(['small', 'small', 'large', 'small']);
    expect(task.cost.slices).toBe(1);
  });
});
