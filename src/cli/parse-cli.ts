import { resolveContentOptions, UsageError, type ContentOptions } from '../lib/engine/content/options.ts';
import { parseAstroFlags, type AstroFlags } from './astro-options.ts';

/** Prints a usage problem and exits with 2. */
export function usageExit(message: string, usage: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

/**
 * Takes `--name value` or `--name=value` out of `args` and returns the value: `''` when the flag is
 * given without one, undefined when it is not given.
 */
export function takeFlag(args: string[], name: string): string | undefined {
  const at = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (at < 0) return undefined;
  const arg = args[at]!;
  if (arg !== name) {
    args.splice(at, 1);
    return arg.slice(name.length + 1);
  }
  const [, value = ''] = args.splice(at, 2);
  return value;
}

/** Reads the shared flags, or prints the usage problem and exits; returns the options and the other arguments. */
export function parseCli(usage: string): { options: ContentOptions; rest: string[] } {
  try {
    return resolveContentOptions(process.argv.slice(2), process.env, process.cwd());
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    usageExit(error.message, usage);
  }
}

/** Reads the content options and the Astro flags a command allows, once, or prints the usage problem and exits. */
export function parseSiteCli(usage: string, allowedAstroFlags: readonly string[]): { options: ContentOptions; astro: AstroFlags } {
  const { options, rest } = parseCli(usage);
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return { options, astro: parseAstroFlags(rest, process.cwd(), allowedAstroFlags) };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    usageExit(error.message, usage);
  }
}
