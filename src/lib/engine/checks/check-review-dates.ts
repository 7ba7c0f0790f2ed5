import type { PlaybookEntry } from '../content/load-playbook.ts';
import { problem, type Problem } from '../problems.ts';

/** The calendar day of `date` where the check runs, as YYYY-MM-DD. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Warns about review dates after `today` (YYYY-MM-DD): `reviewed` says when the last review took
 * place, and a future date would keep the entry out of the staleness report for longer than its interval.
 */
export function checkReviewDates(entries: readonly PlaybookEntry[], day: string): Problem[] {
  return entries.flatMap((entry) => {
    const reviewed = entry.data.reviewed.toISOString().slice(0, 10);
    return reviewed > day ? [problem('review-date-future', { reviewed, today: day }, { file: entry.file, line: entry.lineOf(['reviewed']), field: 'reviewed' })] : [];
  });
}
