import type { Compensation } from '../../../schemas/compensation.ts';
import type { DataSource } from '../content/load-playbook.ts';
import type { Problem } from '../problems.ts';

/** The most a tier may cost: its most expensive option. */
export const tierCap = (tier: Compensation['tiers'][number]) => Math.max(...tier.options.map((option) => option.costCap));

/** Tiers run from the smallest problem to the largest, so their cost caps may never go down; tier ids are unique. */
export function checkCompensation({ file, data, lineOf }: DataSource<Compensation>): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  data.tiers.forEach((tier, i) => {
    const earlier = ids.get(tier.id);
    if (earlier !== undefined)
      problems.push({
        code: 'duplicate-id',
        severity: 'error',
        file,
        line: lineOf(['tiers', i, 'id']),
        field: `tiers[${i}].id`,
        message: `The tier id “${tier.id}” is already used by tiers[${earlier}].`,
        expected: 'Give every tier its own id.',
      });
    else ids.set(tier.id, i);
    const previous = data.tiers[i - 1];
    // Point at the tier's most expensive option: that is the cap to raise.
    const top = tier.options.findIndex((option) => option.costCap === tierCap(tier));
    if (previous && tierCap(tier) < tierCap(previous))
      problems.push({
        code: 'compensation-cap-decreases',
        severity: 'error',
        file,
        line: lineOf(['tiers', i, 'options', top, 'costCap']),
        field: `tiers[${i}].options[${top}].costCap`,
        message: `Tier “${tier.id}” may cost at most ${tierCap(tier)} ${data.currency}, less than the ${tierCap(previous)} ${data.currency} of the smaller tier “${previous.id}” before it.`,
        expected: 'List tiers from the smallest problem to the largest, with cost caps that never decrease; reorder the tiers or raise this cap.',
      });
  });
  return problems;
}
