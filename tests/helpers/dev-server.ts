import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { NODE, REPO_ROOT } from './build.ts';

/** A running `npm run dev`. */
export interface DevServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** What the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts `npm run dev` (src/cli/dev.ts) on a content folder at a free port and waits until it serves. */
export function startDevServer(contentDir: string): Promise<DevServer> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(NODE, [path.join(REPO_ROOT, 'src/cli/dev.ts'), '--content', contentDir, '--port', '0'], {
      cwd: REPO_ROOT,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The dev server did not start:\n${output}`)), 120_000);
    const stop = () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      });
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const origin = /Local\s+(http:\/\/[^\s/]+)\//u.exec(output)?.[1];
      if (origin) {
        clearTimeout(timer);
        resolve({ origin, output: () => output, stop });
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The dev server ended with ${code}:\n${output}`));
    });
  });
}
