import fs from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Indexes the built pages with Pagefind's Node API; one index per `<html lang>`. */
export async function writeSearchIndex(distDir: string): Promise<{ pages: number; languages: string[] }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: distDir });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${distDir}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(distDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  const entry = JSON.parse(await fs.readFile(path.join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  const languages = Object.keys(entry.languages).sort();
  return { pages: added.page_count, languages };
}
