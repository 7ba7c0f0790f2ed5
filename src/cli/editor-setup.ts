import path from 'node:path';

// Runs after `npm install` (and by hand after adding files outside `npm run new` and `npm run dev`):
// tells the Astro language server which schema checks the frontmatter of each entry file.
// Editor help is a convenience, so nothing here may fail an install: even loading the modules is
// inside the try.
const projectRoot = path.resolve(import.meta.dirname, '../..');
try {
  const { parseCli } = await import('./parse-cli.ts');
  const { writeFrontmatterManifest } = await import('../lib/authoring/editor-support/frontmatter-manifest.ts');
  const { displayPath } = await import('../lib/engine/content/load-playbook.ts');
  const { options } = parseCli('Usage: npm run editor-setup -- [--content DIR]');
  const { entries } = writeFrontmatterManifest(projectRoot, options.contentDir);
  console.log(`Editor support: frontmatter of ${entries} entries in ${displayPath(options.contentDir)} is checked against the content schemas.`);
} catch (error) {
  console.warn(`Editor support was not set up: ${error instanceof Error ? error.message : String(error)}`);
}
