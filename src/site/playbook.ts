import { getCollection, type CollectionEntry } from 'astro:content';
import { RTL_LANGUAGES } from '../lib/content/discover.ts';
import { currentPlaybook } from '../integration/playbook-cache.ts';

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
