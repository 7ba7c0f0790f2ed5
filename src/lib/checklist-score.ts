import type { ChecklistScale } from '../schemas/standard.ts';

/** One answer an assessor can give, with its share of the item's weight (0..1). */
export interface ScaleOption {
  value: string;
  label: string;
  share: number;
}

/** The answers of a scale, from worst to best. */
export function scaleOptions(scale: ChecklistScale, t: { yes: string; no: string; partly: string }): ScaleOption[] {
  if (scale === 'yes-no-partly')
    return [
      { value: 'no', label: t.no, share: 0 },
      { value: 'partly', label: t.partly, share: 0.5 },
      { value: 'yes', label: t.yes, share: 1 },
    ];
  const max = Number(scale.split('-')[1]);
  return Array.from({ length: max }, (_, i) => ({ value: String(i + 1), label: String(i + 1), share: max === 1 ? 1 : i / (max - 1) }));
}
