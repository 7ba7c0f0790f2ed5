import { END_LABEL } from '../engine/dialogue/types.ts';
import type { IndexedGraph } from './graph-index.ts';
import type { PlayExit, PlayOption, PlaySection, PlayStep } from './play-graph.ts';

/** A learner's self-rating of a practised line. */
export type Rating = 'nailed' | 'close' | 'missed';

/** Ratings in the order the digits 1, 2, 3 pick them. */
export const RATINGS: readonly Rating[] = ['nailed', 'close', 'missed'];

/** Something shown in the conversation so far: a spoken line or the option someone chose. */
export interface TrailEntry {
  /** Step id of the line, or option id. */
  id: string;
  /** A line, or a chosen option. */
  kind: 'line' | 'option';
  /** Label of the section it belongs to. */
  section: string;
  /** Who says it. */
  role: string;
  /** Practised lines only: null once revealed and not yet rated. */
  rating?: Rating | null;
  /** Practised lines only: what the learner wrote before revealing, if anything. */
  answer?: string;
}

/** Where a play-through stands. Plain data, so it can be compared, stored and rebuilt. */
export interface PlayState {
  /** Everything shown so far, in order. */
  trail: TrailEntry[];
  /** The role the learner practises (their lines stay hidden until revealed), or null in Play mode. */
  practiceRole: string | null;
}

/** What comes after the trail. */
export type Upcoming =
  | { kind: 'line'; section: PlaySection; step: PlayStep }
  | { kind: 'choice'; section: PlaySection; choice: Extract<PlayExit, { kind: 'choice' }> }
  | { kind: 'end' };

/** What the learner can do now: see the next line, reveal their own, rate it, choose, or read the end. */
export type Phase = 'continue' | 'your-turn' | 'rate' | 'choose' | 'end';

/** The next thing at `index` in `section`, following jumps; a loop of empty sections counts as the end. */
function upcomingAt(g: IndexedGraph, section: PlaySection | undefined, index: number): Upcoming {
  const seen = new Set<PlaySection>();
  while (section && !seen.has(section)) {
    const step = section.steps[index];
    if (step) return { kind: 'line', section, step };
    const exit = section.exit;
    if (exit.kind === 'choice') return { kind: 'choice', section, choice: exit };
    if (exit.kind === 'end') return { kind: 'end' };
    seen.add(section);
    section = g.sections.get(exit.target);
    index = 0;
  }
  return { kind: 'end' };
}

/** Where an option leads. */
function afterOption(g: IndexedGraph, option: PlayOption): Upcoming {
  return option.target === END_LABEL ? { kind: 'end' } : upcomingAt(g, g.sections.get(option.target), 0);
}

/** The next line, choice point or end after everything shown so far. */
export function upcoming(g: IndexedGraph, state: PlayState): Upcoming {
  const last = state.trail.at(-1);
  if (!last) return upcomingAt(g, g.graph.sections[0], 0);
  const place = g.places.get(last.id);
  if (place?.kind === 'line') return upcomingAt(g, place.section, place.index + 1);
  if (place?.kind === 'option') return afterOption(g, place.option);
  return { kind: 'end' };
}

/** What the learner can do now. */
export function phaseOf(g: IndexedGraph, state: PlayState): Phase {
  if (state.trail.at(-1)?.rating === null) return 'rate';
  const next = upcoming(g, state);
  if (next.kind === 'choice') return 'choose';
  if (next.kind === 'end') return 'end';
  return next.step.role === state.practiceRole ? 'your-turn' : 'continue';
}

function withEntry(state: PlayState, entry: TrailEntry): PlayState {
  return { ...state, trail: [...state.trail, entry] };
}

/** Shows the reply that follows something the learner did, so each action moves the conversation on. */
function settle(g: IndexedGraph, state: PlayState): PlayState {
  return phaseOf(g, state) === 'continue' ? advance(g, state) : state;
}

/** A fresh play-through showing the first line (kept hidden when it is the practised role's). */
export function start(g: IndexedGraph, practiceRole: string | null = null): PlayState {
  return settle(g, { trail: [], practiceRole });
}

/** Shows the next line, or reveals the practised role's line with the learner's own words; otherwise nothing changes. */
export function advance(g: IndexedGraph, state: PlayState, answer = ''): PlayState {
  const phase = phaseOf(g, state);
  const next = upcoming(g, state);
  if (next.kind !== 'line' || (phase !== 'continue' && phase !== 'your-turn')) return state;
  const entry: TrailEntry = { id: next.step.id, kind: 'line', section: next.section.label, role: next.step.role };
  if (phase === 'your-turn') {
    entry.rating = null;
    if (answer.trim() !== '') entry.answer = answer.trim();
  }
  return withEntry(state, entry);
}

/** Picks option `index` (0-based) at a choice point and shows the reply; out of range or elsewhere, nothing changes. */
export function choose(g: IndexedGraph, state: PlayState, index: number): PlayState {
  const next = upcoming(g, state);
  if (phaseOf(g, state) !== 'choose' || next.kind !== 'choice') return state;
  const option = next.choice.options[index];
  if (!option) return state;
  return settle(g, withEntry(state, { id: option.id, kind: 'option', section: next.section.label, role: next.choice.role }));
}

/** Rates the line just revealed and shows the reply; at any other moment nothing changes. */
export function rate(g: IndexedGraph, state: PlayState, rating: Rating): PlayState {
  const last = state.trail.at(-1);
  if (!last || last.rating !== null) return state;
  return settle(g, { ...state, trail: [...state.trail.slice(0, -1), { ...last, rating }] });
}

/** Takes back the last thing shown; at the first line nothing changes. */
export function back(g: IndexedGraph, state: PlayState): PlayState {
  const initial = start(g, state.practiceRole);
  if (state.trail.length <= initial.trail.length) return initial;
  return { ...state, trail: state.trail.slice(0, -1) };
}

/** Starts over with the same role. */
export function restart(g: IndexedGraph, state: PlayState): PlayState {
  return start(g, state.practiceRole);
}

/** Section labels the trail passed through, in order, each run of one section once. */
export function pathOf(state: PlayState): string[] {
  const path: string[] = [];
  for (const entry of state.trail) if (path.at(-1) !== entry.section) path.push(entry.section);
  return path;
}
