import type { ChapterKey } from '../../schemas/config.ts';
import { urls } from '../engine/urls.ts';
import { chapterAnchor } from './book-order.ts';

/** The header links of the site. */
export type SiteSection = 'book' | 'objections' | 'scenarios' | 'standards';

/** Where an entry stands in the site: its header section, its address, and the page above it. */
export interface EntryPlace {
  section: SiteSection;
  /** The entry's address in any language, for the language switcher. */
  href: (lang: string, id: string) => string;
  /** The parent page in the breadcrumbs, under the book's home. */
  parent: { title: string; href: string };
}

/** What places an entry: its collection and, for scripts, whether it is a scenario and its chapter. */
export interface PlacedEntry {
  collection: 'scripts' | 'objections' | 'standards';
  lang: string;
  /** Scripts carry `type` and `chapter`; other entries neither. */
  data: object;
}

/** Names of the index pages and chapters, in the entry's language. */
export interface PlaceNames {
  objections: string;
  scenarios: string;
  standards: string;
  chapter: (key: ChapterKey) => string;
}

/** Call scripts belong to a chapter of the book; scenarios, objections and standards to their own index. */
export function entryPlace(entry: PlacedEntry, names: PlaceNames): EntryPlace {
  const { lang } = entry;
  if (entry.collection === 'objections') return { section: 'objections', href: urls.objection, parent: { title: names.objections, href: urls.objections(lang) } };
  if (entry.collection === 'standards') return { section: 'standards', href: urls.standard, parent: { title: names.standards, href: urls.standards(lang) } };
  const data = entry.data as { type?: string; chapter?: string };
  if (data.type === 'scenario') return { section: 'scenarios', href: urls.scenario, parent: { title: names.scenarios, href: urls.scenarios(lang) } };
  const chapter = (data.chapter ?? 'first-call') as ChapterKey;
  return { section: 'book', href: urls.script, parent: { title: names.chapter(chapter), href: `${urls.home(lang)}#${chapterAnchor(chapter)}` } };
}
