import path from 'node:path';
import type { AstroInlineConfig } from 'astro';
import { UsageError } from '../lib/engine/content/options.ts';

/** Astro settings our commands accept on their command line, besides the content options. */
export interface AstroFlags {
  /** Where the built site goes; `dist/` by default. */
  outDir: string;
  /** The handbook's public address, for absolute links between language versions. */
  site?: string;
  /** Dev and preview server port. */
  port?: number;
  /** Dev and preview server host; this computer only by default. */
  host?: string;
  /** Show Astro's own progress in detail, or nothing but errors. */
  logLevel?: AstroInlineConfig['logLevel'];
  /** Ship the web editor at /admin/ in the built site. */
  admin?: boolean;
}

const VALUE_FLAGS = ['--outDir', '--site', '--port', '--host'] as const;

/** Reads the Astro flags a command allows (`allowed`); anything else is a usage error. */
export function parseAstroFlags(args: readonly string[], cwd: string, allowed: readonly string[]): AstroFlags {
  const flags: AstroFlags = { outDir: path.resolve(cwd, 'dist') };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!allowed.includes(name)) throw new UsageError(`Unknown argument “${arg}”.`);
    if ((VALUE_FLAGS as readonly string[]).includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value.`);
      if (name === '--outDir') flags.outDir = path.resolve(cwd, value);
      else if (name === '--site') flags.site = value;
      else if (name === '--host') flags.host = value;
      else if (!/^\d{1,5}$/.test(value)) throw new UsageError(`--port needs a number, e.g. --port 4321.`);
      else flags.port = Number(value);
    } else if (name === '--admin') flags.admin = true;
    else if (name === '--verbose') flags.logLevel = 'debug';
    else if (name === '--silent') flags.logLevel = 'silent';
  }
  return flags;
}
