import type { SearchDocument } from './documents.ts';
import { vocabularyWords } from '../words.ts';

/** The most words a language's vocabulary keeps: the most widespread ones first. */
export const MAX_VOCABULARY_WORDS = 12_000;

/**
 * The words of each language's search records, for correcting a slip of the finger in the
 * browser: one word a line, the words found in most records first (so a correction prefers a
 * common word to a rare one). Built from the records of the edition being built, so a word found
 * only in entries the edition leaves out is not in it.
 */
export function buildVocabularies(documents: readonly SearchDocument[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const doc of documents) {
    const seen = new Set(doc.parts.flatMap((part) => vocabularyWords(part.text)));
    let language = counts.get(doc.lang);
    if (!language) counts.set(doc.lang, (language = new Map()));
    for (const word of seen) language.set(word, (language.get(word) ?? 0) + 1);
  }
  const vocabularies = new Map<string, string>();
  for (const [lang, words] of counts) {
    const ordered = [...words].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0)).map(([word]) => word);
    vocabularies.set(lang, ordered.slice(0, MAX_VOCABULARY_WORDS).join('\n'));
  }
  return vocabularies;
}

/** Where the vocabulary of a language is served, relative to the site's root. */
export function vocabularyPath(lang: string): string {
  return `pagefind/salesbook-vocabulary.${lang.toLowerCase()}.txt.gz`;
}
