import type { IndexedGraph } from './graph-index.ts';
import type { PlayState, Rating } from './play-state.ts';

/** How a practice run went. */
export interface PracticeSummary {
  /** The role practised. */
  role: string;
  /** Lines rated "nailed it". */
  nailed: number;
  /** Lines rated "close". */
  close: number;
  /** Lines rated "missed". */
  missed: number;
  /** 0-100: a nailed line counts fully, a close one half. */
  score: number;
  /** Step ids of the missed lines, in the order they came. */
  missedSteps: string[];
  /** `module:ID` / `objection:ID` keys the missed lines use, without repeats: what to review. */
  review: string[];
}

/** Scores a practice run from its ratings; lines not yet rated do not count. */
export function summarizePractice(g: IndexedGraph, state: PlayState): PracticeSummary {
  const counts: Record<Rating, number> = { nailed: 0, close: 0, missed: 0 };
  const missedSteps: string[] = [];
  for (const entry of state.trail) {
    if (!entry.rating) continue;
    counts[entry.rating] += 1;
    if (entry.rating === 'missed') missedSteps.push(entry.id);
  }
  const rated = counts.nailed + counts.close + counts.missed;
  const review = new Set<string>();
  for (const id of missedSteps) {
    const place = g.places.get(id);
    if (place?.kind === 'line') for (const key of place.step.refs) review.add(key);
  }
  return {
    role: state.practiceRole ?? '',
    ...counts,
    score: rated === 0 ? 0 : Math.round((100 * (counts.nailed + counts.close / 2)) / rated),
    missedSteps,
    review: [...review],
  };
}
