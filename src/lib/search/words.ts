/**
 * Words as the search compares them, at build time (the vocabulary) and in the browser (queries
 * and exact phrases): lower case, ё as е, apostrophes dropped, split on punctuation.
 */

const APOSTROPHES = /['’ʼ‘`´]/gu;
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/u;
const SPACELESS = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]/u;
const LETTER = /\p{L}/u;

/** A whitespace-separated word folded for comparison: lower case, ё as е, no apostrophes. */
export function foldWord(word: string): string {
  return word.normalize('NFC').toLocaleLowerCase().replace(/ё/gu, 'е').replace(APOSTROPHES, '');
}

/** The comparable tokens of one whitespace-separated word ("€3–5" gives "3" and "5"). */
export function wordTokens(word: string): string[] {
  return foldWord(word).split(SEPARATORS).filter((token) => token !== '');
}

/** The shortest word worth correcting or offering as a correction. */
export const MIN_CORRECTABLE_LENGTH = 3;

/** Whether a token can be corrected letter by letter: it has letters, and its script separates words with spaces. */
export function isCorrectable(token: string): boolean {
  return [...token].length >= MIN_CORRECTABLE_LENGTH && LETTER.test(token) && !SPACELESS.test(token);
}

/** The words of a text that a vocabulary for correcting slips holds. */
export function vocabularyWords(text: string): string[] {
  return text.split(/\s+/u).flatMap(wordTokens).filter(isCorrectable);
}
