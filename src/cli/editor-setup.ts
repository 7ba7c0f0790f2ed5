import path from 'node:path';
import { writeFrontmatterManifest } from '../lib/authoring/editor-support/frontmatter-manifest.ts';
import { displayPath } from '../lib/engine/content/load-playbook.ts';
import { parseCli } from './parse-cli.ts';

// Runs after `npm install` (and by hand after adding files outside `npm run new` and `npm run dev`):
// tells the Astro language server which schema checks the frontmatter of each entry file.
const { options } = parseCli('Usage: npm run editor-setup -- [--content DIR]');
const projectRoot = path.resolve(import.meta.dirname, '../..');
try {
  const { entries } = writeFrontmatterManifest(projectRoot, options.contentDir);
  console.log(`Editor support: frontmatter of ${entries} entries in ${displayPath(options.contentDir)} is checked against the content schemas.`);
} catch (error) {
  // Editor support is a convenience: it must never fail an install.
  console.warn(`Editor support was not set up: ${error instanceof Error ? error.message : String(error)}`);
}
