import fs from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { documentHtml } from '../lib/search/records/document-html.ts';
import type { SearchDocument } from '../lib/search/records/documents.ts';
import { buildVocabularies, vocabularyPath } from '../lib/search/records/vocabulary.ts';

/**
 * Writes the Pagefind index into `<distDir>/pagefind/`, one index per language. Records are built
 * from the validated content rather than from the rendered pages, so each speech module, objection
 * and stop phrase is a result of its own whose parts the search box can show and copy.
 */
export async function writeSearchIndex(distDir: string, documents: readonly SearchDocument[]): Promise<{ records: number; languages: string[] }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Pagefind's service indexes files as they arrive; waiting for each answer before sending the
    // next file would make indexing a round trip per record.
    const added = await Promise.all(documents.map((doc) => index.addHTMLFile({ url: doc.url, content: documentHtml(doc) })));
    const failed = added.find((file) => file.errors.length > 0);
    if (failed) throw new Error(`Pagefind could not index a search record: ${failed.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(distDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  // The words of each language's records, for correcting slips in the browser: from the same
  // records as the index, so an edition's vocabulary holds nothing the edition leaves out.
  for (const [lang, file] of buildVocabularies(documents)) await fs.writeFile(path.join(distDir, vocabularyPath(lang)), file);
  const entry = JSON.parse(await fs.readFile(path.join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  return { records: documents.length, languages: Object.keys(entry.languages).sort() };
}
