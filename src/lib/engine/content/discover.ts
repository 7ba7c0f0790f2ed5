import fs from 'node:fs';
import path from 'node:path';
import { ID_PATTERN } from '../../../schemas/common.ts';
import type { ProblemArgs } from '../errors.ts';
import { problem, type Problem } from '../problems.ts';
import { readFailure } from './read-content.ts';

/** The three folders of MDX entries. */
export const COLLECTIONS = ['scripts', 'objections', 'standards'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Data files that live in `standards/<lang>/`. */
export const DATA_FILES = { 'stop-phrases.yaml': 'stopPhrases', 'compensation.yaml': 'compensation' } as const;
export type DataFileKind = (typeof DATA_FILES)[keyof typeof DATA_FILES];


/** A BCP 47 tag as used for folder names: `en`, `ru`, `zh`, `pt-BR`, `zh-Hant`. */
export const LANG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
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
  /** Files that will be ignored or cannot be read, with the reason, so nothing ever vanishes silently. */
  problems: Problem[];
}

/** What a name in the content folder turned out to be, symbolic links followed where they may be. */
type Found = 'file' | 'folder' | 'special' | 'missing' | 'refused';

const ignored = (name: string) => name.startsWith('_') || name.startsWith('.');

/**
 * Finds every entry and data file under the content folder; `_`-prefixed files and folders are
 * skipped. A symbolic link is followed only to a file inside the content folder; a folder that
 * cannot be listed, a file that is not regular, and a file name that is not an id are reported.
 */
export function discoverContent(contentDir: string, display: (absPath: string) => string): ContentFiles {
  const entries: EntryFile[] = [];
  const data: DataFile[] = [];
  const problems: Problem[] = [];
  const languageFolders = new Map<string, string>();
  const root = realFolder(contentDir);
  const report = <C extends 'misplaced-file' | 'unreadable' | 'not-a-file' | 'not-a-folder' | 'invalid-id' | 'language-case-clash'>(
    code: C,
    args: ProblemArgs<C>,
    absPath: string,
    field: string,
  ) => problems.push(problem(code, args, { file: display(absPath), field }));
  const whatIs = (absPath: string, dirent?: fs.Dirent) => inspect(absPath, root, dirent, (p) => problems.push({ ...p, file: display(absPath) }));

  for (const collection of COLLECTIONS) {
    const collectionDir = path.join(contentDir, collection);
    const kind = whatIs(collectionDir);
    if (kind === 'file' || kind === 'special') report('not-a-folder', { name: collection }, collectionDir, 'folder');
    if (kind !== 'folder') continue;
    for (const langDir of listDir(collectionDir, (error) => report('unreadable', { what: 'folder', ...readFailure(error) }, collectionDir, 'folder'))) {
      if (ignored(langDir.name)) continue;
      const langPath = path.join(collectionDir, langDir.name);
      const langKind = whatIs(langPath, langDir);
      if (langKind === 'file' || langKind === 'special') {
        report('misplaced-file', { case: 'loose-file', collection, name: langDir.name }, langPath, 'file name');
        continue;
      }
      if (langKind !== 'folder') continue;
      if (!LANG_PATTERN.test(langDir.name)) {
        report('misplaced-file', { case: 'not-a-language', name: langDir.name }, langPath, 'language folder');
        continue;
      }
      const spelt = languageFolders.get(langDir.name.toLowerCase());
      if (spelt !== undefined && spelt !== langDir.name) report('language-case-clash', { name: langDir.name, other: spelt }, langPath, 'language folder');
      else languageFolders.set(langDir.name.toLowerCase(), langDir.name);
      const files = listDir(langPath, (error) => report('unreadable', { what: 'folder', ...readFailure(error) }, langPath, 'folder'));
      const ids = files.map((file) => ENTRY_PATTERN.exec(file.name)?.[1]).filter((id): id is string => id !== undefined);
      for (const file of files) {
        if (ignored(file.name)) continue;
        const absPath = path.join(langPath, file.name);
        const relPath = `${collection}/${langDir.name}/${file.name}`;
        const fileKind = whatIs(absPath, file);
        if (fileKind === 'folder') {
          report('misplaced-file', { case: 'nested-folder', collection, lang: langDir.name }, absPath, 'folder');
          continue;
        }
        if (fileKind !== 'file' && fileKind !== 'special') continue;
        const dataKind = collection === 'standards' ? DATA_FILES[file.name as keyof typeof DATA_FILES] : undefined;
        const match = ENTRY_PATTERN.exec(file.name);
        if (fileKind === 'special' && (dataKind || match)) {
          report('not-a-file', { name: file.name, found: 'special' }, absPath, 'file');
          continue;
        }
        if (dataKind && fileKind === 'file') {
          data.push({ kind: dataKind, lang: langDir.name, absPath, relPath });
          continue;
        }
        if (!match || fileKind === 'special') {
          report('misplaced-file', { case: 'not-an-entry', name: file.name, inStandards: collection === 'standards' }, absPath, 'file name');
          continue;
        }
        const id = match[1]!;
        const invalid = invalidFileId(id, ids);
        if (invalid) report('invalid-id', invalid, absPath, 'file name');
        entries.push({ collection, lang: langDir.name, id, absPath, relPath });
      }
    }
  }
  const interfaceFiles: InterfaceFile[] = [];
  const uiDir = path.join(contentDir, 'ui');
  if (whatIs(uiDir) === 'folder') {
    for (const file of listDir(uiDir, (error) => report('unreadable', { what: 'folder', ...readFailure(error) }, uiDir, 'folder'))) {
      if (ignored(file.name)) continue;
      const absPath = path.join(uiDir, file.name);
      const lang = file.name.endsWith('.yaml') ? file.name.slice(0, -'.yaml'.length) : '';
      if (whatIs(absPath, file) === 'file' && LANG_PATTERN.test(lang)) interfaceFiles.push({ lang, absPath });
      else report('misplaced-file', { case: 'not-interface-text', name: file.name }, absPath, 'file name');
    }
  }
  const configPath = path.join(contentDir, 'config.yaml');
  const configKind = whatIs(configPath);
  if (configKind === 'folder' || configKind === 'special') report('not-a-file', { name: 'config.yaml', found: configKind }, configPath, 'file');
  return {
    entries,
    data,
    interfaceFiles,
    config: configKind === 'file' ? configPath : undefined,
    languages: [...new Set(languageFolders.values())].sort(),
    problems,
  };
}

/** Whether `name` is an entry file name that the build can turn into an id and an address. */
function invalidFileId(id: string, idsInFolder: readonly string[]): ProblemArgs<'invalid-id'> | undefined {
  if (ID_PATTERN.test(id)) return undefined;
  const reason = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(id) ? 'invisible' : /\s/u.test(id) ? 'space' : /\p{Lu}/u.test(id) ? 'capital' : 'other';
  const slug = id
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  const twin = idsInFolder.find((other) => other !== id && other.toLowerCase() === id.toLowerCase());
  return { name: id, reason, suggestion: slug === '' || slug === id ? undefined : slug, sameExceptCase: twin };
}

function listDir(dir: string, fail: (error: unknown) => void): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch (error) {
    fail(error);
    return [];
  }
}

function realFolder(dir: string): string {
  try {
    return fs.realpathSync(dir);
  } catch {
    return path.resolve(dir);
  }
}

/**
 * What `absPath` is, following a symbolic link only to a file inside `root`. A link that leads
 * elsewhere, nowhere or to a folder, and a name the system will not even look at, are reported
 * through `fail` and come back as `refused`; a name that does not exist is `missing`.
 */
function inspect(
  absPath: string,
  root: string,
  dirent: fs.Dirent | undefined,
  fail: (problem: Omit<Problem, 'file'>) => void,
): Found {
  let stats: fs.Stats;
  try {
    stats = fs.lstatSync(absPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && dirent === undefined) return 'missing';
    // Without a directory entry to ask, a name without an extension is one of the collection folders.
    const folder = dirent ? dirent.isDirectory() : path.extname(absPath) === '';
    fail(problem('unreadable', { what: folder ? 'folder' : 'file', ...readFailure(error) }, { field: folder ? 'folder' : 'file' }));
    return 'refused';
  }
  if (!stats.isSymbolicLink()) return kindOf(stats);
  // As the link says it, which is what the author can find and fix.
  const target = readLink(absPath);
  let real: string;
  let targetStats: fs.Stats;
  try {
    real = fs.realpathSync(absPath);
    targetStats = fs.statSync(real);
  } catch {
    fail(problem('symlink-broken', { target }, { field: 'symbolic link' }));
    return 'refused';
  }
  if (targetStats.isDirectory()) {
    fail(problem('symlink-folder', {}, { field: 'symbolic link' }));
    return 'refused';
  }
  const inside = path.relative(root, real);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) {
    fail(problem('symlink-outside', { target }, { field: 'symbolic link' }));
    return 'refused';
  }
  return kindOf(targetStats);
}

function kindOf(stats: fs.Stats): Found {
  return stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'special';
}

function readLink(absPath: string): string {
  try {
    return fs.readlinkSync(absPath);
  } catch {
    return absPath;
  }
}
