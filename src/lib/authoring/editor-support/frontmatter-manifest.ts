import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { COLLECTIONS, discoverContent, type CollectionName } from '../../engine/content/discover.ts';
import { contentJsonSchema, type ContentSchemaName } from './json-schemas.ts';

/** The JSON Schema that checks the frontmatter of each folder's entries. */
export const FRONTMATTER_SCHEMAS: Record<CollectionName, ContentSchemaName> = {
  scripts: 'scripts-entry',
  objections: 'objection',
  standards: 'standards-entry',
};

/** Name under which the Astro language server knows a folder's schema; prefixed so it never meets one of Astro's own. */
const manifestName = (collection: CollectionName) => `salesbook-${collection}`;

interface Manifest {
  collections: { hasSchema: boolean; name: string }[];
  entries: Record<string, string>;
}

/**
 * The key the Astro language server looks a file up by: the file's URL, decoded and lowercased,
 * as the server decodes and lowercases the address of the document it opens.
 */
export function manifestKey(absPath: string): string {
  return decodeURIComponent(pathToFileURL(absPath).href).toLowerCase();
}

/**
 * True when the editor opened on the project sees the content folder, so keeping the manifest up to
 * date on its own is worth it; a folder elsewhere (another repository, a test's temporary copy) is
 * set up on request with `npm run editor-setup -- --content DIR`.
 */
export function contentInsideProject(projectRoot: string, contentDir: string): boolean {
  const relative = path.relative(projectRoot, contentDir);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Writes what the Astro language server reads for content intellisense (`.astro/collections/`):
 * our JSON Schemas and a map from every entry file of the content folder to its folder's schema.
 * Every file is mapped, drafts and files with errors included, because those are the ones an author
 * is working on. Entries of other tools in an existing manifest are kept.
 */
export function writeFrontmatterManifest(projectRoot: string, contentDir: string): { entries: number } {
  const dir = path.join(projectRoot, '.astro', 'collections');
  fs.mkdirSync(dir, { recursive: true });
  const ours = new Set(COLLECTIONS.map(manifestName));
  const manifestFile = path.join(dir, 'collections.json');
  let existing: Manifest = { collections: [], entries: {} };
  try {
    existing = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
  } catch {
    // No manifest yet, or an unreadable one: ours replaces it.
  }
  const manifest: Manifest = {
    collections: [...(existing.collections ?? []).filter((c) => !ours.has(c.name)), ...COLLECTIONS.map((c) => ({ hasSchema: true, name: manifestName(c) }))],
    entries: Object.fromEntries(Object.entries(existing.entries ?? {}).filter(([, name]) => !ours.has(name))),
  };
  for (const collection of COLLECTIONS)
    fs.writeFileSync(path.join(dir, `${manifestName(collection)}.schema.json`), `${JSON.stringify(contentJsonSchema(FRONTMATTER_SCHEMAS[collection]), null, 2)}\n`);
  const found = discoverContent(contentDir, (p) => p);
  for (const entry of found.entries) manifest.entries[manifestKey(entry.absPath)] = manifestName(entry.collection);
  fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return { entries: found.entries.length };
}
