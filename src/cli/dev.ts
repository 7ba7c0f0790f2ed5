import { dev } from 'astro';
import { openSession } from '../lib/engine/session/current-session.ts';
import { parseSiteCli } from './parse-cli.ts';
import { authoringTools } from '../integration/authoring.ts';
import { astroConfig } from './run-astro.ts';
import { runCommand } from './run-command.ts';

const USAGE = `Usage: npm run dev -- [--content DIR] [--audience NAME] [--drafts] [--port N] [--host HOST]

Serves the handbook while you write: a saved file shows in open pages, with its problems.`;

runCommand(async () => {
  const { options, astro } = parseSiteCli(USAGE, ['--port', '--host', '--verbose', '--silent']);
  // Read and checked once; the dev server's watcher then reads only what changes. A page whose file
  // breaks keeps showing its last good version, with the problems on top, until the file is fixed.
  openSession(options, { keepLastGood: true });
  const server = await dev({ ...astroConfig(astro), integrations: [authoringTools()] });
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once('SIGINT', stop).once('SIGTERM', stop);
});
