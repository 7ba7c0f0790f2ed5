import { phraseTokens } from './words.ts';

/** A search box query, split into exact phrases and free words. */
export interface ParsedQuery {
  /** The query as typed, trimmed. */
  raw: string;
  /** Phrases written in double quotes, as comparable tokens; each must occur exactly. */
  phrases: string[][];
  /** The query without quote marks: what a stop phrase is looked for in. */
  plain: string;
  /** The words outside quotes. */
  free: string;
  /** What to hand to Pagefind. */
  term: string;
}

// Straight and typographic double quotes, and the Russian «ёлочки», open and close phrases.
const QUOTE = /["“”„«»]/u;

/**
 * Reads a query: text between double quotes is an exact phrase (an unclosed quote counts as not
 * typed yet), everything else is free words that Pagefind matches in any form.
 *
 * Pagefind treats a query as an exact phrase only when the whole of it is quoted, and then it
 * still accepts other word forms; so a single quoted phrase goes to Pagefind quoted (fewer
 * candidates), any other mix goes as plain words, and the phrases are checked on the results.
 */
export function parseQuery(input: string): ParsedQuery {
  const raw = input.trim();
  const pieces = raw.split(QUOTE);
  // An odd number of quote marks leaves the last piece open: it is read as free words.
  const closedPieces = pieces.length % 2 === 1 ? pieces.length : pieces.length - 1;
  const phrases: string[][] = [];
  const words: string[] = [];
  const phraseTexts: string[] = [];
  pieces.forEach((piece, i) => {
    const insideQuotes = i % 2 === 1 && i < closedPieces;
    if (!insideQuotes) {
      words.push(piece);
      return;
    }
    const tokens = phraseTokens(piece);
    if (tokens.length > 0) {
      phrases.push(tokens);
      phraseTexts.push(piece.trim());
    }
  });
  const freeWords = words.join(' ').replace(/\s+/gu, ' ').trim();
  const plain = pieces.join(' ').replace(/\s+/gu, ' ').trim();
  const onlyOnePhrase = phrases.length === 1 && freeWords === '';
  const term = onlyOnePhrase ? `"${phraseTexts[0]}"` : [...phraseTexts, freeWords].filter(Boolean).join(' ');
  return { raw, phrases, plain, free: freeWords, term };
}

/** True when nothing searchable was typed. */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.term.replace(/["\s]/gu, '') === '';
}
