import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import { checkEditedFile } from '../lib/authoring/web-editor/check-edited-file.ts';
import { repositoryRoot } from '../lib/authoring/web-editor/admin-setup.ts';
import type { ContentOptions } from '../lib/engine/content/options.ts';

/** Set to `1` by `npm run build -- --admin`: the built site then ships the web editor at /admin/. */
export const ADMIN_ENV = 'SALESBOOK_ADMIN';

/** Address of the dev server's check of an entry being edited. */
export const CHECK_ENDPOINT = '/admin/api/check/';

type SetupOptions = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0];

/** Adds the web editor's page at /admin/: always in `npm run dev`, in a build only when asked for. */
export function injectAdminRoute({ command, injectRoute }: Pick<SetupOptions, 'command' | 'injectRoute'>, env = process.env): void {
  if (command !== 'dev' && env[ADMIN_ENV] !== '1') return;
  injectRoute({ pattern: '/admin', entrypoint: new URL('../admin/AdminPage.astro', import.meta.url), prerender: true });
}

/**
 * Answers the editor's preview in `npm run dev`: POST {path, text} with the path from the repository
 * root (as the editor names files), and get back the content check's problems of that file as written.
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
