import { getCollection, render, type CollectionEntry } from 'astro:content';
import { RTL_LANGUAGES } from '../lib/engine/content/discover.ts';
import { buildOptions, currentPlaybook } from '../integration/playbook-cache.ts';
import type { BookScript } from '../lib/handbook/book-order.ts';
import { ScenarioKindSchema } from '../schemas/script.ts';

export type EntryCollection = 'scripts' | 'objections' | 'standards';

/** Splits a collection id `<lang>/<id>`. */
export function splitId(entryId: string): { lang: string; id: string } {
  const slash = entryId.indexOf('/');
  return { lang: entryId.slice(0, slash), id: entryId.slice(slash + 1) };
}

/** config.yaml as validated by the content check. */
export function siteConfig() {
  return currentPlaybook().playbook.config;
}

/** Languages with at least one entry in this edition, default language first. */
export async function languages(): Promise<string[]> {
  const ids = [
    ...(await getCollection('scripts')),
    ...(await getCollection('objections')),
    ...(await getCollection('standards')),
  ].map((entry) => splitId(entry.id).lang);
  const data = [...(await getCollection('stopPhrases')), ...(await getCollection('compensation'))].map((entry) => entry.id);
  const found = [...new Set([...ids, ...data])].sort();
  const preferred = defaultLanguage(found);
  return [preferred, ...found.filter((lang) => lang !== preferred)].filter(Boolean);
}

/** The language `/` sends readers to. */
export function defaultLanguage(found: readonly string[]): string {
  const configured = siteConfig().defaultLang;
  if (configured && found.includes(configured)) return configured;
  return found.includes('en') ? 'en' : (found[0] ?? 'en');
}

/** Text direction of a language. */
export function direction(lang: string): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(lang.split('-')[0]!) ? 'rtl' : 'ltr';
}

/** Entries of one collection in one language, sorted by title. */
export async function entriesIn<C extends EntryCollection>(collection: C, lang: string): Promise<CollectionEntry<C>[]> {
  const all = (await getCollection(collection)) as CollectionEntry<C>[];
  return all.filter((entry) => splitId(entry.id).lang === lang).sort((a, b) => a.data.title.localeCompare(b.data.title, lang));
}

/** Languages in which an entry (by its id without language) exists in this edition. */
export async function translationsOf(collection: EntryCollection, id: string): Promise<string[]> {
  const all = await getCollection(collection);
  return all.map((entry) => splitId(entry.id)).filter((entry) => entry.id === id).map((entry) => entry.lang).sort();
}

/** `getStaticPaths` for a per-entry page: one path per entry of the collection that passes `keep`. */
export async function entryPaths<C extends EntryCollection>(collection: C, keep: (entry: CollectionEntry<C>) => boolean = () => true) {
  const all = (await getCollection(collection)) as CollectionEntry<C>[];
  return all.filter(keep).map((entry) => ({ params: splitId(entry.id), props: { entry } }));
}

/** `getStaticPaths` for a per-language page. */
export async function languagePaths() {
  return (await languages()).map((lang) => ({ params: { lang } }));
}

/** The audience this edition is built for (`everyone` by default) and whether drafts are in it. */
export function edition(): { audience: string; drafts: boolean } {
  const { audience, drafts } = buildOptions();
  return { audience, drafts };
}

/** Call scripts and scenarios of one language as the table of contents needs them; scenarios in the order of their kinds (cold call first). */
export async function bookScripts(lang: string): Promise<BookScript[]> {
  const kindOrder: readonly string[] = ScenarioKindSchema.options;
  const rank = (script: BookScript) => (script.kind ? kindOrder.indexOf(script.kind) : -1);
  const scripts = (await entriesIn('scripts', lang)).map((entry) => ({
    id: splitId(entry.id).id,
    title: entry.data.title,
    summary: entry.data.summary,
    chapter: entry.data.chapter,
    type: entry.data.type,
    kind: entry.data.type === 'scenario' ? entry.data.kind : undefined,
  }));
  // Array sort is stable, so entries of one rank keep their title order.
  return scripts.sort((a, b) => rank(a) - rank(b));
}

/** Languages that have a stop-phrase list or a compensation matrix in this edition. */
export async function dataLanguages(kind: 'stopPhrases' | 'compensation'): Promise<string[]> {
  return (await getCollection(kind)).map((entry) => entry.id).sort();
}

/** Languages with at least one entry of a collection (optionally of one type), for index pages. */
export async function languagesWith(collection: EntryCollection, keep: (data: { type?: string }) => boolean = () => true): Promise<string[]> {
  const all = await getCollection(collection);
  return [...new Set(all.filter((entry) => keep(entry.data as { type?: string })).map((entry) => splitId(entry.id).lang))].sort();
}

/** Date as YYYY-MM-DD, the way review dates are written in the content. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Which of the site's index and data pages exist in a language, so no link points to a missing page. */
export async function pagesOf(lang: string): Promise<{ objections: boolean; scenarios: boolean; standards: boolean; stopPhrases: boolean; compensation: boolean }> {
  const inLang = (entry: { id: string }) => splitId(entry.id).lang === lang;
  const scripts = (await getCollection('scripts')).filter(inLang);
  return {
    objections: (await getCollection('objections')).some(inLang),
    scenarios: scripts.some((entry) => entry.data.type === 'scenario'),
    standards: (await getCollection('standards')).some(inLang) || (await dataLanguages('compensation')).includes(lang),
    stopPhrases: (await dataLanguages('stopPhrases')).includes(lang),
    compensation: (await dataLanguages('compensation')).includes(lang),
  };
}

/** Languages that get a standards index: those with standards or a compensation matrix. */
export async function standardsLanguages(): Promise<string[]> {
  return [...new Set([...(await languagesWith('standards')), ...(await dataLanguages('compensation'))])].sort();
}

/** Entries of one collection in one language with their rendered MDX bodies, for pages that show many (print). */
export async function renderedEntriesIn<C extends EntryCollection>(collection: C, lang: string) {
  return Promise.all(
    (await entriesIn(collection, lang)).map(async (entry) => ({ entry, id: splitId(entry.id).id, Content: (await render(entry)).Content })),
  );
}
