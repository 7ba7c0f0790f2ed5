import { Vocabulary } from '../../lib/search/query/vocabulary.ts';

let loading: Promise<Vocabulary | undefined> | undefined;

async function fetchVocabulary(base: string, lang: string): Promise<Vocabulary | undefined> {
  // The file is gzipped by the build, so it travels small from any server; the browser unpacks it.
  const response = await fetch(`${base}/salesbook-vocabulary.${lang}.txt.gz`);
  if (!response.ok || !response.body) return undefined;
  const text = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
  return new Vocabulary(text);
}

/**
 * Loads the words of the page language's search index once per page (the build writes them
 * beside Pagefind's index), for correcting slips. Resolves to undefined when there are none,
 * e.g. a language without records: the search then runs as typed.
 */
export function loadVocabulary(): Promise<Vocabulary | undefined> {
  loading ??= (async () => {
    const base = `${import.meta.env.BASE_URL.replace(/\/$/u, '')}/pagefind`;
    const lang = (document.documentElement.lang || 'en').toLowerCase();
    return (await fetchVocabulary(base, lang)) ?? (lang.includes('-') ? fetchVocabulary(base, lang.split('-')[0]!) : undefined);
  })().catch(() => undefined);
  return loading;
}
