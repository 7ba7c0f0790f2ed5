import { spawn } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { optionsToEnv, type ContentOptions } from '../lib/engine/content/options.ts';

const require = createRequire(import.meta.url);

/** Runs the Astro CLI with the content options handed over in the environment; resolves to its exit code. */
export function runAstro(command: string, args: readonly string[], options: ContentOptions, extraEnv: Record<string, string> = {}): Promise<number> {
  // astro.js is not an export of the package, so find it beside package.json.
  const astroBin = path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [astroBin, command, ...args], {
      stdio: 'inherit',
      env: { ...process.env, ...optionsToEnv(options), ...extraEnv },
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
