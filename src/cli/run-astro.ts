import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroInlineConfig } from 'astro';
import type { AstroFlags } from './astro-options.ts';

/** The project root: where astro.config.mjs and src/ live, whatever the working directory. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Astro's settings for one of our commands. Astro runs in this process, so the integration and the
 * pages use the playbook session this command opened: nothing travels through the environment.
 */
export function astroConfig(flags: AstroFlags, outDir = flags.outDir): AstroInlineConfig {
  return {
    root: PROJECT_ROOT,
    outDir,
    ...(flags.site ? { site: flags.site } : {}),
    ...(flags.logLevel ? { logLevel: flags.logLevel } : {}),
    server: { host: flags.host ?? '127.0.0.1', ...(flags.port !== undefined ? { port: flags.port } : {}) },
  };
}
