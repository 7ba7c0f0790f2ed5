import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminEditorConfig } from '../lib/authoring/web-editor/admin-setup.ts';
import { currentSession } from '../lib/engine/session/current-session.ts';
import { buildAdminEditor, serveAdminChecks, serveAdminPage } from './admin.ts';
import { keepEditorManifest } from './editor-support.ts';

/**
 * The authors' tools. `npm run dev` always adds this integration: the web editor at /admin/, its
 * check of what is being edited, and the editor map that keeps VS Code's frontmatter help current.
 * `npm run build -- --admin` adds it to ship the editor in the built site.
 */
export function authoringTools(): AstroIntegration {
  let root = '';
  return {
    name: 'salesbook-authoring',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        const options = () => currentSession().options;
        keepEditorManifest(server, options().contentDir);
        serveAdminPage(server, options);
        serveAdminChecks(server, options);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { contentDir } = currentSession().options;
        const { files, bytes } = await buildAdminEditor(fileURLToPath(dir), root, contentDir);
        logger.info(`Web editor: ${files} files (${(bytes / 1e6).toFixed(1)} MB, loaded as needed) in admin/.`);
        const backend = adminEditorConfig(contentDir).backend as { base_url?: string };
        if (backend.base_url === 'http://127.0.0.1')
          logger.warn('The editor at /admin/ has no Git server to save to, so it can only open a folder on the computer it runs on. Set editor: in config.yaml to edit through your company’s Git server.');
      },
    },
  };
}
