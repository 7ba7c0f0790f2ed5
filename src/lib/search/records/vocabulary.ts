import { gzipSync } from 'node:zlib';
import type { SearchDocument } from './documents.ts';
import { vocabularyWords } from '../words.ts';

/** The most a language's word list may weigh, gzipped: it is fetched before the first query. */
export const MAX_VOCABULARY_BYTES = 30 * 1024;

const gzip = (text: string) => gzipSync(text, { level: 9 });

/**
 * The words of each language's search records, for correcting a slip of the finger in the
 * browser, as the gzipped file the build writes: one word a line, the words found in most
 * records first (in bands of about the same count, alphabetical within a band, which packs
 * smaller), so a correction prefers a common word to a rare one. Built from the records of the
 * edition being built, so a word found only in entries the edition leaves out is not in it.
 * When the list would weigh more than `maxBytes`, the rarest words are left out.
 */
export function buildVocabularies(documents: readonly SearchDocument[], maxBytes = MAX_VOCABULARY_BYTES): Map<string, Uint8Array> {
  const counts = new Map<string, Map<string, number>>();
  for (const doc of documents) {
    const seen = new Set(doc.parts.flatMap((part) => vocabularyWords(part.text)));
    let language = counts.get(doc.lang);
    if (!language) counts.set(doc.lang, (language = new Map()));
    for (const word of seen) language.set(word, (language.get(word) ?? 0) + 1);
  }
  const files = new Map<string, Uint8Array>();
  for (const [lang, words] of counts) {
    const band = (count: number) => Math.floor(Math.log2(count));
    const ordered = [...words].sort(([a, countA], [b, countB]) => band(countB) - band(countA) || (a < b ? -1 : a > b ? 1 : 0)).map(([word]) => word);
    files.set(lang, fitted(ordered, maxBytes));
  }
  return files;
}

// The longest start of the list whose gzipped text fits, found by halving.
function fitted(words: readonly string[], maxBytes: number): Uint8Array {
  const whole = gzip(words.join('\n'));
  if (whole.length <= maxBytes) return whole;
  let fits = 0;
  let tooMany = words.length;
  let best = gzip('');
  while (tooMany - fits > 1) {
    const middle = (fits + tooMany) >> 1;
    const packed = gzip(words.slice(0, middle).join('\n'));
    if (packed.length <= maxBytes) {
      fits = middle;
      best = packed;
    } else tooMany = middle;
  }
  return best;
}

/** Where the vocabulary of a language is served, relative to the site's root. */
export function vocabularyPath(lang: string): string {
  return `pagefind/salesbook-vocabulary.${lang.toLowerCase()}.txt.gz`;
}
