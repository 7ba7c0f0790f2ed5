import { wordTokens } from '../words.ts';

/**
 * Words as exact-phrase search compares them: case, punctuation and apostrophes do not count,
 * Cyrillic ё equals е, and word order does. Pagefind's own quoted search also accepts other
 * forms of a word ("руководителя" for "руководитель"), so exact phrases are checked here again.
 */

/** One comparable token and the whitespace-separated word of the text it came from. */
export interface Token {
  /** Lowercased letters and digits only. */
  token: string;
  /** Index of the word in `text.split(/\s+/)` (leading whitespace ignored). */
  word: number;
}


/** Splits a text into the whitespace-separated words Pagefind counts locations in. */
export function splitWords(text: string): string[] {
  const trimmed = text.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/u);
}

/** Tokens of a text: words split further on punctuation ("€3–5" gives "3" and "5"), apostrophes dropped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  splitWords(text).forEach((word, index) => {
    for (const token of wordTokens(word)) tokens.push({ token, word: index });
  });
  return tokens;
}

/** Comparable tokens of a phrase as a reader typed it. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.token);
}

/** Every place the phrase occurs in the text, as inclusive-exclusive ranges of word indices. */
export function findPhrase(text: string, phrase: readonly string[]): [start: number, end: number][] {
  if (phrase.length === 0) return [];
  const tokens = tokenize(text);
  const found: [number, number][] = [];
  for (let i = 0; i + phrase.length <= tokens.length; i += 1) {
    if (phrase.every((token, k) => tokens[i + k]!.token === token)) {
      found.push([tokens[i]!.word, tokens[i + phrase.length - 1]!.word + 1]);
    }
  }
  return found;
}
