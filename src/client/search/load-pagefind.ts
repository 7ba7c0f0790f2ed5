import type { PagefindApi } from '../../lib/search/query/run-search.ts';

/** Pagefind's JavaScript API as far as the search box uses it. */
export interface PagefindModule extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<PagefindModule> | undefined;

/**
 * Loads Pagefind's small JavaScript API (not its UI bundles) once per page and starts fetching
 * the index of the page's language (Pagefind picks it from `<html lang>`).
 */
export function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    const base = `${import.meta.env.BASE_URL.replace(/\/$/u, '')}/pagefind`;
    preloadIndex(base);
    const url = `${base}/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
    // The worker would cost another 40 KB and a message round trip per call; a search over
    // a handbook's index takes a few milliseconds on the main thread.
    await pagefind.options({ noWorker: true, excerptLength: 20 });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    // Let a later open try again (e.g. after the index was built).
    loading = undefined;
  });
  return loading;
}

// Pagefind reads its entry file only after pagefind.js has arrived, and its metadata and
// WebAssembly only after that. Reading the entry file here, alongside pagefind.js, lets those two
// start one round trip earlier; Pagefind then finds them already on their way.
function preloadIndex(base: string): void {
  const lang = (document.documentElement.lang || 'unknown').toLowerCase();
  void fetch(`${base}/pagefind-entry.json`)
    .then((response) => response.json() as Promise<{ languages: Record<string, { hash: string; wasm?: string; page_count: number }> }>)
    .then(({ languages }) => {
      // The same choice of index as Pagefind's: the language, its base language, else the largest.
      const index = languages[lang] ?? languages[lang.split('-')[0]!] ?? Object.values(languages).sort((a, b) => b.page_count - a.page_count)[0];
      if (!index) return;
      for (const file of [`pagefind.${index.hash}.pf_meta`, `wasm.${index.wasm ?? 'unknown'}.pagefind`]) {
        const link = document.createElement('link');
        link.rel = 'preload';
        link.as = 'fetch';
        link.crossOrigin = 'anonymous';
        link.href = `${base}/${file}`;
        document.head.append(link);
      }
    })
    .catch(() => undefined);
}
