import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatReport } from '../lib/engine/report.ts';
import { currentSession } from '../lib/engine/session/current-session.ts';
import { searchDocuments } from '../lib/search/records/documents.ts';
import { writeSearchIndex } from './search-index.ts';
import { contentSecurityPolicy } from './content-security-policy.ts';
import { watchContent } from './watch-content.ts';

/**
 * Salesbook's hooks into Astro: the site's addressing settings, one watcher of the content folder
 * in dev, and the search index after a build. The content itself comes from the process's
 * playbook session, which our commands open (read and checked once) before Astro starts.
 */
export default function salesbook(): AstroIntegration {
  return {
    name: 'salesbook',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, injectRoute, addMiddleware, injectScript }) => {
        updateConfig({
          // Readers bookmark and share addresses; one form of each keeps links and anchors stable.
          trailingSlash: 'always',
          build: { format: 'directory' },
          devToolbar: { enabled: false },
          // Only the site's own scripts and styles may run on a page, whatever the content holds.
          security: { csp: contentSecurityPolicy },
        });
        // Authors read their content's problems in the browser; the page exists only while writing.
        if (command === 'dev') {
          injectRoute({ pattern: '/_problems', entrypoint: new URL('../dev/ProblemsPage.astro', import.meta.url), prerender: true });
          addMiddleware({ entrypoint: new URL('../dev/problem-pages.ts', import.meta.url), order: 'pre' });
          // Injected rather than written into the layout, so no built page carries it.
          injectScript('page', `import ${JSON.stringify(fileURLToPath(new URL('../client/dev/follow-saves.ts', import.meta.url)))};`);
        }
        // Run through `astro build` itself rather than `npm run build`: refuse bad content the same way.
        const { check } = currentSession();
        if (command === 'build' && check.failed) {
          console.error(formatReport(check.problems, check));
          throw new Error('The content has errors (listed above); nothing was built.');
        }
      },
      'astro:server:setup': ({ server, logger }) => watchContent(server, currentSession(), logger),
      'astro:build:done': async ({ dir, logger }) => {
        const session = currentSession();
        const stats = await writeSearchIndex(fileURLToPath(dir), searchDocuments(session.check.playbook, session.options));
        logger.info(`Search index: ${stats.records} records in ${stats.languages.join(', ')}.`);
      },
    },
  };
}
