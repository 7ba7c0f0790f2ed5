import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { SiteConfigSchema, type EditorBackendConfig } from '../../../schemas/config.ts';
import { discoverContent } from '../../engine/content/discover.ts';
import { editorConfig, type EditorBackend } from './editor-config.ts';

/** The repository a folder belongs to: the nearest folder above it (or itself) holding `.git`. */
export function repositoryRoot(dir: string): string | undefined {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (fs.existsSync(path.join(current, '.git'))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}

/** The editor's backend settings for the company's Git server from `editor:` in config.yaml. */
export function backendFrom(editor: EditorBackendConfig | undefined): EditorBackend | undefined {
  if (!editor) return undefined;
  return {
    name: editor.backend,
    repo: editor.repo,
    ...(editor.branch ? { branch: editor.branch } : {}),
    ...(editor.baseUrl ? { base_url: editor.baseUrl } : {}),
    ...(editor.apiRoot ? { api_root: editor.apiRoot } : {}),
    // GitLab and Gitea let the browser sign in by itself (PKCE) with a registered application's id.
    ...(editor.appId ? { app_id: editor.appId, ...(editor.backend === 'gitlab' ? { auth_type: 'pkce' } : {}) } : { auth_methods: ['token'] }),
  } as EditorBackend;
}

function readSiteConfig(contentDir: string) {
  try {
    const parsed = SiteConfigSchema.safeParse(parse(fs.readFileSync(path.join(contentDir, 'config.yaml'), 'utf8')) ?? {});
    // A config.yaml with errors is reported by the content check; the editor opens with the defaults.
    return parsed.success ? parsed.data : SiteConfigSchema.parse({});
  } catch {
    return SiteConfigSchema.parse({});
  }
}

/**
 * The configuration of the web editor for a content folder: its languages, where it sits in its
 * repository (the editor addresses files from the repository root), and the Git server from config.yaml.
 */
export function adminEditorConfig(contentDir: string): Record<string, unknown> {
  const root = repositoryRoot(contentDir) ?? path.dirname(contentDir);
  const contentPath = path.relative(root, contentDir).split(path.sep).join('/');
  const config = readSiteConfig(contentDir);
  const languages = discoverContent(contentDir, (p) => p).languages;
  return editorConfig({
    languages: languages.length > 0 ? languages : ['en'],
    contentPath,
    backend: backendFrom(config.editor),
    siteName: config.name,
    repositoryName: path.basename(root),
  });
}
