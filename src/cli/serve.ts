import { preview } from 'astro';
import { parseSiteCli } from './parse-cli.ts';
import { astroConfig } from './run-astro.ts';
import { runCommand } from './run-command.ts';

const USAGE = `Usage: npm run preview -- [--outDir DIR] [--port N] [--host HOST]

Serves a built handbook on this computer; deploying means copying dist/ to any static host.`;

runCommand(async () => {
  const { astro } = parseSiteCli(USAGE, ['--outDir', '--port', '--host']);
  const server = await preview(astroConfig(astro));
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once('SIGINT', stop).once('SIGTERM', stop);
});
