import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { formatReport } from '../lib/engine/report.ts';
import type { PlaybookSession } from '../lib/engine/session/playbook-session.ts';
import { ASK_GENERATION, TELL_GENERATION, type GenerationMessage } from '../dev/content-generation.ts';

// Editors save in bursts (a temporary file, a rename, the file itself): one reload per burst.
const SETTLE_MS = 40;
// A file caught half-written (truncated, not yet filled) is read again once its writer is done.
const RECHECK_MS = [150, 600];

/**
 * The dev server's one watcher of the content folder: after a save, the session reads what changed
 * and checks the book again, open pages reload (pages read the session when they render), and the
 * terminal shows the problems.
 */
export function watchContent(server: ViteDevServer, session: PlaybookSession, logger: AstroIntegrationLogger): void {
  const contentDir = session.options.contentDir;
  const inside = (file: string) => path.resolve(file).startsWith(contentDir + path.sep);
  let timer: NodeJS.Timeout | undefined;
  let rechecks: NodeJS.Timeout[] = [];
  let lastReport = '';
  const reload = () => {
    const check = session.reload();
    server.environments.client.hot.send({ type: 'full-reload', path: '*' });
    const report = formatReport(check.problems, check);
    // The summary line carries the time taken; compare the problems only.
    const problems = report.slice(0, report.lastIndexOf('\n') + 1);
    if (problems === lastReport) return;
    lastReport = problems;
    if (check.failed) logger.error(`\n${report}`);
    else if (check.problems.length > 0) logger.warn(`\n${report}`);
    else logger.info(report);
  };
  // A tab that connects after a reload message went out learns whether the page it shows is current.
  server.environments.client.hot.on(ASK_GENERATION, (_data, client) => client.send(TELL_GENERATION, { generation: session.generation } satisfies GenerationMessage));
  server.watcher.add(contentDir);
  server.watcher.on('all', (_event, file) => {
    if (!inside(file)) return;
    clearTimeout(timer);
    rechecks.forEach(clearTimeout);
    timer = setTimeout(() => {
      reload();
      rechecks = RECHECK_MS.map((delay) => setTimeout(() => session.changedSinceCheck() && reload(), delay));
    }, SETTLE_MS);
  });
}
