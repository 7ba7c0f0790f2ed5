import { resolveContentOptions, UsageError, type ContentOptions } from '../lib/engine/content/options.ts';

/** Reads the shared flags, or prints the usage problem and exits; returns the options and the other arguments. */
export function parseCli(usage: string): { options: ContentOptions; rest: string[] } {
  try {
    return resolveContentOptions(process.argv.slice(2), process.env, process.cwd());
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${usage}`);
    process.exit(2);
  }
}
