import fs from 'node:fs';
import path from 'node:path';
import { invalidId, SCAFFOLD_KINDS, scaffoldPath, scaffoldText, scaffoldUsage, type ScaffoldKind } from '../lib/authoring/scaffold.ts';
import { contentInsideProject, writeFrontmatterManifest } from '../lib/authoring/editor-support/frontmatter-manifest.ts';
import { displayPath } from '../lib/engine/content/load-playbook.ts';
import { parseCli } from './parse-cli.ts';

const USAGE = scaffoldUsage();

if (process.argv.length <= 2) {
  console.log(USAGE);
  process.exit(0);
}
const { options, rest } = parseCli(USAGE);
const flag = (name: string) => {
  const at = rest.indexOf(name);
  if (at < 0) return undefined;
  const [, value] = rest.splice(at, 2);
  return value;
};
const lang = flag('--lang') ?? 'en';
const owner = flag('--owner') ?? 'Sales Enablement';
const [kind, id, ...extra] = rest;
const fail = (message: string) => {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
};
if (!kind || !(SCAFFOLD_KINDS as readonly string[]).includes(kind)) fail(kind ? `“${kind}” is not something that can be created.` : 'Say what to create.');
if (!id) fail('Give the new entry an id.');
if (extra.length > 0) fail(`Unknown argument ${extra.map((a) => `“${a}”`).join(', ')}.`);
const problem = invalidId(id!);
if (problem) fail(problem);

const target = path.join(options.contentDir, scaffoldPath(kind as ScaffoldKind, lang, id!));
fs.mkdirSync(path.dirname(target), { recursive: true });
try {
  // 'wx' fails if the file exists: an author's work is never overwritten.
  fs.writeFileSync(target, scaffoldText(kind as ScaffoldKind, id!, { owner, lang, today: new Date().toISOString().slice(0, 10) }), { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  console.error(`${displayPath(target)} already exists; nothing was written. Choose another id or edit the existing file.`);
  process.exit(1);
}
// So that the editor checks and completes the new file's frontmatter at once.
const projectRoot = path.resolve(import.meta.dirname, '../..');
if (contentInsideProject(projectRoot, options.contentDir)) writeFrontmatterManifest(projectRoot, options.contentDir);
console.log(`Created ${displayPath(target)} (draft: true — remove it to publish). Run npm run check to validate.`);
