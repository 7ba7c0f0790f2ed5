import { ui } from './interface-text.ts';
import { compensationOf, dataLanguages, stopPhrasesOf, type DataKind } from './playbook.ts';

/**
 * The static paths of a page that exists once per language with a data file, each with what the
 * page shows: the language's data, its interface texts, and the same page in the other languages.
 */
function dataPages<T>(kind: DataKind, address: (lang: string) => string, dataOf: (lang: string) => T | undefined) {
  const languages = dataLanguages(kind);
  const translations = languages.map((lang) => ({ lang, href: address(lang) }));
  return languages.map((lang) => ({ params: { lang }, props: { lang, t: ui(lang), data: dataOf(lang)!, translations } }));
}

/** Pages built on a language's stop-phrase list, at `address(lang)`. */
export const stopPhrasePages = (address: (lang: string) => string) => dataPages('stopPhrases', address, stopPhrasesOf);

/** Pages built on a language's compensation matrix, at `address(lang)`. */
export const compensationPages = (address: (lang: string) => string) => dataPages('compensation', address, compensationOf);
