import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../problems.ts';

/** The three folders of MDX entries. */
export const COLLECTIONS = ['scripts', 'objections', 'standards'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Data files that live in `standards/<lang>/`. */
export const DATA_FILES = { 'stop-phrases.yaml': 'stopPhrases', 'compensation.yaml': 'compensation' } as const;
export type DataFileKind = (typeof DATA_FILES)[keyof typeof DATA_FILES];

export { RTL_LANGUAGES } from '../../i18n/direction.ts';

/** A BCP 47 tag as used for folder names: `en`, `ru`, `zh`, `pt-BR`, `zh-Hant`. */
const LANG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const ENTRY_PATTERN = /^(.*)\.mdx?$/;

/** An MDX entry file found in the content folder. */
export interface EntryFile {
  collection: CollectionName;
  lang: string;
  /** File name without extension. */
  id: string;
  /** Absolute path. */
  absPath: string;
  /** Path relative to the content folder, with `/`. */
  relPath: string;
}

/** A YAML data file found in `standards/<lang>/`. */
export interface DataFile {
  kind: DataFileKind;
  lang: string;
  absPath: string;
  relPath: string;
}

/** A file of interface texts: `ui/<lang>.yaml`. */
export interface InterfaceFile {
  lang: string;
  absPath: string;
}

/** What the content folder holds. */
export interface ContentFiles {
  entries: EntryFile[];
  data: DataFile[];
  /** `ui/<lang>.yaml` files, in name order. */
  interfaceFiles: InterfaceFile[];
  /** `config.yaml`, when present. */
  config?: string;
  /** Languages in sorted order. */
  languages: string[];
  /** Files that will be ignored, with the reason, so a misplaced file never vanishes silently. */
  problems: Problem[];
}

const ignored = (name: string) => name.startsWith('_') || name.startsWith('.');

function listDir(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return [];
  }
}

/** Finds every entry and data file under the content folder; `_`-prefixed files and folders are skipped. */
export function discoverContent(contentDir: string, display: (absPath: string) => string): ContentFiles {
  const entries: EntryFile[] = [];
  const data: DataFile[] = [];
  const problems: Problem[] = [];
  const languages = new Set<string>();
  const misplaced = (absPath: string, field: string, message: string, expected: string) =>
    problems.push({ code: 'misplaced-file', severity: 'warning', file: display(absPath), field, message, expected });

  for (const collection of COLLECTIONS) {
    const collectionDir = path.join(contentDir, collection);
    for (const langDir of listDir(collectionDir)) {
      if (ignored(langDir.name)) continue;
      const langPath = path.join(collectionDir, langDir.name);
      if (!langDir.isDirectory()) {
        misplaced(langPath, 'file name', `This file sits directly in ${collection}/ and is ignored.`, `Move it into a language folder, e.g. ${collection}/en/${langDir.name}.`);
        continue;
      }
      if (!LANG_PATTERN.test(langDir.name)) {
        misplaced(langPath, 'language folder', `The folder name “${langDir.name}” is not a language tag, so its files are ignored.`, 'Name language folders with a BCP 47 tag such as en, ru, zh, he or pt-BR; prefix the folder with _ to ignore it on purpose.');
        continue;
      }
      languages.add(langDir.name);
      for (const file of listDir(langPath)) {
        if (ignored(file.name)) continue;
        const absPath = path.join(langPath, file.name);
        const relPath = `${collection}/${langDir.name}/${file.name}`;
        if (file.isDirectory()) {
          misplaced(absPath, 'folder', 'Folders inside a language folder are not read.', `Put entries directly in ${collection}/${langDir.name}/, or prefix the folder with _ to keep it as drafts.`);
          continue;
        }
        const kind = collection === 'standards' ? DATA_FILES[file.name as keyof typeof DATA_FILES] : undefined;
        if (kind) {
          data.push({ kind, lang: langDir.name, absPath, relPath });
          continue;
        }
        const match = ENTRY_PATTERN.exec(file.name);
        if (!match) {
          const what = collection === 'standards' ? 'neither an .mdx entry nor stop-phrases.yaml or compensation.yaml' : 'not an .mdx entry';
          misplaced(absPath, 'file name', `“${file.name}” is ${what}, so it is ignored.`, 'Rename it to <id>.mdx, or prefix it with _ to keep it out of the book on purpose.');
          continue;
        }
        entries.push({ collection, lang: langDir.name, id: match[1]!, absPath, relPath });
      }
    }
  }
  const interfaceFiles: InterfaceFile[] = [];
  for (const file of listDir(path.join(contentDir, 'ui'))) {
    if (ignored(file.name)) continue;
    const absPath = path.join(contentDir, 'ui', file.name);
    const lang = file.name.endsWith('.yaml') ? file.name.slice(0, -'.yaml'.length) : '';
    if (file.isFile() && LANG_PATTERN.test(lang)) interfaceFiles.push({ lang, absPath });
    else misplaced(absPath, 'file name', `“${file.name}” is not a file of interface texts, so it is ignored.`, 'Name interface text files after a language, e.g. ui/de.yaml or ui/pt-BR.yaml; prefix it with _ to keep it out on purpose.');
  }
  const configPath = path.join(contentDir, 'config.yaml');
  return {
    entries,
    data,
    interfaceFiles,
    config: fs.existsSync(configPath) ? configPath : undefined,
    languages: [...languages].sort(),
    problems,
  };
}

