import { describe, expect, it } from 'vitest';
import { daysOverdue, reviewDue, staleEntries } from '../../../src/lib/authoring/staleness.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('review staleness', () => {
  it('is due the playbook interval after the last review', () => {
    expect(reviewDue({ reviewed: day('2026-01-01') }, 180).toISOString().slice(0, 10)).toBe('2026-06-30');
  });

  it('uses the entry’s own interval over the playbook’s', () => {
    expect(reviewDue({ reviewed: day('2026-01-01'), reviewEveryDays: 30 }, 180).toISOString().slice(0, 10)).toBe('2026-01-31');
  });

  it('counts whole days overdue, and not before the due date', () => {
    expect(daysOverdue({ reviewed: day('2026-01-01'), reviewEveryDays: 10 }, 180, day('2026-01-15'))).toBe(4);
    expect(daysOverdue({ reviewed: day('2026-01-01'), reviewEveryDays: 10 }, 180, day('2026-01-11'))).toBe(0);
  });

  it('lists only stale entries, most overdue first', () => {
    const entries = [
      { name: 'fresh', data: { reviewed: day('2026-11-01') } },
      { name: 'old', data: { reviewed: day('2025-01-01') } },
      { name: 'older', data: { reviewed: day('2024-01-01') } },
    ];
    expect(staleEntries(entries, 180, day('2026-11-22')).map((item) => item.entry.name)).toEqual(['older', 'old']);
  });
});
