import { describe, expect, it } from 'vitest';
import type { ResultFragment } from '../../../src/lib/search/query/result-view.ts';
import { runSearch, type PagefindApi } from '../../../src/lib/search/query/run-search.ts';
import { emptyState, type SearchState } from '../../../src/lib/search/query/search-state.ts';
import { Vocabulary } from '../../../src/lib/search/query/vocabulary.ts';

function record(url: string, type: string, parts: [string, string][], extraFilters: Record<string, string[]> = {}): ResultFragment {
  let location = 0;
  return {
    url,
    content: parts.map(([, text]) => text).join(' '),
    meta: { title: parts[0]![1] },
    filters: { type: [type], ...extraFilters },
    anchors: parts.map(([id, text]) => {
      const anchor = { id, text, location };
      location += text.split(/\s+/).length;
      return anchor;
    }),
    locations: [0],
  };
}

const tryHarder = record('/en/scripts/a/#follow-up', 'module', [['i0', 'Follow up'], ['v0', "I'll try harder next time, said nobody."]]);
const stopTry = record('/en/stop-phrases/#stop-1', 'stop-phrase', [['t0', "I'll try"], ['m0', 'I will try'], ['w0', 'Promises nothing.'], ['x0', 'I will call you by 5 pm.']], { severity: ['warning'] });
const reversed = record('/en/scripts/b/#x', 'module', [['i0', 'Other'], ['v0', 'Try, I will.']]);

// Pagefind as the search sees it: every record matches, in the given order, narrowed by type.
function fakePagefind(records: ResultFragment[], calls: { term: string | null; filters: unknown }[] = []): PagefindApi {
  return {
    async search(term, options) {
      calls.push({ term, filters: options.filters });
      const types = (options.filters?.type as { any: string[] } | undefined)?.any;
      const kept = records.filter((r) => !types || types.includes(r.filters.type![0]!));
      return { results: kept.map((r) => ({ id: r.url, data: async () => r })) };
    },
  };
}

const state = (q: string, patch: Partial<SearchState['filters']> = {}): SearchState => ({ ...emptyState(), q, filters: { ...emptyState().filters, ...patch } });

describe('running a search', () => {
  it('puts the stop phrase the query is first, even when Pagefind ranks it lower', async () => {
    const outcome = await runSearch(fakePagefind([tryHarder, reversed, stopTry]), state("I'll try"), { limit: 2 });
    expect(outcome!.results.map((r) => r.url)).toEqual(['/en/stop-phrases/#stop-1', '/en/scripts/a/#follow-up']);
    expect(outcome!.results[0]!.isQueriedStopPhrase).toBe(true);
  });

  it('does not put a stop phrase first when the query only shares a word with it', async () => {
    const outcome = await runSearch(fakePagefind([tryHarder, stopTry]), state('try'), { limit: 5 });
    expect(outcome!.results.map((r) => r.isQueriedStopPhrase)).toEqual([false, false]);
  });

  it('keeps only results holding the quoted phrase word for word', async () => {
    const outcome = await runSearch(fakePagefind([tryHarder, reversed]), state('"try harder"'), { limit: 5 });
    expect(outcome!.results.map((r) => r.url)).toEqual(['/en/scripts/a/#follow-up']);
    expect(outcome!.total).toBe(1);
  });

  it('lists filtered records without a query', async () => {
    const calls: { term: string | null; filters: unknown }[] = [];
    const outcome = await runSearch(fakePagefind([tryHarder, stopTry], calls), state('', { type: ['stop-phrase'] }), { limit: 5 });
    expect(calls[0]).toEqual({ term: null, filters: { type: { any: ['stop-phrase'] } } });
    expect(outcome!.results.map((r) => r.url)).toEqual(['/en/stop-phrases/#stop-1']);
  });

  it('asks nothing when there is neither a query nor a filter', async () => {
    const calls: { term: string | null; filters: unknown }[] = [];
    expect(await runSearch(fakePagefind([tryHarder], calls), state('  '), { limit: 5 })).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('says when more results than the limit exist', async () => {
    const outcome = await runSearch(fakePagefind([tryHarder, reversed, stopTry]), state('will'), { limit: 1 });
    expect(outcome).toMatchObject({ total: 3, more: true });
  });
});

describe('a search overtaken by a newer one', () => {
  it('fetches no result texts', async () => {
    let fetched = 0;
    const pagefind: PagefindApi = {
      async search() {
        return { results: [{ id: 'a', data: async () => (fetched++, tryHarder) }] };
      },
    };
    expect(await runSearch(pagefind, state('try'), { limit: 5, superseded: () => true })).toBeUndefined();
    expect(fetched).toBe(0);
  });
});

describe('looking for a stop phrase apart from the results', () => {
  it('is skipped when Pagefind counts no stop phrase for the query', async () => {
    const calls: { term: string | null; filters: unknown }[] = [];
    const pagefind: PagefindApi = {
      async search(term, options) {
        calls.push({ term, filters: options.filters });
        return { results: [{ id: 'a', data: async () => tryHarder }], filters: { type: { module: 1 } } };
      },
    };
    await runSearch(pagefind, state('harder'), { limit: 5 });
    expect(calls).toEqual([{ term: 'harder', filters: {} }]);
  });
});

describe('a search with the index’s vocabulary', () => {
  const vocabulary = new Vocabulary(['supplier', 'supply', 'budget', 'follow', 'harder', 'nobody', 'nobodies'].join('\n'));
  // Pagefind matching whole words only: a word it does not hold finds nothing.
  function wordPagefind(calls: (string | null)[]): PagefindApi {
    return {
      async search(term, options) {
        // The stop-phrase side search (narrowed to stop phrases) is not counted.
        if (!options.filters?.type) calls.push(term);
        const words = (term ?? '').toLowerCase().split(/\s+/);
        const kept = [tryHarder, reversed].filter((r) => words.every((w) => r.content.toLowerCase().includes(w)));
        return { results: kept.map((r) => ({ id: r.url, data: async () => r })) };
      },
    };
  }

  it('searches the corrected query and says so', async () => {
    const calls: (string | null)[] = [];
    const outcome = await runSearch(wordPagefind(calls), state('hardr'), { limit: 5, vocabulary });
    expect(outcome).toMatchObject({ correctedTo: 'harder', total: 1 });
    expect(calls).toEqual(['harder']);
  });

  it('asks the index about a word that may be a form, and corrects it when the index finds nothing', async () => {
    const calls: (string | null)[] = [];
    // "nobodyish" shares "nobod" with "nobody" and "nobodies" but is no slip of either: only the index can tell.
    const outcome = await runSearch(wordPagefind(calls), state('nobodyish '), { limit: 5, vocabulary });
    expect(calls).toEqual(['nobodyish', 'nobodyish']);
    expect(outcome?.correctedTo).toBeUndefined();
  });

  it('searches the query as typed when the reader asks for it', async () => {
    const calls: (string | null)[] = [];
    const outcome = await runSearch(wordPagefind(calls), state('hardr'), { limit: 5, vocabulary, literal: true });
    expect(calls).toEqual(['hardr']);
    expect(outcome).toMatchObject({ total: 0, results: [] });
    expect(outcome?.correctedTo).toBeUndefined();
  });

  it('offers the nearest words of the index when nothing is found', async () => {
    const outcome = await runSearch(wordPagefind([]), state('bdgte'), { limit: 5, vocabulary });
    expect(outcome).toMatchObject({ total: 0, results: [], suggestions: [{ word: 'budget', query: 'budget' }] });
  });
});
