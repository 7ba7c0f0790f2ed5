/** What decides when an entry needs its next review. */
export interface ReviewInfo {
  reviewed: Date;
  reviewEveryDays?: number | undefined;
}

const DAY = 24 * 60 * 60 * 1000;

/** The date by which the entry must be reviewed again: its own interval, else the playbook's. */
export function reviewDue(entry: ReviewInfo, defaultEveryDays: number): Date {
  return new Date(entry.reviewed.getTime() + (entry.reviewEveryDays ?? defaultEveryDays) * DAY);
}

/** Whole days past the due date on `today`; zero or less means the entry is not stale. */
export function daysOverdue(entry: ReviewInfo, defaultEveryDays: number, today: Date): number {
  return Math.floor((today.getTime() - reviewDue(entry, defaultEveryDays).getTime()) / DAY);
}

/** Entries past their review date, most overdue first. */
export function staleEntries<T extends { data: ReviewInfo }>(entries: readonly T[], defaultEveryDays: number, today: Date): { entry: T; overdue: number; due: Date }[] {
  return entries
    .map((entry) => ({ entry, overdue: daysOverdue(entry.data, defaultEveryDays, today), due: reviewDue(entry.data, defaultEveryDays) }))
    .filter((item) => item.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue);
}
