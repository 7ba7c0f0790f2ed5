import fs from 'node:fs';
import path from 'node:path';
import { invalidId, SCAFFOLD_KINDS, scaffoldPath, scaffoldText, scaffoldUsage, type ScaffoldKind } from '../lib/authoring/scaffold.ts';
import { contentInsideProject, writeFrontmatterManifest } from '../lib/authoring/editor-support/frontmatter-manifest.ts';
import { LANG_PATTERN } from '../lib/engine/content/discover.ts';
import { readInterfaceFile } from '../lib/engine/content/load-interface-text.ts';
import { displayPath } from '../lib/engine/content/load-playbook.ts';
import { prepareInside } from '../lib/engine/content/write-inside.ts';
import { parseCli, takeFlag } from './parse-cli.ts';
import { runCommand } from './run-command.ts';

const USAGE = scaffoldUsage();

const REFUSALS = {
  outside: 'is outside the content folder',
  link: 'is a symbolic link, and new entries are only written into real folders of the content folder',
  file: 'is a file where a folder belongs',
};

/** The interface texts the content folder gives for `lang` (ui/<lang>.yaml), whose `scaffold` group names the placeholders. */
function configuredTexts(contentDir: string, lang: string) {
  const absPath = path.join(contentDir, 'ui', `${lang}.yaml`);
  if (!fs.existsSync(absPath)) return {};
  // A file with problems gives nothing here; npm run check names them.
  const { texts } = readInterfaceFile({ lang, absPath }, displayPath(absPath), []);
  return texts ? { [lang]: texts } : {};
}

if (process.argv.length <= 2) {
  console.log(USAGE);
  process.exit(0);
}

runCommand(() => {
  const { options, rest } = parseCli(USAGE);
  const usage = (message: string) => {
    console.error(`${message}\n\n${USAGE}`);
    return 2;
  };
  const flags: Record<string, string> = { '--lang': 'en', '--owner': 'Sales Enablement' };
  for (const name of Object.keys(flags)) {
    const value = takeFlag(rest, name);
    if (value === undefined) continue;
    if (value.trim() === '') return usage(`${name} needs a value, e.g. ${name === '--lang' ? '--lang ru' : '--owner "Sales Enablement"'}.`);
    flags[name] = value;
  }
  const lang = flags['--lang']!;
  const owner = flags['--owner']!;
  const [kind, id, ...extra] = rest;
  if (!kind || !(SCAFFOLD_KINDS as readonly string[]).includes(kind)) return usage(kind ? `“${kind}” is not something that can be created.` : 'Say what to create.');
  if (!id) return usage('Give the new entry an id.');
  if (extra.length > 0) return usage(`Unknown argument ${extra.map((a) => `“${a}”`).join(', ')}.`);
  const problem = invalidId(id);
  if (problem) return usage(problem);
  if (!LANG_PATTERN.test(lang)) return usage(`“${lang}” is not a language tag: use a BCP 47 tag such as en, ru, zh, he or pt-BR.`);

  // The content folder itself is the author's choice; everything below it is proven to stay inside.
  fs.mkdirSync(options.contentDir, { recursive: true });
  const prepared = prepareInside(options.contentDir, scaffoldPath(kind as ScaffoldKind, lang, id));
  if (!('path' in prepared)) {
    console.error(`${displayPath(prepared.at)} ${REFUSALS[prepared.reason]}; nothing was written.`);
    return 1;
  }
  const target = prepared.path;
  try {
    // 'wx' fails if the file (or a link) exists: an author's work is never overwritten.
    fs.writeFileSync(target, scaffoldText(kind as ScaffoldKind, id, { owner, lang, today: new Date().toISOString().slice(0, 10), overrides: configuredTexts(options.contentDir, lang) }), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    console.error(`${displayPath(target)} already exists; nothing was written. Choose another id or edit the existing file.`);
    return 1;
  }
  // So that the editor checks and completes the new file's frontmatter at once.
  const projectRoot = path.resolve(import.meta.dirname, '../..');
  if (contentInsideProject(projectRoot, options.contentDir)) writeFrontmatterManifest(projectRoot, options.contentDir);
  console.log(`Created ${displayPath(target)} (draft: true — remove it to publish). Run npm run check to validate.`);
  return 0;
});
