import type { ChecklistScale } from '../../schemas/standard.ts';

/** One answer an assessor can give, with its share of the item's weight (0..1). */
export interface ScaleOption {
  value: string;
  label: string;
  share: number;
}

/** What scoring needs to know about an item. */
export interface ScoredItem {
  id: string;
  weight: number;
  /** Control items prove the visit happened; they never count in the score. */
  control: boolean;
}

/** The running result of a checklist. */
export type ChecklistScore = {
  /** Weighted points earned by the answers given so far. */
  earned: number;
  /** Weighted points the form can give: every scored item at its best answer. */
  possible: number;
  /** `earned` as a whole percentage of `possible` (0 when nothing can be scored). */
  percent: number;
  /** Scored items with an answer. */
  answered: number;
  /** Scored items in the form (control items excluded). */
  scored: number;
};

/**
 * The answers of a scale in the order the form shows them: yes, partly, no (1, a half, 0); numeric
 * scales from 1 up, each earning value ÷ top, so a 3 on a 1-5 scale earns 60 % of the item's weight.
 */
export function scaleOptions(scale: ChecklistScale, t: { yes: string; no: string; partly: string }): ScaleOption[] {
  if (scale === 'yes-no-partly')
    return [
      { value: 'yes', label: t.yes, share: 1 },
      { value: 'partly', label: t.partly, share: 0.5 },
      { value: 'no', label: t.no, share: 0 },
    ];
  const top = Number(scale.split('-')[1]);
  return Array.from({ length: top }, (_, i) => ({ value: String(i + 1), label: String(i + 1), share: (i + 1) / top }));
}

/** Share of an item's weight that an answer earns on a scale; undefined for no or an unknown answer. */
export function answerShare(scale: ChecklistScale, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const labels = { yes: '', no: '', partly: '' };
  return scaleOptions(scale, labels).find((option) => option.value === value)?.share;
}

/** Scores a checklist: weighted, control items left out, unanswered items counting as zero. */
export function scoreChecklist(scale: ChecklistScale, items: readonly ScoredItem[], answers: Readonly<Record<string, string | undefined>>): ChecklistScore {
  let earned = 0;
  let possible = 0;
  let answered = 0;
  let scored = 0;
  for (const item of items) {
    if (item.control) continue;
    scored += 1;
    possible += item.weight;
    const share = answerShare(scale, answers[item.id]);
    if (share === undefined) continue;
    answered += 1;
    earned += share * item.weight;
  }
  const percent = possible > 0 ? Math.round((earned / possible) * 100) : 0;
  return { earned: roundPoints(earned), possible: roundPoints(possible), percent, answered, scored };
}

// Halves and fractional weights add up to values like 12.499999; a score sheet shows at most two decimals.
function roundPoints(value: number): number {
  return Math.round(value * 100) / 100;
}
