import fs from 'node:fs';
import { build } from 'astro';
import { displayPath } from '../lib/engine/content/load-playbook.ts';
import { formatReport } from '../lib/engine/report.ts';
import { searchDocuments } from '../lib/search/records/documents.ts';
import { openSession } from '../lib/engine/session/current-session.ts';
import { withBuildLock } from './build-lock.ts';
import { parseSiteCli } from './parse-cli.ts';
import { authoringTools } from '../integration/authoring.ts';
import { astroConfig, PROJECT_ROOT } from './run-astro.ts';
import { runCommand } from './run-command.ts';
import { replaceWhenComplete } from './staged-output.ts';

const USAGE = `Usage: npm run build -- [--content DIR] [--audience NAME] [--drafts] [--strict] [--outDir DIR] [--site URL] [--admin] [--verbose|--silent]

Checks the content, then builds the handbook and its search index into dist/ (or --outDir).
The folder is replaced only when the build is complete: a refused, failed or interrupted
build leaves the site that was there as it was. --admin ships the web editor at /admin/.`;

runCommand(async () => {
  const { options, astro } = parseSiteCli(USAGE, ['--outDir', '--site', '--admin', '--verbose', '--silent']);
  // The one read of the content: Astro, running in this process, builds from this session.
  const session = openSession(options);
  console.log(formatReport(session.check.problems, session.check));
  if (session.check.failed) {
    console.error('Nothing was built: fix the errors above, then run the build again.');
    return 1;
  }
  const started = performance.now();
  try {
    // Astro's list of every page it wrote is noise for an author; --verbose brings it back.
    const config = { ...astroConfig(astro), logLevel: astro.logLevel ?? 'warn', ...(astro.admin ? { integrations: [authoringTools()] } : {}) } as const;
    await withBuildLock(PROJECT_ROOT, () => replaceWhenComplete(astro.outDir, (staging) => build({ ...config, outDir: staging })));
    const pages = fs.readdirSync(astro.outDir, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
    const records = searchDocuments(session.check.playbook, options).length;
    console.log(`✔ Built ${pages} pages and a search index of ${records} records into ${displayPath(astro.outDir)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  } catch (error) {
    console.error(`The build failed, and ${displayPath(astro.outDir)}/ was left as it was.`);
    // One line saying why (a file-system error names the path and what to do); --debug adds the stack.
    throw error;
  }
});
