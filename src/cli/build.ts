import { runContentCheck } from '../lib/engine/check-content.ts';
import { formatReport } from '../lib/engine/report.ts';
import { withBuildLock } from './build-lock.ts';
import { parseCli } from './parse-cli.ts';
import { runAstro } from './run-astro.ts';

const USAGE = `Usage: npm run build -- [--content DIR] [--audience NAME] [--drafts] [--strict] [astro build options]

Checks the content, then builds the handbook and its search index into dist/.`;

const { options, rest } = parseCli(USAGE);
const result = runContentCheck(options);
console.log(formatReport(result.problems, result));
if (result.failed) {
  console.error('Nothing was built: fix the errors above, then run the build again.');
  process.exit(1);
}
process.exit(await withBuildLock(process.cwd(), () => runAstro('build', rest, options, { SALESBOOK_CHECKED: '1' })));
