import type { en } from './builtin/en.ts';
import type { PluralForms } from './plural.ts';

/** One interface text: a plain text, or the forms a counted text takes. */
export type InterfaceLeaf = string | PluralForms;

/** Every interface text of one language, grouped as in `builtin/en.ts`. */
export type Dictionary = {
  [G in keyof typeof en]: { [K in keyof (typeof en)[G]]: (typeof en)[G][K] extends string ? string : PluralForms };
};

/** A group of the dictionary, e.g. `search` or `stage`. */
export type DictionaryGroup = keyof Dictionary;

/** What each group holds, as editors and the README's reference describe it. */
export const GROUP_DESCRIPTIONS: Readonly<Record<DictionaryGroup, string>> = {
  site: 'Header, navigation, footer and texts every page shares.',
  home: 'The home page: tagline, quick links and the new hire path.',
  script: 'Call script pages.',
  objection: 'Objection pages.',
  objections: 'The objections index and its filters.',
  scenarios: 'The index of role-play scenarios.',
  standards: 'Standards, methods and their index.',
  checklist: 'Interactive checklists: answers, score and buttons.',
  compensation: 'The compensation matrix and its picker.',
  stopPhrases: 'The stop-phrase table.',
  checker: 'The phrase checker.',
  search: 'The search dialog and the search page.',
  roleplay: 'Scenario pages: the transcript, the branch map and the role-play viewer.',
  print: 'The printable book.',
  notFound: 'The page shown for an address that does not exist.',
  chapter: 'Chapter names, by chapter key; config.yaml `chapters` may give them too (this file wins).',
  stage: 'Stage names, by the stage values of the content format.',
  channel: 'Channel names, by the channel values of the content format.',
  category: 'Objection category names.',
  kind: 'Names of the kinds of role-play scenario.',
  authorizer: 'Who may authorize a compensation tier.',
  severity: 'Stop-phrase severities.',
  type: 'Names of the kinds of entry, as badges and search results show them.',
  scaffold: 'Placeholders of new entries written by npm run new, so an author overwrites rather than translates.',
};

/** Some interface texts of one language, as a content folder or config.yaml gives them. */
export type PartialDictionary = { [G in DictionaryGroup]?: { [K in keyof Dictionary[G]]?: Dictionary[G][K] } };

/**
 * Texts with forms whose form is chosen by a number other than `{count}`. Documented here because
 * translators need to know which number decides between "point" and "points".
 */
export const PLURAL_CHOSEN_BY: Readonly<Record<string, string>> = { 'checklist.points': 'possible' };

/** The dotted keys (`search.placeholder`) and texts of a dictionary, in its order. */
export function dictionaryEntries(dictionary: PartialDictionary): [key: string, text: InterfaceLeaf][] {
  return Object.entries(dictionary).flatMap(([group, texts]) =>
    Object.entries((texts ?? {}) as Record<string, InterfaceLeaf | undefined>).flatMap(([key, text]): [string, InterfaceLeaf][] =>
      text === undefined ? [] : [[`${group}.${key}`, text]],
    ),
  );
}

/** The `{name}` placeholders a text fills in, in order, without repeats. */
export function placeholdersOf(text: InterfaceLeaf): string[] {
  const texts = typeof text === 'string' ? [text] : Object.values(text).filter((form): form is string => typeof form === 'string');
  return [...new Set(texts.flatMap((form) => [...form.matchAll(/\{(\w+)\}/gu)].map((match) => match[1]!)))];
}
