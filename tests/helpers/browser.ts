import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { describe } from 'vitest';
import { buildSite, makeTempDir, removeTemp } from './build.ts';

/** Debian's Chromium; the tests never download a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'];

/** True when Chromium is installed here. */
export const hasChromium = fs.existsSync(CHROMIUM_PATH);

/**
 * `describe` for browser suites: skipped with the install hint when Chromium is missing, except in
 * CI (`CI=true`), where a missing browser must fail rather than pass silently.
 */
export function describeInBrowser(name: string, suite: () => void): void {
  if (hasChromium) {
    describe(name, suite);
    return;
  }
  if (process.env.CI === 'true') throw new Error(`${CHROMIUM_PATH} is missing: install it with \`apt-get install chromium\`.`);
  console.warn(`Skipping "${name}": Chromium is not installed (apt-get install chromium).`);
  describe.skip(`${name} (needs Chromium: apt-get install chromium)`, suite);
}

/** Starts headless Chromium, with `extraArgs` after the usual switches. */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** A static server over a built site. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 at a free port: folders answer with their index.html, unknown paths with 404.html. */
export async function serveDir(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) file = root;
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const found = fs.existsSync(file) && fs.statSync(file).isFile();
    const served = found ? file : path.join(root, '404.html');
    response.writeHead(found ? 200 : 404, { 'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream' });
    fs.createReadStream(served).on('error', () => response.end()).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A new page in its own context that may only talk to `origin`: any other request is aborted. */
export async function openPage(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  await context.route((url) => url.origin !== origin, (route) => route.abort());
  return context.newPage();
}

/** Sites built for one browser suite, each served over HTTP, and the Chromium that visits them. */
export interface BuiltSites<K extends string> {
  servers: Record<K, StaticServer>;
  /** The built folder of each site. */
  dirs: Record<K, string>;
  browser: Browser;
  /** Stops Chromium and the servers and removes the built folders. */
  close(): Promise<void>;
}

/**
 * Builds each content folder (one after the other: two Astro builds of one project at once trip
 * over each other's files), serves each build and starts Chromium.
 */
export async function serveBuiltSites<K extends string>(name: string, contents: Readonly<Record<K, string>>): Promise<BuiltSites<K>> {
  const tmp = makeTempDir(name);
  const dirs = {} as Record<K, string>;
  const servers = {} as Record<K, StaticServer>;
  const stopServers = async () => {
    for (const server of Object.values<StaticServer>(servers)) await server.close();
  };
  try {
    for (const [key, content] of Object.entries(contents) as [K, string][]) {
      const built = await buildSite({ content, outDir: path.join(tmp, key) });
      if (built.exitCode !== 0) throw new Error(`The book in ${content} did not build:\n${built.stdout}\n${built.stderr}`);
      dirs[key] = built.outDir;
      servers[key] = await serveDir(built.outDir);
    }
    const browser = await launchBrowser();
    return {
      servers,
      dirs,
      browser,
      close: async () => {
        await browser.close();
        await stopServers();
        removeTemp(tmp);
      },
    };
  } catch (error) {
    await stopServers();
    removeTemp(tmp);
    throw error;
  }
}
