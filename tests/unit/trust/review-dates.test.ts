import { describe, expect, it } from 'vitest';
import { checkPlaybook } from '../../../src/lib/engine/checks/check-playbook.ts';
import { checkReviewDates, localDay } from '../../../src/lib/engine/checks/check-review-dates.ts';
import { entryOf, validPlaybook } from '../content/valid-playbook.ts';

describe('review dates', () => {
  it('warns about a review date after today, naming the file and line of reviewed', () => {
    expect(checkReviewDates([entryOf('en', 'chat-standard')], '2026-09-30')).toEqual([
      {
        code: 'review-date-future',
        severity: 'warning',
        file: entryOf('en', 'chat-standard').file,
        line: 5,
        field: 'reviewed',
        message: 'The review date 2026-10-01 is after today (2026-09-30).',
        expected: 'Write the date of the last review that really took place, as YYYY-MM-DD.',
      },
    ]);
  });

  it('accepts a review that took place today', () => {
    expect(checkReviewDates([entryOf('en', 'chat-standard')], '2026-10-01')).toEqual([]);
  });

  it('compares with the day the check is told is today', () => {
    const warned = (today: Date) => checkPlaybook(validPlaybook(), { audience: 'everyone', drafts: false, today }).filter((p) => p.code === 'review-date-future');
    expect(warned(new Date(2026, 8, 1, 12)).length).toBeGreaterThan(10);
    expect(warned(new Date(2026, 11, 1, 12))).toEqual([]);
  });

  it('counts today in the local calendar, as authors write dates', () => {
    expect(localDay(new Date(2026, 0, 2, 0, 30))).toBe('2026-01-02');
  });
});
