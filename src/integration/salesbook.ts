import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { runContentCheck } from '../lib/engine/check-content.ts';
import { formatReport } from '../lib/engine/report.ts';
import type { EntryLinkResolver } from '../lib/engine/markdown/remark-entry-links.ts';
import { resolveReference } from '../lib/engine/resolve-reference.ts';
import { injectAdminRoute, serveAdminChecks } from './admin.ts';
import { keepEditorManifest } from './editor-support.ts';
import { writeSearchIndex } from './search-index.ts';
import { buildOptions, currentPlaybook, forgetPlaybook } from './playbook-cache.ts';

/** Resolves `TYPE:ID` links for the Markdown pipeline from the playbook the build read. */
export const resolveEntryLink: EntryLinkResolver = (filePath, type, id) => {
  const { playbook, index } = currentPlaybook();
  const from = playbook.entries.find((entry) => entry.absPath === path.resolve(filePath));
  if (!from) return { message: `${filePath} is not an entry of the content folder.`, expected: 'Keep entries in scripts/, objections/ or standards/ of the content folder.' };
  const result = resolveReference(index, from, type, id, buildOptions());
  return 'target' in result ? result.target.url : result;
};

/**
 * Salesbook's hooks into Astro: the content check before anything is built (so `astro dev` and
 * `astro build` refuse bad content with the same messages as `npm run check`), and the search index after.
 */
export default function salesbook(): AstroIntegration {
  return {
    name: 'salesbook',
    hooks: {
      'astro:config:setup': ({ command, logger, injectRoute }) => {
        injectAdminRoute({ command, injectRoute });
        // The build command has already checked and printed the report; do not print it twice.
        if (process.env.SALESBOOK_CHECKED === '1' && command === 'build') return;
        const result = runContentCheck(buildOptions());
        if (result.problems.length > 0 || command !== 'dev') console.log(formatReport(result.problems, result));
        if (result.failed && command === 'build') process.exit(1);
        if (result.failed) logger.error('The content has errors (listed above); pages that use it may not render until they are fixed.');
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = buildOptions().contentDir;
        keepEditorManifest(server, contentDir);
        serveAdminChecks(server, buildOptions);
        server.watcher.on('change', (changed) => {
          if (!path.resolve(changed).startsWith(contentDir + path.sep)) return;
          forgetPlaybook();
          const result = runContentCheck(buildOptions());
          if (result.problems.length > 0) logger.warn(`\n${formatReport(result.problems, result)}`);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const stats = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`Search index: ${stats.records} records in ${stats.languages.join(', ')}.`);
      },
    },
  };
}
