import { isWordChar, isWordEdge } from './char-classes.ts';
import type { ParsedPattern } from './pattern.ts';

/**
 * Finds, for every place in a text and every pattern, the longest match starting there — in one
 * pass over the text, in time proportional to its length times the patterns' total size, for any
 * pattern. No regular expression is built from a pattern, so nothing can backtrack.
 *
 * How: the patterns become one automaton that reads the text backwards, from its end to its
 * start. A match is a path from where it ends back to where it starts; every state keeps only
 * the farthest end among the paths in it, since two paths in one state have the same future
 * (reading further back) and the farther end makes the longer match.
 */

/** A place where a pattern matches: the longest match of that pattern starting there. */
export interface Candidate {
  start: number;
  end: number;
  /** Index of the pattern in the list given to `buildAutomaton`. */
  pattern: number;
}

/** Counts the work of a scan, so tests can hold it to its bound. */
export interface WorkMeter {
  steps: number;
}

const ONE = 0;
const LOOP = 1;
const OPTIONAL = 2;
const ACCEPT = 3;

/** Patterns compiled into one automaton: states in arrays, each pattern's states side by side. */
export interface Automaton {
  /** What each state does: reads one character, loops on a set, may skip one, or accepts. */
  kind: Uint8Array;
  tests: ((codePoint: number) => boolean)[];
  /** The pattern each state belongs to. */
  owner: Int32Array;
  /** The state each pattern starts reading in (backwards: from its last step). */
  first: Int32Array;
  /** Patterns ending in `*`: their match ends where the word ends, so they start after the star. */
  endsWithStar: Uint8Array;
  patterns: readonly ParsedPattern[];
  /** Patterns that may start reading at a character, by code point; filled in as characters are met. */
  startsAt: Map<number, Starts>;
  startsAtSmall: (Starts | undefined)[];
}

/** The patterns that may start at a character: those that may end anywhere, and those that end only where a word ends. */
interface Starts {
  anywhere: readonly number[];
  atWordEnd: readonly number[];
}

/** Compiles parsed patterns into one automaton. */
export function buildAutomaton(patterns: readonly ParsedPattern[]): Automaton {
  const size = patterns.reduce((total, p) => total + p.steps.length + 1, 0);
  const kind = new Uint8Array(size);
  const tests: ((codePoint: number) => boolean)[] = [];
  const owner = new Int32Array(size);
  const first = new Int32Array(patterns.length);
  const endsWithStar = new Uint8Array(patterns.length);
  let state = 0;
  patterns.forEach((pattern, index) => {
    const last = pattern.steps[pattern.steps.length - 1];
    // A final `*` runs to the end of the word (`постара*`): rather than loop through every word
    // from its end, such a pattern starts after the star, its match ending where the word ends.
    const skip = last !== undefined && last.kind === 'loop' && last.test === isWordChar && pattern.needsEnd ? 1 : 0;
    endsWithStar[index] = skip;
    first[index] = state;
    // Backwards: the last step is read first.
    for (let i = pattern.steps.length - 1 - skip; i >= 0; i -= 1) {
      const step = pattern.steps[i]!;
      kind[state] = step.kind === 'one' ? ONE : step.kind === 'loop' ? LOOP : OPTIONAL;
      tests[state] = step.test;
      owner[state] = index;
      state += 1;
    }
    kind[state] = ACCEPT;
    tests[state] = () => false;
    owner[state] = index;
    state += 1;
  });
  return { kind: kind.slice(0, state), tests, owner, first, endsWithStar, patterns, startsAt: new Map(), startsAtSmall: [] };
}

const SMALL = 0x3000;

// The patterns worth starting where the character just before the end is `codePoint`: those whose
// first reading states (up to the first that must read a character) accept it.
function startsAt(automaton: Automaton, codePoint: number): Starts {
  let found = codePoint < SMALL ? automaton.startsAtSmall[codePoint] : automaton.startsAt.get(codePoint);
  if (found === undefined) {
    const anywhere: number[] = [];
    const atWordEnd: number[] = [];
    automaton.patterns.forEach((pattern, index) => {
      for (let state = automaton.first[index]!; ; state += 1) {
        if (automaton.tests[state]!(codePoint)) {
          (pattern.needsEnd && automaton.endsWithStar[index] === 0 ? atWordEnd : anywhere).push(index);
          break;
        }
        if (automaton.kind[state] !== LOOP && automaton.kind[state] !== OPTIONAL) break;
      }
    });
    found = { anywhere, atWordEnd };
    if (codePoint < SMALL) automaton.startsAtSmall[codePoint] = found;
    else automaton.startsAt.set(codePoint, found);
  }
  return found;
}

function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  if (at >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** Every place where some pattern matches, with its longest match there; in text order, then pattern order. */
export function scan(text: string, automaton: Automaton, meter?: WorkMeter): Candidate[] {
  const { kind, tests, owner, first, endsWithStar, patterns } = automaton;
  const size = kind.length;
  let ends = new Int32Array(size).fill(-1);
  let nextEnds = new Int32Array(size).fill(-1);
  let active: number[] = [];
  let nextActive: number[] = [];
  const found: Candidate[] = [];
  const here: Candidate[] = [];
  let steps = 0;
  let after: number | undefined;
  // Where the run of word characters that the current place is in ends.
  let wordEnd = text.length;
  const start = (state: number, end: number) => {
    if (ends[state] === -1) active.push(state);
    if (ends[state]! < end) ends[state] = end;
  };
  for (let at = text.length; at >= 0; ) {
    const before = at > 0 ? codePointBefore(text, at) : undefined;
    if (after === undefined || !isWordChar(after)) wordEnd = at;
    // Matches that may end here start reading here.
    if (before !== undefined) {
      const starts = startsAt(automaton, before);
      for (const index of starts.anywhere) {
        steps += 1;
        start(first[index]!, endsWithStar[index] === 1 ? wordEnd : at);
      }
      if (starts.atWordEnd.length > 0 && isWordEdge(after)) {
        for (const index of starts.atWordEnd) {
          steps += 1;
          start(first[index]!, at);
        }
      }
    }
    if (active.length > 0) {
      // A run that may be empty, or a character that may be missing, can be passed over.
      for (let i = 0; i < active.length; i += 1) {
        for (let state = active[i]!; kind[state] === LOOP || kind[state] === OPTIONAL; state += 1) {
          const next = state + 1;
          steps += 1;
          if (ends[next]! >= ends[state]!) break;
          if (ends[next] === -1) active.push(next);
          ends[next] = ends[state]!;
        }
      }
      const startsWord = isWordEdge(before);
      for (const state of active) {
        steps += 1;
        if (kind[state] === ACCEPT) {
          const index = owner[state]!;
          if (startsWord || !patterns[index]!.needsStart) here.push({ start: at, end: ends[state]!, pattern: index });
        } else if (before !== undefined && tests[state]!(before)) {
          const target = kind[state] === LOOP ? state : state + 1;
          if (nextEnds[target] === -1) nextActive.push(target);
          if (nextEnds[target]! < ends[state]!) nextEnds[target] = ends[state]!;
        }
        ends[state] = -1;
      }
      if (here.length > 0) {
        // Scanning backwards finds the places last; within a place, patterns go in their order.
        here.sort((a, b) => b.pattern - a.pattern);
        for (const candidate of here) found.push(candidate);
        here.length = 0;
      }
      const swapEnds = ends;
      ends = nextEnds;
      nextEnds = swapEnds;
      const swapActive = active;
      active = nextActive;
      nextActive = swapActive;
      nextActive.length = 0;
    }
    after = before;
    at -= before === undefined ? 1 : before > 0xffff ? 2 : 1;
  }
  if (meter) meter.steps += steps;
  return found.reverse();
}
