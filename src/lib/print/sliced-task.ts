/**
 * Long work, cut into steps (a generator that yields between them), run a slice at a time when the
 * page has nothing better to do, so reading and typing never wait for more than one slice; or run to
 * the end at once when its result is needed now.
 */

/**
 * Yielded by work just before a large step (one that takes about a slice by itself), so the step
 * starts a slice of its own instead of running past the end of the current one.
 */
export const NEW_SLICE = Symbol('new slice');

/** What work yields between steps: nothing, or `NEW_SLICE` before a large step. */
export type StepEnd = typeof NEW_SLICE | undefined;

/** Calls `slice` later, when the page has time, with the milliseconds it may take. */
export type Scheduler = (slice: (budgetMs: number) => void) => void;

/** What the work cost: its own time, and the longest stretch it held the page. */
export interface WorkCost {
  /** Milliseconds spent in the work's steps, all slices together. */
  workMs: number;
  /** The longest single slice, in milliseconds. */
  longestSliceMs: number;
  /** How many slices it took (a `finish()` counts as one). */
  slices: number;
}

/** How work ended: with its result, or with the error a step threw. */
type Outcome<T> = { result: T } | { error: unknown };

/** Work running in slices. */
export interface SlicedTask<T> {
  /** Runs whatever is left now, without giving way, and returns the result. */
  finish(): T;
  /** True once every step has run. */
  readonly done: boolean;
  readonly cost: WorkCost;
}

/** Options of `runInSlices`. */
export interface SliceOptions<T> {
  schedule: Scheduler;
  /** A clock in milliseconds (`performance.now` in a browser). */
  now: () => number;
  /** Called once, with the result, when the last step has run. */
  onDone?: (result: T, cost: WorkCost) => void;
}

/**
 * Starts `steps` in slices: each slice runs steps until its budget is spent (always at least one)
 * or the work yields `NEW_SLICE`, then asks `schedule` for the next; `finish()` runs the rest in
 * one go. An error thrown by a step ends the work; the slice throws it, and so does every `finish()`.
 */
export function runInSlices<T>(steps: Iterator<unknown, T>, { schedule, now, onDone }: SliceOptions<T>): SlicedTask<T> {
  let outcome: Outcome<T> | undefined;
  const cost: WorkCost = { workMs: 0, longestSliceMs: 0, slices: 0 };

  /** Takes one step; true when the work asks for the next step to start a new slice. */
  const step = (): boolean => {
    try {
      const next = steps.next();
      if (next.done) outcome = { result: next.value };
      return next.value === NEW_SLICE;
    } catch (error) {
      outcome = { error };
      return false;
    }
  };
  /**
   * Runs steps until the work ends or, in a slice, until the budget is spent or a large step is
   * next; returns how the work ended, if it did.
   */
  const run = (budgetMs: number | undefined): Outcome<T> | undefined => {
    const started = now();
    for (;;) {
      const largeStepNext = step();
      if (outcome || (budgetMs !== undefined && (largeStepNext || now() - started >= budgetMs))) break;
    }
    const spent = now() - started;
    cost.workMs += spent;
    cost.longestSliceMs = Math.max(cost.longestSliceMs, spent);
    cost.slices += 1;
    if (outcome && 'result' in outcome) onDone?.(outcome.result, cost);
    return outcome;
  };
  const slice = (budgetMs: number) => {
    if (outcome) return;
    const ended = run(budgetMs);
    if (!ended) schedule(slice);
    // Thrown here too, so a failure shows when it happens, not only when the result is asked for.
    else if ('error' in ended) throw ended.error;
  };
  schedule(slice);

  return {
    finish() {
      const ended = outcome ?? run(undefined)!;
      if ('error' in ended) throw ended.error;
      return ended.result;
    },
    get done() {
      return outcome !== undefined;
    },
    cost,
  };
}
