import { checkReviewDates, localDay } from '../lib/engine/checks/check-review-dates.ts';
import { loadPlaybook } from '../lib/engine/content/load-playbook.ts';
import { formatProblem, formatReport } from '../lib/engine/report.ts';
import { staleEntries } from '../lib/authoring/staleness.ts';
import { parseCli, takeFlag } from './parse-cli.ts';
import { runCommand } from './run-command.ts';

const USAGE = `Usage: npm run stale -- [--content DIR] [--today YYYY-MM-DD] [--debug]

Lists entries past their review date (reviewed + reviewEveryDays), most overdue first, with their owners.`;

runCommand(() => {
  const { options, rest } = parseCli(USAGE);
  const todayFlag = takeFlag(rest, '--today');
  if (rest.length > 0) {
    console.error(`Unknown argument ${rest.map((arg) => `“${arg}”`).join(', ')}.\n\n${USAGE}`);
    return 2;
  }
  const today = todayFlag !== undefined ? new Date(`${todayFlag}T00:00:00Z`) : new Date();
  if (Number.isNaN(today.getTime())) {
    console.error(`--today needs a date written as YYYY-MM-DD.\n\n${USAGE}`);
    return 2;
  }
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const playbook = loadPlaybook(options.contentDir);
  if (playbook.problems.some((p) => p.severity === 'error')) {
    console.log(formatReport(playbook.problems, { files: playbook.fileCount, seconds: 0 }));
    return 1;
  }
  // A review date after today would hide an entry from this list: say so first.
  for (const future of checkReviewDates(playbook.entries, todayFlag !== undefined ? day(today) : localDay(today))) console.log(`Warning: ${formatProblem(future)}`);
  const stale = staleEntries(playbook.entries, playbook.config.reviewEveryDays, today);
  for (const { entry, overdue, due } of stale)
    console.log(`${entry.file} — ${entry.data.title} — owner: ${entry.data.owner} — due ${day(due)}, ${overdue} day${overdue === 1 ? '' : 's'} overdue`);
  console.log(stale.length === 0 ? `✔ Every entry is within its review interval (${playbook.entries.length} entries, as of ${day(today)}).` : `${stale.length} of ${playbook.entries.length} entries are past their review date (as of ${day(today)}).`);
  return 0;
});
