import { parseCli } from './parse-cli.ts';
import { runAstro } from './run-astro.ts';

const { options, rest } = parseCli('Usage: npm run dev -- [--content DIR] [--audience NAME] [--drafts] [astro dev options]');
process.exit(await runAstro('dev', rest, options));
