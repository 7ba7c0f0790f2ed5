import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { NODE, REPO_ROOT } from './build.ts';

/** A running `npm run dev` on a content folder. */
export interface DevServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Everything the server printed so far. */
  output: () => string;
  stop(): Promise<void>;
}

// The server must run as an author runs it: the test runner's own variables (VITEST, NODE_ENV=test)
// switch off Vite's live reload.
function authorEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key.startsWith('SALESBOOK_') || key === 'NODE_ENV' || key === 'TEST') delete env[key];
  return env;
}

/** Starts the dev server (src/cli/dev.ts) on a free port for `contentDir`, and waits until it listens. */
export function startDevServer(contentDir: string): Promise<DevServer> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(NODE, [path.join(REPO_ROOT, 'src/cli/dev.ts'), '--content', contentDir, '--port', '0'], {
      cwd: REPO_ROOT,
      env: authorEnv(),
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The dev server did not start:\n${output}`)), 180_000);
    const onData = (chunk: string) => {
      output += chunk;
      const origin = /Local\s+(http:\/\/[^\s/]+)\//u.exec(output)?.[1];
      if (!origin) return;
      clearTimeout(timer);
      resolve({
        origin,
        output: () => output,
        stop: () =>
          new Promise((done) => {
            child.once('close', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout!.setEncoding('utf8').on('data', onData);
    child.stderr!.setEncoding('utf8').on('data', onData);
    child.once('exit', (code) => reject(new Error(`The dev server ended with ${code}:\n${output}`)));
  });
}
