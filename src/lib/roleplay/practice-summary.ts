import type { IndexedGraph } from './graph-index.ts';
import type { PlayState, Rating } from './play-state.ts';

/** A choice the learner made for their own role. */
export interface PracticeDecision {
  /** Option id of the choice made. */
  option: string;
  /** True when the author marked the option weak. */
  weak: boolean;
}

/** How a practice run went. */
export interface PracticeSummary {
  /** The role practised. */
  role: string;
  /** Lines rated "nailed it", plus good choices. */
  nailed: number;
  /** Lines rated "close". */
  close: number;
  /** Lines rated "missed", plus weak choices. */
  missed: number;
  /** 0-100: a nailed line or good choice counts fully, a close line half. */
  score: number;
  /** Step ids of the missed lines, in the order they came. */
  missedSteps: string[];
  /** The choices the learner made for their own role, in order. */
  decisions: PracticeDecision[];
  /** Option ids of the weak choices made, in order. */
  weakChoices: string[];
  /** `module:ID` / `objection:ID` keys the missed lines and weak choices point to, without repeats: what to review. */
  review: string[];
}

/**
 * Scores a practice run: each line the learner revealed counts by its self-rating (lines not yet
 * rated do not count), and each choice the learner made for their own role counts as nailed, or as
 * missed when the author marked it weak.
 */
export function summarizePractice(g: IndexedGraph, state: PlayState): PracticeSummary {
  const counts: Record<Rating, number> = { nailed: 0, close: 0, missed: 0 };
  const missedSteps: string[] = [];
  const decisions: PracticeDecision[] = [];
  const review = new Set<string>();
  for (const entry of state.trail) {
    if (entry.kind === 'option') {
      if (state.practiceRole === null || entry.role !== state.practiceRole) continue;
      const place = g.places.get(entry.id);
      const weak = place?.kind === 'option' ? place.option.weak : undefined;
      decisions.push({ option: entry.id, weak: weak !== undefined });
      counts[weak ? 'missed' : 'nailed'] += 1;
      for (const key of weak ?? []) review.add(key);
      continue;
    }
    if (!entry.rating) continue;
    counts[entry.rating] += 1;
    if (entry.rating !== 'missed') continue;
    missedSteps.push(entry.id);
    const place = g.places.get(entry.id);
    if (place?.kind === 'line') for (const key of place.step.refs) review.add(key);
  }
  const rated = counts.nailed + counts.close + counts.missed;
  return {
    role: state.practiceRole ?? '',
    ...counts,
    score: rated === 0 ? 0 : Math.round((100 * (counts.nailed + counts.close / 2)) / rated),
    missedSteps,
    decisions,
    weakChoices: decisions.filter((decision) => decision.weak).map((decision) => decision.option),
    review: [...review],
  };
}
