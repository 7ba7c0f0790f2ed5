import { loadPlaybook } from '../lib/engine/content/load-playbook.ts';
import { formatReport } from '../lib/engine/report.ts';
import { staleEntries } from '../lib/authoring/staleness.ts';
import { parseCli } from './parse-cli.ts';

const USAGE = `Usage: npm run stale -- [--content DIR] [--today YYYY-MM-DD]

Lists entries past their review date (reviewed + reviewEveryDays), most overdue first, with their owners.`;

const { options, rest } = parseCli(USAGE);
const todayFlag = rest.indexOf('--today');
const today = todayFlag >= 0 ? new Date(`${rest[todayFlag + 1]}T00:00:00Z`) : new Date();
if (Number.isNaN(today.getTime())) {
  console.error(`--today needs a date written as YYYY-MM-DD.\n\n${USAGE}`);
  process.exit(2);
}
const playbook = loadPlaybook(options.contentDir);
if (playbook.problems.some((p) => p.severity === 'error')) {
  console.log(formatReport(playbook.problems, { files: playbook.fileCount, seconds: 0 }));
  process.exit(1);
}
const stale = staleEntries(playbook.entries, playbook.config.reviewEveryDays, today);
const day = (date: Date) => date.toISOString().slice(0, 10);
for (const { entry, overdue, due } of stale)
  console.log(`${entry.file} — ${entry.data.title} — owner: ${entry.data.owner} — due ${day(due)}, ${overdue} day${overdue === 1 ? '' : 's'} overdue`);
console.log(stale.length === 0 ? `✔ Every entry is within its review interval (${playbook.entries.length} entries, as of ${day(today)}).` : `${stale.length} of ${playbook.entries.length} entries are past their review date (as of ${day(today)}).`);
