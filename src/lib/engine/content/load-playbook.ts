import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { z } from 'astro/zod';
import { CompensationSchema, type Compensation } from '../../../schemas/compensation.ts';
import { SiteConfigSchema, type SiteConfig } from '../../../schemas/config.ts';
import { ObjectionSchema, type Objection } from '../../../schemas/objection.ts';
import { ScriptsEntrySchema, type ScriptsEntry } from '../../../schemas/script.ts';
import { StandardsEntrySchema, type StandardsEntry } from '../../../schemas/standard.ts';
import { StopPhraseListSchema, type StopPhrase } from '../../../schemas/stop-phrases.ts';
import { parseScenarioDialogue, type ParsedScenarioDialogue } from '../dialogue/scenario-dialogue.ts';
import { inFile, type Problem } from '../problems.ts';
import { discoverContent, type CollectionName, type EntryFile } from './discover.ts';
import { parseMdxBody } from './mdx-body.ts';
import { contentFolderProblem, readContentText } from './read-content.ts';
import { schemaProblems } from './schema-problems.ts';
import { parseYamlSource, splitFrontmatter, type YamlSource } from './yaml-source.ts';
import { schemaFieldNames } from './schema-fields.ts';
import { combineInterfaceText, readInterfaceFile } from './load-interface-text.ts';
import type { InterfaceOverrides } from '../../i18n/interface-text.ts';

interface EntryCommon extends Omit<EntryFile, 'collection'> {
  /** Path shown to authors. */
  file: string;
  /** The MDX body below the frontmatter. */
  body: string;
  /** File line where the body starts. */
  bodyLine: number;
  /** Parsed body, for link and lint checks. */
  tree: Root;
  /** File line of a frontmatter field. */
  lineOf: YamlSource['lineOf'];
}


/** A validated MDX entry of any collection. */
export type PlaybookEntry =
  | (EntryCommon & { collection: 'scripts'; data: ScriptsEntry; dialogue?: ParsedScenarioDialogue })
  | (EntryCommon & { collection: 'objections'; data: Objection })
  | (EntryCommon & { collection: 'standards'; data: StandardsEntry });

/** A validated YAML data file. */
export interface DataSource<T> {
  lang: string;
  file: string;
  data: T;
  lineOf: YamlSource['lineOf'];
}

/**
 * An entry file that exists but could not be read or failed its schema. Its ids still exist for
 * the author, so references to them are not reported again: the entry's own problems say what to fix.
 */
export interface UnreadableEntry {
  collection: CollectionName;
  lang: string;
  id: string;
  /** Path shown to authors. */
  file: string;
  absPath: string;
  /** Ids of speech modules the file seems to define (read loosely from its frontmatter text). */
  moduleIds: string[];
}

/** Everything in the content folder that passed its schema, and every problem found on the way. */
export interface LoadedPlaybook {
  contentDir: string;
  config: SiteConfig;
  /** File of config.yaml as shown to authors, when present. */
  configFile?: string;
  configLineOf?: YamlSource['lineOf'];
  languages: string[];
  /** Files read: entries, data files and config.yaml, including those that failed. */
  fileCount: number;
  entries: PlaybookEntry[];
  /** Entry files left out because of their own errors. */
  unreadable: UnreadableEntry[];
  stopPhrases: DataSource<StopPhrase[]>[];
  compensation: DataSource<Compensation>[];
  /** Interface texts from ui/<lang>.yaml and config.yaml's chapter labels, per language. */
  interfaceText: InterfaceOverrides;
  problems: Problem[];
}

const ENTRY_SCHEMAS: Record<CollectionName, z.ZodType> = {
  scripts: ScriptsEntrySchema,
  objections: ObjectionSchema,
  standards: StandardsEntrySchema,
};

/** Shows paths relative to the working directory when the content lives below it. */
export function displayPath(absPath: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, absPath);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absPath : relative.split(path.sep).join('/');
}

function validate<T>(schema: z.ZodType<T>, source: YamlSource, file: string, problems: Problem[]): T | undefined {
  const result = schema.safeParse(source.data);
  if (result.success) return result.data;
  problems.push(...inFile(file, schemaProblems(result.error, source, schemaFieldNames)));
  return undefined;
}

function readYamlFile(absPath: string, file: string, problems: Problem[]): YamlSource | undefined {
  const read = readContentText(absPath, path.basename(absPath));
  problems.push(...inFile(file, read.problems));
  if (read.text === undefined) return undefined;
  const parsed = parseYamlSource(read.text, 1);
  problems.push(...inFile(file, parsed.problems));
  return parsed.source;
}

// Loose on purpose: the file failed to load, so its YAML may not parse at all.
const MODULE_ID_LINE = /^[ \t-]*id:[ \t]*["']?([a-z0-9-]+)/gmu;

function unreadableEntry(entry: EntryFile, text: string): UnreadableEntry {
  const moduleIds = entry.collection === 'scripts' ? [...text.matchAll(MODULE_ID_LINE)].map((match) => match[1]!) : [];
  return { collection: entry.collection, lang: entry.lang, id: entry.id, file: displayPath(entry.absPath), absPath: entry.absPath, moduleIds };
}

function loadEntry(entry: EntryFile, problems: Problem[]): PlaybookEntry | UnreadableEntry {
  const file = displayPath(entry.absPath);
  const read = readContentText(entry.absPath, path.basename(entry.absPath));
  problems.push(...inFile(file, read.problems));
  if (read.text === undefined) return unreadableEntry(entry, '');
  const split = splitFrontmatter(read.text);
  if ('problem' in split) {
    problems.push({ ...split.problem, file });
    return unreadableEntry(entry, '');
  }
  const yaml = parseYamlSource(split.yaml, split.yamlLine);
  const mdx = parseMdxBody(split.body, split.bodyLine);
  problems.push(...inFile(file, [...yaml.problems, ...mdx.problems]));
  if (!yaml.source || !mdx.tree) return unreadableEntry(entry, split.yaml);
  const data = validate(ENTRY_SCHEMAS[entry.collection], yaml.source, file, problems);
  if (data === undefined) return unreadableEntry(entry, split.yaml);
  const { collection, ...rest } = entry;
  const loaded = { ...rest, collection, data, file, body: split.body, bodyLine: split.bodyLine, tree: mdx.tree, lineOf: yaml.source.lineOf } as PlaybookEntry;
  if (loaded.collection === 'scripts' && loaded.data.type === 'scenario') loaded.dialogue = parseScenarioDialogue(loaded.body, loaded.bodyLine);
  return loaded;
}

/** What reading one file produced; kept while the file is unchanged, so a reload reads only what changed. */
interface ReadResult<T> {
  /** Identifies the version of the file that was read. */
  stamp: string;
  value: T;
  problems: Problem[];
}

/**
 * Results of reading content files, by absolute path. Pass the same cache to every `loadPlaybook`
 * of a dev session: files whose size and modification time did not change are not read again.
 */
export type PlaybookFileCache = Map<string, ReadResult<unknown>>;

/** True when a file in the cache changed on disk after it was read (size, time or identity). */
export function cacheIsStale(cache: PlaybookFileCache): boolean {
  for (const [file, read] of cache) if (stampOf(file) !== read.stamp) return true;
  return false;
}

/** Forgets files that are no longer in the content folder, so the cache describes what is there. */
function pruneCache(cache: PlaybookFileCache, present: ReadonlySet<string>): void {
  for (const file of cache.keys()) if (!present.has(file)) cache.delete(file);
}

function stampOf(absPath: string): string {
  try {
    const stat = fs.statSync(absPath);
    return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'unreadable';
  }
}

function cachedRead<T>(cache: PlaybookFileCache | undefined, absPath: string, problems: Problem[], read: (problems: Problem[]) => T): T {
  const stamp = cache ? stampOf(absPath) : '';
  const hit = cache?.get(absPath) as ReadResult<T> | undefined;
  if (hit && hit.stamp === stamp) {
    problems.push(...hit.problems);
    return hit.value;
  }
  const own: Problem[] = [];
  const value = read(own);
  cache?.set(absPath, { stamp, value, problems: own });
  problems.push(...own);
  return value;
}

/**
 * Reads and schema-checks the whole content folder. Cross-entry rules are checked by `checkPlaybook`.
 * With a cache, files unchanged since the last call are taken from it instead of being read again.
 */
export function loadPlaybook(contentDir: string, cache?: PlaybookFileCache): LoadedPlaybook {
  const problems: Problem[] = [];
  const folderProblem = contentFolderProblem(contentDir, (p) => displayPath(p));
  if (folderProblem) {
    problems.push(folderProblem);
    return { contentDir, config: SiteConfigSchema.parse({}), languages: [], fileCount: 0, entries: [], unreadable: [], stopPhrases: [], compensation: [], interfaceText: {}, problems };
  }
  const found = discoverContent(contentDir, (p) => displayPath(p));
  problems.push(...found.problems);

  let config = SiteConfigSchema.parse({});
  let configFile: string | undefined;
  let configLineOf: YamlSource['lineOf'] | undefined;
  if (found.config) {
    configFile = displayPath(found.config);
    const shown = configFile;
    const read = cachedRead(cache, found.config, problems, (own) => {
      const source = readYamlFile(found.config!, shown, own);
      return source ? { config: validate(SiteConfigSchema, source, shown, own), lineOf: source.lineOf } : undefined;
    });
    if (read) {
      config = read.config ?? config;
      configLineOf = read.lineOf;
    }
  }

  const entries: PlaybookEntry[] = [];
  const unreadable: UnreadableEntry[] = [];
  for (const file of found.entries) {
    const loaded = cachedRead(cache, file.absPath, problems, (own) => loadEntry(file, own));
    if ('data' in loaded) entries.push(loaded);
    else unreadable.push(loaded);
  }

  const stopPhrases: DataSource<StopPhrase[]>[] = [];
  const compensation: DataSource<Compensation>[] = [];
  for (const dataFile of found.data) {
    const file = displayPath(dataFile.absPath);
    const read = cachedRead(cache, dataFile.absPath, problems, (own) => {
      const source = readYamlFile(dataFile.absPath, file, own);
      if (!source) return undefined;
      const schema = dataFile.kind === 'stopPhrases' ? StopPhraseListSchema : CompensationSchema;
      const data = validate<unknown>(schema, source, file, own);
      return data === undefined ? undefined : { lang: dataFile.lang, file, data, lineOf: source.lineOf };
    });
    if (!read) continue;
    if (dataFile.kind === 'stopPhrases') stopPhrases.push(read as DataSource<StopPhrase[]>);
    else compensation.push(read as DataSource<Compensation>);
  }

  const uiFiles = found.interfaceFiles.map((ui) => {
    const file = displayPath(ui.absPath);
    return cachedRead(cache, ui.absPath, problems, (own) => readInterfaceFile(ui, file, own));
  });
  const ui = combineInterfaceText(uiFiles, { languages: found.languages, chapters: config.chapters, display: (p) => displayPath(p), contentDir });
  problems.push(...ui.problems);

  const files = [...found.entries.map((entry) => entry.absPath), ...found.data.map((data) => data.absPath), ...found.interfaceFiles.map((ui) => ui.absPath)];
  if (cache) pruneCache(cache, new Set([...files, ...(found.config ? [found.config] : [])]));
  const fileCount = files.length + (found.config ? 1 : 0);
  return { contentDir, config, configFile, configLineOf, languages: found.languages, fileCount, entries, unreadable, stopPhrases, compensation, interfaceText: ui.overrides, problems };
}
