import { parseCli } from './parse-cli.ts';
import { runAstro } from './run-astro.ts';

// Serves the built handbook on this computer only; deploying means copying dist/ to any static host.
const { options, rest } = parseCli('Usage: npm run preview -- [astro preview options]');
process.exit(await runAstro('preview', ['--host', '127.0.0.1', ...rest], options));
