import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever the working directory of the test run. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Node 24 from the project's devDependencies: vitest may run under an older system Node, and Astro refuses it. */
export const NODE = path.join(REPO_ROOT, 'node_modules', '.bin', 'node');

/** Fixture content folders live here. */
export const FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures');

/** What a command printed and how it ended. */
export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Options of one build of a content folder. */
export interface BuildSiteOptions {
  /** Content folder, absolute or relative to the repository root. */
  content: string;
  /** Where the site is written; never the shared dist/. */
  outDir: string;
  audience?: string;
  drafts?: boolean;
  strict?: boolean;
  /** Astro's cache; defaults to a folder beside outDir so parallel builds never share one. */
  cacheDir?: string;
  /** Extra environment variables, e.g. SALESBOOK_CONTENT instead of --content. */
  env?: Record<string, string>;
  /** Leave out `--content` (to test the environment variable). */
  omitContentFlag?: boolean;
  /** Further flags for `astro build`, e.g. `['--site', origin]`. */
  astroArgs?: readonly string[];
}

// The caller's own SALESBOOK_* settings must not change what a test builds or checks.
function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  // Node's compile cache makes the many short CLI runs of the tests about a third cheaper.
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', NODE_COMPILE_CACHE: path.join(os.tmpdir(), 'salesbook-test-compile-cache') };
  for (const key of Object.keys(env)) if (key.startsWith('SALESBOOK_')) delete env[key];
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) env[key] = value;
  return env;
}

/** Runs a TypeScript CLI of the project with Node 24, resolving with its exit code and output. */
export function runNodeScript(
  script: string,
  args: readonly string[],
  options: { env?: Record<string, string | undefined>; cwd?: string; nodeArgs?: readonly string[] } = {},
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [...(options.nodeArgs ?? []), path.join(REPO_ROOT, script), ...args], { cwd: options.cwd ?? REPO_ROOT, env: cleanEnv(options.env) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ exitCode: code ?? (signal ? 1 : 0), stdout, stderr }));
  });
}

/** Runs `npm run check` (src/cli/check.ts) and waits for it. */
export function runCheck(args: readonly string[], env?: Record<string, string | undefined>, cwd = REPO_ROOT): CommandResult {
  const result = spawnSync(NODE, [path.join(REPO_ROOT, 'src/cli/check.ts'), ...args], { cwd, env: cleanEnv(env), encoding: 'utf8' });
  if (result.error) throw result.error;
  return { exitCode: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** Like `runCheck`, without blocking, so several checks can run at once. */
export function runCheckAsync(args: readonly string[], env?: Record<string, string | undefined>, cwd = REPO_ROOT): Promise<CommandResult> {
  return runNodeScript('src/cli/check.ts', args, { env, cwd });
}

/** Runs `npm run build` (src/cli/build.ts: the content check, then Astro and Pagefind) into `outDir`. */
export async function buildSite(options: BuildSiteOptions): Promise<CommandResult & { outDir: string }> {
  const outDir = path.resolve(REPO_ROOT, options.outDir);
  const args = [
    ...(options.omitContentFlag ? [] : ['--content', path.resolve(REPO_ROOT, options.content)]),
    ...(options.audience ? ['--audience', options.audience] : []),
    ...(options.drafts ? ['--drafts'] : []),
    ...(options.strict ? ['--strict'] : []),
    '--outDir',
    outDir,
    ...(options.astroArgs ?? []),
  ];
  const env = { SALESBOOK_CACHE_DIR: options.cacheDir ?? `${outDir}.cache`, ...options.env };
  const result = await runNodeScript('src/cli/build.ts', args, { env });
  return { ...result, outDir };
}

/** A fresh temporary folder that the caller removes with `removeTemp`. */
export function makeTempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `salesbook-${prefix}-`));
}

/** A fresh temporary folder holding `files` (path below it → text), which the caller removes with `removeTemp`. */
export function folderWith(prefix: string, files: Readonly<Record<string, string>>): string {
  const dir = makeTempDir(prefix);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** Copies a fixture content folder into a new temporary folder and returns its path. */
export function copyFixture(name: string): string {
  const target = path.join(makeTempDir(name), 'content');
  fs.cpSync(path.join(FIXTURES, name), target, { recursive: true });
  return target;
}

/** Removes a temporary folder made by this module. */
export function removeTemp(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Every file below `dir`, as absolute paths. */
export function walkFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}
