import type { PlaybookEntry, UnreadableEntry } from './content/load-playbook.ts';
import type { SpeechModule } from '../../schemas/script.ts';
import { urls } from './urls.ts';

/** Kinds of thing an author can link to with `TYPE:ID`. */
export const LINK_TYPES = ['module', 'objection', 'script', 'scenario', 'standard'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** Something a link can land on, with the entry that holds it. */
export interface LinkTarget {
  type: LinkType;
  id: string;
  url: string;
  /** The entry holding the target (for a module, its script). */
  entry: PlaybookEntry;
  /** The speech module itself, for module targets. */
  module?: SpeechModule;
}

/** All linkable ids of one language. */
export type LanguageIndex = Map<`${LinkType}:${string}`, LinkTarget>;

/** Indexes every linkable id per language. Duplicates keep the first; `checkPlaybook` reports them. */
export function indexPlaybook(entries: readonly PlaybookEntry[]): Map<string, LanguageIndex> {
  const byLang = new Map<string, LanguageIndex>();
  const add = (lang: string, target: LinkTarget) => {
    let index = byLang.get(lang);
    if (!index) byLang.set(lang, (index = new Map()));
    const key = `${target.type}:${target.id}` as const;
    if (!index.has(key)) index.set(key, target);
  };
  for (const entry of entries) {
    const { lang, id } = entry;
    if (entry.collection === 'objections') add(lang, { type: 'objection', id, url: urls.objection(lang, id), entry });
    else if (entry.collection === 'standards') add(lang, { type: 'standard', id, url: urls.standard(lang, id), entry });
    else if (entry.data.type === 'scenario') add(lang, { type: 'scenario', id, url: urls.scenario(lang, id), entry });
    else {
      add(lang, { type: 'script', id, url: urls.script(lang, id), entry });
      for (const module of entry.data.modules)
        add(lang, { type: 'module', id: module.id, url: urls.module(lang, id, module.id), entry, module });
    }
  }
  return byLang;
}

/** Looks a `TYPE:ID` up in one language. */
export function lookup(index: Map<string, LanguageIndex>, lang: string, type: LinkType, id: string): LinkTarget | undefined {
  return index.get(lang)?.get(`${type}:${id}`);
}

/** Languages other than `lang` where the id exists, to tell an author a translation is missing. */
export function otherLanguagesWith(index: Map<string, LanguageIndex>, lang: string, type: LinkType, id: string): string[] {
  return [...index.entries()].filter(([other, ids]) => other !== lang && ids.has(`${type}:${id}`)).map(([other]) => other);
}

/** The type an id actually has in this language, when an author used the wrong prefix. */
export function actualType(index: Map<string, LanguageIndex>, lang: string, id: string): LinkType | undefined {
  return LINK_TYPES.find((type) => index.get(lang)?.has(`${type}:${id}`));
}

/** Ids of one type in one language, to suggest the one an author probably meant. */
export function idsOfType(index: Map<string, LanguageIndex>, lang: string, type: LinkType): string[] {
  return [...(index.get(lang)?.values() ?? [])].filter((target) => target.type === type).map((target) => target.id);
}

/** `TYPE:ID` keys, per language, that entries left out for their own errors would provide. */
export type UnreadableTargets = ReadonlySet<`${string}:${LinkType}:${string}`>;

/** Collects what unreadable entries would be linked as: a script file may be a call script or a scenario. */
export function unreadableTargets(entries: readonly UnreadableEntry[]): UnreadableTargets {
  const keys = new Set<`${string}:${LinkType}:${string}`>();
  for (const { collection, lang, id, moduleIds } of entries) {
    if (collection === 'objections') keys.add(`${lang}:objection:${id}`);
    else if (collection === 'standards') keys.add(`${lang}:standard:${id}`);
    else {
      keys.add(`${lang}:script:${id}`);
      keys.add(`${lang}:scenario:${id}`);
      for (const moduleId of moduleIds) keys.add(`${lang}:module:${moduleId}`);
    }
  }
  return keys;
}
