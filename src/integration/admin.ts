import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { checkEditedFile } from '../lib/authoring/web-editor/check-edited-file.ts';
import { repositoryRoot } from '../lib/authoring/web-editor/admin-setup.ts';
import type { ContentOptions } from '../lib/engine/content/options.ts';

/** Address of the dev server's check of an entry being edited (with the slash every address here ends in). */
export const CHECK_ENDPOINT = '/admin/api/check/';

/** The web editor's page, added at /admin/. */
export const ADMIN_PAGE = new URL('../admin/AdminPage.astro', import.meta.url);

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
