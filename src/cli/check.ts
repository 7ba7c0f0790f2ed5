import { runContentCheck } from '../lib/engine/check-content.ts';
import { formatReport } from '../lib/engine/report.ts';
import { parseCli } from './parse-cli.ts';
import { runCommand } from './run-command.ts';

const USAGE = `Usage: npm run check -- [--content DIR] [--audience NAME] [--drafts] [--strict] [--debug]

Checks every file of the content folder (schemas, ids, links, dialogues, stop phrases)
and prints every problem at once. Exits with 1 when there is an error.`;

runCommand(() => {
  const { options, rest } = parseCli(USAGE);
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  if (rest.length > 0) {
    console.error(`Unknown argument ${rest.map((a) => `“${a}”`).join(', ')}.\n\n${USAGE}`);
    return 2;
  }
  const result = runContentCheck(options);
  console.log(formatReport(result.problems, result));
  return result.failed ? 1 : 0;
});
