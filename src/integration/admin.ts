import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown, type ViteDevServer } from 'vite';
import { adminPageHtml } from '../lib/authoring/web-editor/admin-page.ts';
import { adminEditorConfig, repositoryRoot } from '../lib/authoring/web-editor/admin-setup.ts';
import { checkEditedFile } from '../lib/authoring/web-editor/check-edited-file.ts';
import type { ContentOptions } from '../lib/engine/content/options.ts';

/** The web editor's address. */
export const ADMIN_PATH = '/admin/';

/** Address of the dev server's check of an entry being edited (with the slash every address here ends in). */
export const CHECK_ENDPOINT = '/admin/api/check/';

/** The editor's script: Sveltia CMS with our formats, from npm. */
const EDITOR_ENTRY = fileURLToPath(new URL('../client/admin/admin.ts', import.meta.url));

/**
 * Serves /admin/ in `npm run dev`, its configuration generated at each request from the content
 * folder as it is now; the dev server compiles the editor's script like any other.
 */
export function serveAdminPage(server: Pick<ViteDevServer, 'middlewares' | 'config'>, options: () => ContentOptions): void {
  server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method !== 'GET' || (pathname !== ADMIN_PATH && pathname !== ADMIN_PATH.slice(0, -1) && pathname !== `${ADMIN_PATH}index.html`)) return next();
    const script = `/${path.relative(server.config.root, EDITOR_ENTRY).split(path.sep).join('/')}`;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', 'no-store');
    response.end(adminPageHtml({ config: adminEditorConfig(options().contentDir), script, checkUrl: CHECK_ENDPOINT }));
  });
}

/**
 * Answers the editor's preview in `npm run dev`: POST {path, text}, the path from the repository
 * root as the editor names files, and get back the content check's problems of that file as written.
 */
export function serveAdminChecks(server: Pick<ViteDevServer, 'middlewares'>, options: () => ContentOptions): void {
  server.middlewares.use(CHECK_ENDPOINT, (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'POST') {
      response.statusCode = 405;
      response.end();
      return;
    }
    let body = '';
    request.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      response.setHeader('Content-Type', 'application/json; charset=utf-8');
      try {
        const { path: filePath, text } = JSON.parse(body) as { path: string; text: string };
        const current = options();
        const root = repositoryRoot(current.contentDir) ?? path.dirname(current.contentDir);
        const relative = path.relative(current.contentDir, path.join(root, filePath));
        response.end(JSON.stringify({ problems: checkEditedFile(current, relative, text) }));
      } catch (error) {
        response.statusCode = 400;
        response.end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
      }
    });
  });
}

/**
 * Writes the web editor into `<siteDir>/admin/`, bundled on its own rather than by the handbook's
 * build: sharing the site's chunks would change the scripts every other page loads.
 */
export async function buildAdminEditor(siteDir: string, projectRoot: string, contentDir: string): Promise<{ files: number; bytes: number }> {
  const outDir = path.join(siteDir, 'admin');
  const result = await build({
    configFile: false,
    root: projectRoot,
    // Chunks and assets are found next to the script that asks for them, wherever the site is hosted.
    base: './',
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: false,
      assetsDir: 'assets',
      copyPublicDir: false,
      chunkSizeWarningLimit: 4096,
      rolldownOptions: { input: { editor: EDITOR_ENTRY }, output: { entryFileNames: 'assets/[name].[hash].js' } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const entry = outputs.flatMap((output) => output.output).find((file) => file.type === 'chunk' && file.isEntry);
  if (!entry) throw new Error('The web editor was not bundled.');
  fs.writeFileSync(path.join(outDir, 'index.html'), adminPageHtml({ config: adminEditorConfig(contentDir), script: `./${entry.fileName}`, checkUrl: '' }));
  const files = fs.readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((file) => file.isFile());
  return { files: files.length, bytes: files.reduce((sum, file) => sum + fs.statSync(path.join(file.parentPath, file.name)).size, 0) };
}
