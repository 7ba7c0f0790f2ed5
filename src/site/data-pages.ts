import { ui } from './interface-text.ts';
import { compensationOf, dataLanguages, stopPhrasesOf, type DataKind } from './playbook.ts';

/** The static paths of a page that exists once per language with a data file of `kind`. */
export function dataPagePaths(kind: DataKind): { params: { lang: string } }[] {
  return dataLanguages(kind).map((lang) => ({ params: { lang } }));
}

/**
 * What such a page shows, read when it renders (the dev server keeps the paths between saves, so
 * nothing that a save can change travels with them): the language's data, its interface texts, and
 * the same page in the other languages.
 */
function dataPage<T>(kind: DataKind, lang: string, address: (lang: string) => string, dataOf: (lang: string) => T | undefined) {
  const translations = dataLanguages(kind).map((other) => ({ lang: other, href: address(other) }));
  return { t: ui(lang), data: dataOf(lang)!, translations };
}

/** A page built on a language's stop-phrase list, at `address(lang)`. */
export const stopPhrasePage = (lang: string, address: (lang: string) => string) => dataPage('stopPhrases', lang, address, stopPhrasesOf);

/** A page built on a language's compensation matrix, at `address(lang)`. */
export const compensationPage = (lang: string, address: (lang: string) => string) => dataPage('compensation', lang, address, compensationOf);
