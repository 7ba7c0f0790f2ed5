import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** How one build went. */
export interface BuildMeasurement {
  /** Wall-clock seconds, without time spent waiting for another build in the same checkout. */
  seconds: number;
  /** CPU seconds (user + system) of the build and every child process it waited for; NaN without /usr/bin/time. */
  cpuSeconds: number;
  /** Highest sum of the resident memory of the build and all its child processes, in bytes. */
  peakRss: number;
  /** Seconds spent waiting for another build's lock. */
  waitedSeconds: number;
  exitCode: number;
  output: string;
}

const PAGE_SIZE = 4096;
const TIME = '/usr/bin/time';

function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

// Resident memory of a process and all its descendants (Astro runs as a child of the build
// command, and Pagefind as a child of Astro), read from /proc.
function treeRss(tree: number[]): number {
  let total = 0;
  for (const pid of tree) {
    try {
      total += Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
    } catch {
      // Gone already.
    }
  }
  return total;
}

function readPid(file: string): number | undefined {
  try {
    return Number(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Runs a command to completion: wall time, CPU time (through /usr/bin/time when present) and the
 * process tree's memory sampled every 50 ms. When `lockFile` is given, time spent waiting for
 * another build to release it (the build says so on stderr) is left out of the wall time.
 */
export function measureBuild(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; lockFile?: string; waitMessage?: RegExp },
): Promise<BuildMeasurement> {
  const canSample = fs.existsSync('/proc/self/statm');
  const timeFile = path.join(os.tmpdir(), `salesbook-bench-time-${process.pid}-${Date.now()}.txt`);
  const timed = fs.existsSync(TIME);
  const [bin, argv] = timed ? [TIME, ['-o', timeFile, '-f', '%U %S', command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(bin, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let waitingSince: number | undefined;
    let waited = 0;
    const onData = (chunk: string) => {
      output += chunk;
      if (options.waitMessage?.test(chunk) && waitingSince === undefined) waitingSince = performance.now();
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    let peakRss = 0;
    const timer = setInterval(() => {
      if (!canSample || !child.pid) return;
      const tree = processTree(child.pid);
      peakRss = Math.max(peakRss, treeRss(tree));
      if (waitingSince !== undefined && options.lockFile) {
        const holder = readPid(path.join(options.lockFile, 'pid'));
        if (holder !== undefined && tree.includes(holder)) {
          waited += performance.now() - waitingSince;
          waitingSince = undefined;
          options.waitMessage = undefined;
        }
      }
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      let cpuSeconds = Number.NaN;
      if (timed) {
        const [user, system] = fs.readFileSync(timeFile, 'utf8').trim().split(/\s+/u).slice(-2).map(Number);
        cpuSeconds = (user ?? Number.NaN) + (system ?? Number.NaN);
        fs.rmSync(timeFile, { force: true });
      }
      const seconds = (performance.now() - started - waited) / 1000;
      resolve({ seconds, cpuSeconds, peakRss, waitedSeconds: waited / 1000, exitCode: code ?? 1, output });
    });
  });
}

/** Number of HTML pages in a built site. */
export function countPages(dist: string): number {
  return fs.readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}

/** Bytes of Pagefind's index (word index, fragments, filters, metadata), without its JavaScript, CSS and WebAssembly. */
export function indexBytes(dist: string): number {
  const dir = path.join(dist, 'pagefind');
  if (!fs.existsSync(dir)) return 0;
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !/\.(js|css)$|^wasm\./u.test(e.name))
    .reduce((sum, e) => sum + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
}
