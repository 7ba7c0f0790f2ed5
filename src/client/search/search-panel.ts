import { navigate } from '../../lib/search/query/keyboard.ts';
import type { FilterGroup } from '../../lib/search/parts.ts';
import { parseQuery } from '../../lib/search/query/query.ts';
import { runSearch, type SearchOutcome } from '../../lib/search/query/run-search.ts';
import { emptyState, hasFilters, stateFromParams, stateToParams, toggleFilter, type SearchState } from '../../lib/search/query/search-state.ts';
import { fill } from '../../lib/i18n/fill.ts';
import type { SearchPanelText } from '../../lib/i18n/island-text.ts';
import { plural } from '../../lib/i18n/plural.ts';
import { loadPagefind } from './load-pagefind.ts';
import { loadVocabulary } from './load-vocabulary.ts';
import { availableFilters, renderFilters, syncFilters } from './render-filters.ts';
import { resultItem } from './render-results.ts';
import { rememberSearch, rememberedSearch } from './remembered-search.ts';

// Results fetched per screen: each costs a request, and the dialog shows about six at a time.
const PAGE_SIZE = { dialog: 6, page: 10 };

/**
 * Brings a server-rendered search panel to life: live results as the reader types, filter chips,
 * arrow-key navigation, copy from a result. The same panel serves the dialog opened with `/` and
 * the full search page; on the page the query and filters live in the address.
 */
export function mountSearchPanel(panel: HTMLElement): void {
  if (panel.dataset.mounted === 'true') return;
  panel.dataset.mounted = 'true';
  const lang = document.documentElement.lang || 'en';
  const s = JSON.parse(panel.dataset.text ?? '{}') as SearchPanelText;
  const isPage = panel.dataset.mode === 'page';
  const input = panel.querySelector<HTMLInputElement>('input[type="search"]')!;
  const form = input.form!;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const list = panel.querySelector<HTMLOListElement>('[data-search-results]')!;
  const filterBox = panel.querySelector<HTMLElement>('[data-search-filters]')!;
  const footer = panel.querySelector<HTMLElement>('[data-search-footer]')!;
  const correctionBox = panel.querySelector<HTMLElement>('[data-search-correction]')!;
  const orders = JSON.parse(panel.dataset.orders ?? '{}') as Partial<Record<FilterGroup, string[]>>;
  for (const note of panel.querySelectorAll<HTMLElement>('[data-search-needs-js]')) note.hidden = true;

  let state: SearchState = isPage ? stateFromParams(new URLSearchParams(location.search)) : (rememberedSearch() ?? emptyState());
  // Whatever the reader typed before this code arrived wins over the remembered query.
  if (isPage || input.value === '') input.value = state.q;
  state = { ...state, q: input.value };
  const pageSize = isPage ? PAGE_SIZE.page : PAGE_SIZE.dialog;
  let limit = pageSize;
  let latest = 0;
  // The query the reader asked to search as typed, after a correction was offered.
  let literal: string | undefined;

  const pagefind = loadPagefind();
  const vocabulary = loadVocabulary();
  let chipsRequested = false;
  // The chips need every filter file of the index: fetched after the first results, or when the
  // reader has not typed for a moment, never in the way of a first query.
  const showChips = () => {
    if (chipsRequested) return;
    chipsRequested = true;
    pagefind
      .then((api) => api.filters())
      .then((counts) => {
        renderFilters(filterBox, availableFilters(counts, orders), state, { text: s, idPrefix: input.id, folded: !isPage, onToggle: toggle });
      })
      .catch(() => undefined);
  };

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.search-result-link')];

  const save = () => {
    rememberSearch(state);
    if (isPage) {
      const query = stateToParams(state).toString();
      history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    }
  };

  const footerFor = (more: boolean) => {
    footer.replaceChildren();
    if (more) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'secondary';
      button.textContent = s.showMore;
      button.addEventListener('click', () => {
        const focusFrom = links().length;
        limit += pageSize;
        void update().then(() => links()[focusFrom]?.focus());
      });
      footer.append(button);
    }
    if (!isPage && (state.q.trim() !== '' || hasFilters(state))) {
      const open = document.createElement('a');
      open.href = `${panel.dataset.pageUrl ?? ''}?${stateToParams(state).toString()}`;
      open.textContent = s.openAsPage;
      footer.append(open);
    }
  };

  const button = (text: string, onClick: () => void) => {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'search-correction-button';
    element.textContent = text;
    element.addEventListener('click', onClick);
    return element;
  };

  const searchFor = (query: string) => {
    input.value = query;
    state = { ...state, q: query };
    limit = pageSize;
    input.focus();
    void update();
  };

  // Beside the status: the way back to the query as typed when a corrected one was searched, or,
  // when nothing was found, the nearest words of the handbook to try instead.
  const explain = (outcome: SearchOutcome | undefined) => {
    correctionBox.replaceChildren();
    if (outcome?.correctedTo) {
      const typed = state.q.trim();
      correctionBox.append(
        button(fill(s.searchInstead, { query: typed }), () => {
          literal = typed;
          searchFor(typed);
        }),
      );
    } else if (outcome && outcome.total === 0 && outcome.suggestions.length > 0) {
      correctionBox.append(
        Object.assign(document.createElement('span'), { textContent: `${s.closestWords} ` }),
        ...outcome.suggestions.flatMap((offer, i) => [...(i > 0 ? [', '] : []), button(offer.word, () => searchFor(offer.query))]),
      );
    }
  };

  async function update(): Promise<void> {
    const mine = ++latest;
    save();
    let api;
    let words;
    try {
      if (state.q.trim() !== '' || hasFilters(state)) status.textContent = status.textContent || s.loading;
      api = await pagefind;
      // Index chunks start loading for the words typed so far, while the query is corrected and ranked.
      if (state.q.trim() !== '') void api.preload(parseQuery(state.q).term).catch(() => undefined);
      words = await vocabulary;
    } catch {
      if (mine === latest) showNothing(s.unavailable);
      return;
    }
    let outcome;
    try {
      // While the reader types, each key starts a search; older ones stop before fetching results.
      outcome = await runSearch(api, state, { limit, superseded: () => mine !== latest, vocabulary: words, literal: literal !== undefined && literal === state.q.trim() });
    } catch {
      if (mine === latest) showNothing(s.unavailable);
      return;
    }
    if (mine !== latest) return;
    list.replaceChildren(...(outcome?.results ?? []).map((result, i) => resultItem(result, `${input.id}-r${i}`, s)));
    explain(outcome);
    const exactOnly = /["“”„«»]/u.test(outcome?.correctedTo ?? state.q);
    const count = outcome ? plural(lang, exactOnly ? s.exactResults : s.results, outcome.total) : '';
    status.textContent = !outcome ? '' : outcome.total === 0 ? fill(s.noResults, { query: state.q.trim() }) : outcome.correctedTo ? `${fill(s.showingResultsFor, { query: outcome.correctedTo })} ${count}` : count;
    footerFor(outcome?.more ?? false);
    // Tests and the bench wait for these to know which query the results on screen belong to.
    panel.dataset.renderedQuery = state.q;
    if (outcome) showChips();
    panel.dispatchEvent(new CustomEvent('search-rendered', { bubbles: true, detail: { query: state.q, count: outcome?.results.length ?? 0 } }));
  }

  // A search that failed leaves no earlier results on screen: they would answer another query.
  function showNothing(message: string): void {
    list.replaceChildren();
    correctionBox.replaceChildren();
    footer.replaceChildren();
    status.textContent = message;
    panel.dataset.renderedQuery = state.q;
  }

  function toggle(group: FilterGroup, value: string): void {
    state = toggleFilter(state, group, value);
    limit = pageSize;
    syncFilters(filterBox, state);
    void update();
  }

  input.addEventListener('input', () => {
    state = { ...state, q: input.value };
    limit = pageSize;
    void update();
  });

  // Enter in the box opens the first result: the shortest way from a client's words to the answer.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    links()[0]?.click();
  });

  panel.addEventListener('keydown', (event) => {
    // Esc in a search box would first clear it; in the dialog it closes and keeps the query.
    if (event.key === 'Escape' && !isPage) {
      event.preventDefault();
      panel.closest('dialog')?.close();
      return;
    }
    const all = links();
    const active = document.activeElement;
    const current = active === input ? -1 : all.findIndex((link) => link === active || link.closest('li')?.contains(active));
    if (active !== input && current === -1) return;
    const copyable = current !== -1 && (window.getSelection()?.isCollapsed ?? true);
    const move = navigate(event, current, all.length);
    if (!move) return;
    if ('to' in move) {
      event.preventDefault();
      if (move.to === -1) input.focus();
      else all[move.to]?.focus();
    } else if ('copy' in move && copyable) {
      event.preventDefault();
      all[current]?.closest('li')?.querySelector<HTMLButtonElement>('copy-button button')?.click();
    } else if ('type' in move) {
      // The key itself lands in the box, after what is already there.
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    }
  });

  list.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (link && !isPage) panel.closest('dialog')?.close();
  });

  setTimeout(showChips, 1500);
  void update();
}
