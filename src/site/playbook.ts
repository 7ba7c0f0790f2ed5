import path from 'node:path';
import type { PlaybookEntry } from '../lib/engine/content/load-playbook.ts';
import type { DialogueGraph } from '../lib/engine/dialogue/index.ts';
import type { BodyLayout, BodySegment } from '../lib/engine/markdown/render-body.ts';
import { lookup, type LinkTarget, type LinkType } from '../lib/engine/playbook-index.ts';
import { currentSession } from '../lib/engine/session/current-session.ts';
import type { Problem } from '../lib/engine/problems.ts';
import type { BookScript } from '../lib/handbook/book-order.ts';
import { scenarioKindRank } from '../lib/handbook/book-order.ts';
import type { Compensation } from '../schemas/compensation.ts';
import type { StopPhrase } from '../schemas/stop-phrases.ts';

/**
 * What pages and components know of the content: the checked playbook of this edition, from the
 * process's session. Nothing here reads a file; nothing outside src/site/ reaches the session.
 */

export type EntryCollection = PlaybookEntry['collection'];
/** A loaded entry of one collection. */
export type EntryOf<C extends EntryCollection> = Extract<PlaybookEntry, { collection: C }>;
/** A call script or scenario entry. */
export type ScriptEntry = EntryOf<'scripts'>;
export type DataKind = 'stopPhrases' | 'compensation';

const session = () => currentSession();

/** config.yaml as validated by the content check. */
export function siteConfig() {
  return session().check.playbook.config;
}

/** Entries of the edition being built. */
function editionEntries(): PlaybookEntry[] {
  return session().entries;
}

function dataSources(kind: DataKind) {
  const { playbook } = session().check;
  return kind === 'stopPhrases' ? playbook.stopPhrases : playbook.compensation;
}

/** Languages with at least one entry or data file in this edition, default language first. */
export function languages(): string[] {
  const found = [...new Set([...editionEntries().map((entry) => entry.lang), ...dataSources('stopPhrases').map((d) => d.lang), ...dataSources('compensation').map((d) => d.lang)])].sort();
  const preferred = defaultLanguage(found);
  return [preferred, ...found.filter((lang) => lang !== preferred)].filter(Boolean);
}

/** The language `/` sends readers to. */
export function defaultLanguage(found: readonly string[]): string {
  const configured = siteConfig().defaultLang;
  if (configured && found.includes(configured)) return configured;
  return found.includes('en') ? 'en' : (found[0] ?? 'en');
}


/** Entries of one collection in one language, sorted by title. */
export function entriesIn<C extends EntryCollection>(collection: C, lang: string): EntryOf<C>[] {
  return editionEntries()
    .filter((entry): entry is EntryOf<C> => entry.collection === collection && entry.lang === lang)
    .sort((a, b) => a.data.title.localeCompare(b.data.title, lang));
}

/** Languages in which an entry (by its id without language) exists in this edition. */
export function translationsOf(collection: EntryCollection, id: string): string[] {
  return editionEntries()
    .filter((entry) => entry.collection === collection && entry.id === id)
    .map((entry) => entry.lang)
    .sort();
}

/**
 * `getStaticPaths` for a per-entry page: one path per entry of the collection that passes `keep`.
 * Only addresses: the dev server keeps these between saves, so the page reads its entry with `entryAt`.
 */
export function entryPaths<C extends EntryCollection>(collection: C, keep: (entry: EntryOf<C>) => boolean = () => true) {
  const paths = editionEntries()
    .filter((entry): entry is EntryOf<C> => entry.collection === collection)
    .filter(keep)
    .map((entry) => ({ params: { lang: entry.lang, id: entry.id } }));
  // In dev, a file that cannot be read yet still has its address, where its problems are shown.
  const broken = session().keepLastGood ? unreadableIn(collection).map(({ lang, id }) => ({ params: { lang, id } })) : [];
  return [...paths, ...broken];
}

function unreadableIn(collection: EntryCollection) {
  const shown = new Set(editionEntries().map((entry) => `${entry.collection}/${entry.lang}/${entry.id}`));
  return session().check.playbook.unreadable.filter((entry) => entry.collection === collection && !shown.has(`${collection}/${entry.lang}/${entry.id}`));
}

/** The entry a per-entry page shows, as the latest check read it. */
export function entryAt<C extends EntryCollection>(collection: C, params: { lang?: string; id?: string }): EntryOf<C> {
  const entry = editionEntries().find((candidate): candidate is EntryOf<C> => candidate.collection === collection && candidate.lang === params.lang && candidate.id === params.id);
  // In dev, the middleware of src/dev/ shows the problems of a file that cannot be read instead of its page.
  if (!entry) throw new Error(`${collection}/${params.lang}/${params.id} is not in this edition of the playbook.`);
  return entry;
}

const ENTRY_ADDRESS = /^\/([^/]+)\/(scripts|scenarios|objections|standards)\/([^/]+)\/$/u;

/** The file behind an entry address when that file cannot be read (dev): its page shows the file's problems instead. */
export function unreadableFileAt(pathname: string): string | undefined {
  const [, lang, folder, id] = ENTRY_ADDRESS.exec(pathname) ?? [];
  if (!folder) return undefined;
  const collection = folder === 'scenarios' ? 'scripts' : folder;
  if (editionEntries().some((entry) => entry.collection === collection && entry.lang === lang && entry.id === id)) return undefined;
  return session().check.playbook.unreadable.find((entry) => entry.collection === collection && entry.lang === lang && entry.id === id)?.file;
}

/** The dev page that lists every problem of the book. */
export const PROBLEMS_PAGE = '/_problems/';

/** False for an entry shown as it last passed its schema, because its file does not any more (dev). */
export function isCurrentVersion(entry: PlaybookEntry): boolean {
  return session().isCurrent(entry);
}

/** Which reading of the content folder a page shows, so an open tab can tell it is out of date (dev). */
export function contentGeneration(): number {
  return session().generation;
}

/** Every problem the latest check found in the whole book (dev). */
export function bookProblems(): readonly Problem[] {
  return session().check.problems;
}

/** Problems of one file as the latest check found them (dev). */
export function problemsOf(file: string): Problem[] {
  return session().problemsOf(file);
}

/** Every problem of the book, grouped by file in file order, errors first within a file (dev). */
export function problemsByFile(): { file: string; absPath?: string; problems: Problem[] }[] {
  const { problems, playbook } = session().check;
  const absolute = new Map<string, string>([...playbook.entries, ...playbook.unreadable].map((entry) => [entry.file, entry.absPath]));
  const files = [...new Set(problems.map((problem) => problem.file))].sort((a, b) => a.localeCompare(b));
  return files.map((file) => ({
    file,
    absPath: absolute.get(file) ?? path.resolve(file),
    problems: problems.filter((problem) => problem.file === file).sort((a, b) => (a.severity === b.severity ? (a.line ?? 0) - (b.line ?? 0) : a.severity === 'error' ? -1 : 1)),
  }));
}

/** `getStaticPaths` for a per-language page. */
export function languagePaths() {
  return languages().map((lang) => ({ params: { lang } }));
}

/** The audience this edition is built for (`everyone` by default) and whether drafts are in it. */
export function edition(): { audience: string; drafts: boolean } {
  const { audience, drafts } = session().options;
  return { audience, drafts };
}

/** Call scripts and scenarios of one language as the table of contents needs them; scenarios in the order of their kinds (cold call first). */
export function bookScripts(lang: string): BookScript[] {
  const scripts = entriesIn('scripts', lang).map((entry) => ({
    id: entry.id,
    title: entry.data.title,
    summary: entry.data.summary,
    chapter: entry.data.chapter,
    type: entry.data.type,
    kind: entry.data.type === 'scenario' ? entry.data.kind : undefined,
  }));
  // Array sort is stable, so entries of one rank keep their title order.
  return scripts.sort((a, b) => scenarioKindRank(a.kind) - scenarioKindRank(b.kind));
}

/** A language's stop-phrase list, when it has one in this edition. */
export function stopPhrasesOf(lang: string): StopPhrase[] | undefined {
  return session().check.playbook.stopPhrases.find((source) => source.lang === lang)?.data;
}

/** A language's compensation matrix, when it has one in this edition. */
export function compensationOf(lang: string): Compensation | undefined {
  return session().check.playbook.compensation.find((source) => source.lang === lang)?.data;
}

/** Languages that have a stop-phrase list or a compensation matrix in this edition. */
export function dataLanguages(kind: DataKind): string[] {
  return dataSources(kind).map((source) => source.lang).sort();
}

/** Languages with at least one entry of a collection (optionally of one type), for index pages. */
export function languagesWith(collection: EntryCollection, keep: (data: { type?: string }) => boolean = () => true): string[] {
  return [...new Set(editionEntries().filter((entry) => entry.collection === collection && keep(entry.data as { type?: string })).map((entry) => entry.lang))].sort();
}

/** Date as YYYY-MM-DD, the way review dates are written in the content. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Which of the site's index and data pages exist in a language, so no link points to a missing page. */
export function pagesOf(lang: string): { objections: boolean; scenarios: boolean; standards: boolean; stopPhrases: boolean; compensation: boolean } {
  const inLang = editionEntries().filter((entry) => entry.lang === lang);
  const compensation = dataLanguages('compensation').includes(lang);
  return {
    objections: inLang.some((entry) => entry.collection === 'objections'),
    scenarios: inLang.some((entry) => entry.collection === 'scripts' && entry.data.type === 'scenario'),
    standards: inLang.some((entry) => entry.collection === 'standards') || compensation,
    stopPhrases: dataLanguages('stopPhrases').includes(lang),
    compensation,
  };
}

/** Languages that get a standards index: those with standards or a compensation matrix. */
export function standardsLanguages(): string[] {
  return [...new Set([...languagesWith('standards'), ...dataLanguages('compensation')])].sort();
}

/** The entry's body as HTML, split where a scenario's dialogue goes. */
export function bodyOf(entry: PlaybookEntry, layout: BodyLayout = 'page'): BodySegment[] {
  return session().bodyOf(entry, layout);
}

/** What `TYPE:ID` names in a language; the content check has made sure references resolve in this edition. */
export function lookupTarget(lang: string, type: LinkType, id: string): LinkTarget | undefined {
  return lookup(session().check.index, lang, type, id);
}

/** The scenario's dialogue, parsed when its file was read. */
export function dialogueOf(entry: ScriptEntry): DialogueGraph | undefined {
  return entry.dialogue?.graph;
}

/** A scenario of this edition by language and id. */
export function scenarioEntry(lang: string, id: string): ScriptEntry | undefined {
  return entriesIn('scripts', lang).find((entry) => entry.id === id && entry.data.type === 'scenario');
}
