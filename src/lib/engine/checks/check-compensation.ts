import type { Compensation } from '../../../schemas/compensation.ts';
import type { DataSource } from '../content/load-playbook.ts';
import { problem, type Problem } from '../problems.ts';

/** The most a tier may cost: its most expensive option. */
export const tierCap = (tier: Compensation['tiers'][number]) => Math.max(...tier.options.map((option) => option.costCap));

/** Tiers run from the smallest problem to the largest, so their cost caps may never go down; tier ids are unique. */
export function checkCompensation({ file, data, lineOf }: DataSource<Compensation>): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  data.tiers.forEach((tier, i) => {
    const earlier = ids.get(tier.id);
    if (earlier !== undefined)
      problems.push(problem('duplicate-id', { case: 'tier', id: tier.id, earlier }, { file, line: lineOf(['tiers', i, 'id']), field: `tiers[${i}].id` }));
    else ids.set(tier.id, i);
    const previous = data.tiers[i - 1];
    // Point at the tier's most expensive option: that is the cap to raise.
    const top = tier.options.findIndex((option) => option.costCap === tierCap(tier));
    if (previous && tierCap(tier) < tierCap(previous))
      problems.push(
        problem(
          'compensation-cap-decreases',
          { tier: tier.id, cap: tierCap(tier), previous: previous.id, previousCap: tierCap(previous), currency: data.currency },
          { file, line: lineOf(['tiers', i, 'options', top, 'costCap']), field: `tiers[${i}].options[${top}].costCap` },
        ),
      );
  });
  return problems;
}
