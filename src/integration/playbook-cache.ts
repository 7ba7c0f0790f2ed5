import { resolveContentOptions, type ContentOptions } from '../lib/engine/content/options.ts';
import { loadPlaybook, type LoadedPlaybook } from '../lib/engine/content/load-playbook.ts';
import { indexPlaybook, type LanguageIndex } from '../lib/engine/playbook-index.ts';

/** The options the build runs with, handed over by the CLI through environment variables. */
export function buildOptions(): ContentOptions {
  return resolveContentOptions([], process.env, process.cwd()).options;
}

interface Cached {
  playbook: LoadedPlaybook;
  index: Map<string, LanguageIndex>;
}

let cached: Cached | undefined;

/**
 * One read of the content folder shared by the loaders and the Markdown plugins of a build.
 * Dev mode calls `forgetPlaybook()` when a content file changes.
 */
export function currentPlaybook(): Cached {
  if (!cached) {
    const playbook = loadPlaybook(buildOptions().contentDir);
    cached = { playbook, index: indexPlaybook(playbook.entries) };
  }
  return cached;
}

/** Drops the cached read so the next use sees the files as they are now. */
export function forgetPlaybook(): void {
  cached = undefined;
}
