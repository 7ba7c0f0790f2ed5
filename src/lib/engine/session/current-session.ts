import { resolveContentOptions, type ContentOptions } from '../content/options.ts';
import { PlaybookSession } from './playbook-session.ts';

// Vite instantiates a module once per environment (config, content layer, prerender), so a
// module-level variable would give each its own playbook. One key on the process is one session.
const SESSION = Symbol.for('salesbook.session');
const registry = globalThis as typeof globalThis & { [SESSION]?: PlaybookSession };

/** Reads and checks the content folder once for this process; later calls of `currentSession()` return it. */
export function openSession(options: ContentOptions, settings: { keepLastGood?: boolean } = {}): PlaybookSession {
  registry[SESSION] = new PlaybookSession(options, settings);
  return registry[SESSION];
}

/**
 * The process's session. When Astro runs without our commands (`astro check`, `astro sync`), the
 * first caller opens one from the SALESBOOK_* environment variables, as those commands document.
 */
export function currentSession(): PlaybookSession {
  return (registry[SESSION] ??= new PlaybookSession(resolveContentOptions([], process.env, process.cwd()).options));
}
