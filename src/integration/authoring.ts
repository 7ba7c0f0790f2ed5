import type { AstroIntegration } from 'astro';
import { adminEditorConfig } from '../lib/authoring/web-editor/admin-setup.ts';
import { currentSession } from '../lib/engine/session/current-session.ts';
import { ADMIN_PAGE, serveAdminChecks } from './admin.ts';
import { keepEditorManifest } from './editor-support.ts';

/**
 * The authors' tools: the web editor at /admin/ (`npm run dev` always adds this integration,
 * `npm run build -- --admin` to ship the editor), and in dev the editor's check of what is being
 * edited and the editor map that keeps VS Code's frontmatter help current.
 */
export function authoringTools(): AstroIntegration {
  return {
    name: 'salesbook-authoring',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: '/admin', entrypoint: ADMIN_PAGE, prerender: true });
      },
      'astro:server:setup': ({ server }) => {
        keepEditorManifest(server, currentSession().options.contentDir);
        serveAdminChecks(server, () => currentSession().options);
      },
      'astro:build:done': ({ logger }) => {
        const backend = (adminEditorConfig(currentSession().options.contentDir).backend as { base_url?: string }).base_url;
        if (backend === 'http://127.0.0.1')
          logger.warn('The editor at /admin/ has no Git server to save to, so it can only open a folder on the computer it runs on. Set editor: in config.yaml to edit through your company’s Git server.');
      },
    },
  };
}
