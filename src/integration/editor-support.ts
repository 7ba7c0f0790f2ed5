import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { contentInsideProject, writeFrontmatterManifest } from '../lib/authoring/editor-support/frontmatter-manifest.ts';

/**
 * Keeps the editor's map of entry files to schemas current while `npm run dev` runs, so a file the
 * author has just created is checked and completed in the editor at once.
 */
export function keepEditorManifest(server: Pick<ViteDevServer, 'watcher' | 'config'>, contentDir: string): void {
  const projectRoot = server.config.root;
  if (!contentInsideProject(projectRoot, contentDir)) return;
  const write = () => {
    try {
      writeFrontmatterManifest(projectRoot, contentDir);
    } catch {
      // Editor help is a convenience; the dev server must keep running without it.
    }
  };
  write();
  const onChange = (file: string) => {
    if (path.resolve(file).startsWith(contentDir + path.sep) && file.endsWith('.mdx')) write();
  };
  server.watcher.on('add', onChange).on('unlink', onChange);
}
