import { label } from '../../i18n/labels.ts';

/** Interface text of the search and the phrase checker. */
export interface SearchStrings {
  search: string;
  searchLabel: string;
  placeholder: string;
  close: string;
  shortcutHint: string;
  keyboardHelp: string;
  keyboardHelpPage: string;
  exactHint: string;
  filters: string;
  moreFilters: string;
  groups: Record<'type' | 'stage' | 'channel' | 'category', string>;
  loading: string;
  unavailable: string;
  results: (count: number, exactOnly: boolean) => string;
  noResults: (query: string) => string;
  /** Said above results found for a corrected query. */
  showingResultsFor: (query: string) => string;
  /** The button that searches the query as typed instead of the corrected one. */
  searchInstead: (query: string) => string;
  /** Leads the words offered when nothing was found. */
  closestWords: string;
  showMore: string;
  openAsPage: string;
  say: string;
  sayInstead: string;
  stopPhrase: string;
  clientsAlsoSay: string;
  compensation: string;
  needsJavaScript: string;
  checkerIntro: string;
  checkerNeedsJs: string;
  checkerDraft: string;
  checkerPlaceholder: string;
  checkerFound: (count: number) => string;
  checkerNone: string;
  checkerEmpty: string;
  /** Read after “Replace” by screen readers: what is replaced with what. */
  replaceDetail: (found: string, replacement: string) => string;
  replace: string;
  /** The button that puts a whole replacement sentence in place of the sentence. */
  replaceSentence: string;
  replaced: (found: string) => string;
}

type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const plural = (lang: string, count: number, forms: Forms): string =>
  (forms[new Intl.PluralRules(lang).select(count)] ?? forms.other).replace('{n}', String(count));

const en: SearchStrings = {
  search: 'Search',
  searchLabel: 'Search the handbook',
  placeholder: 'Phrase, objection, script… "exact words" in quotes',
  close: 'Close',
  shortcutHint: 'Press / or Ctrl+K to search from any page.',
  keyboardHelp: '↑ ↓ move through results · Enter opens · Ctrl+C on a result copies its phrase · Esc closes',
  keyboardHelpPage: '↑ ↓ move through results · Enter opens · Ctrl+C on a result copies its phrase',
  exactHint: 'Words in double quotes match that exact phrase; other words also match their other forms.',
  filters: 'Filters',
  moreFilters: 'Stage, channel, category',
  groups: { type: 'Type', stage: 'Stage', channel: 'Channel', category: 'Category' },
  loading: 'Loading the search…',
  unavailable: 'Search is not available here: the search index is built by “npm run build”.',
  results: (count, exactOnly) => plural('en', count, { one: exactOnly ? '{n} exact match' : '{n} result', other: exactOnly ? '{n} exact matches' : '{n} results' }),
  noResults: (query) => `Nothing found for “${query}”. Try fewer words, or other words the client might use.`,
  showingResultsFor: (query) => `Showing results for “${query}”.`,
  searchInstead: (query) => `Search for “${query}” instead`,
  closestWords: 'Closest words in the handbook:',
  showMore: 'Show more results',
  openAsPage: 'Open these results as a page',
  say: 'Say',
  sayInstead: 'Say instead',
  stopPhrase: 'Stop phrase',
  clientsAlsoSay: 'Clients also say',
  compensation: 'Compensation',
  needsJavaScript: 'Searching needs JavaScript. Without it, browse the objections, the stop phrases and the book from the links at the top of the page.',
  checkerIntro: 'Paste an email or a chat reply before you send it: stop phrases light up as you type, each with why it hurts and what to say instead.',
  checkerNeedsJs: 'Checking needs JavaScript. Without it, compare your draft with the stop-phrase list.',
  checkerDraft: 'Your draft',
  checkerPlaceholder: 'Paste or type an email or a chat reply…',
  checkerFound: (count) => plural('en', count, { one: '{n} stop phrase found', other: '{n} stop phrases found' }),
  checkerNone: 'No stop phrases found.',
  checkerEmpty: 'Stop phrases will be highlighted here as you type.',
  replaceDetail: (found, replacement) => `“${found}” with “${replacement}”`,
  replace: 'Replace',
  replaceSentence: 'Replace the sentence',
  replaced: (found) => `Replaced “${found}”.`,
};

const ru: SearchStrings = {
  search: 'Поиск',
  searchLabel: 'Поиск по книге продаж',
  placeholder: 'Фраза, возражение, скрипт… «точная фраза» в кавычках',
  close: 'Закрыть',
  shortcutHint: 'Нажмите / или Ctrl+K, чтобы искать с любой страницы.',
  keyboardHelp: '↑ ↓ — по результатам · Enter — открыть · Ctrl+C на результате — скопировать фразу · Esc — закрыть',
  keyboardHelpPage: '↑ ↓ — по результатам · Enter — открыть · Ctrl+C на результате — скопировать фразу',
  exactHint: 'Слова в двойных кавычках ищутся точной фразой; остальные слова — в любой форме.',
  filters: 'Фильтры',
  moreFilters: 'Этап, канал, категория',
  groups: { type: 'Тип', stage: 'Этап', channel: 'Канал', category: 'Категория' },
  loading: 'Загружаем поиск…',
  unavailable: 'Поиск здесь недоступен: поисковый индекс создаёт команда «npm run build».',
  results: (count, exactOnly) =>
    plural('ru', count, exactOnly
      ? { one: '{n} точное совпадение', few: '{n} точных совпадения', other: '{n} точных совпадений' }
      : { one: '{n} результат', few: '{n} результата', other: '{n} результатов' }),
  noResults: (query) => `По запросу «${query}» ничего не найдено. Попробуйте меньше слов или другие слова клиента.`,
  showingResultsFor: (query) => `Показаны результаты для «${query}».`,
  searchInstead: (query) => `Искать «${query}» как написано`,
  closestWords: 'Похожие слова в книге:',
  showMore: 'Показать ещё',
  openAsPage: 'Открыть результаты отдельной страницей',
  say: 'Скажите',
  sayInstead: 'Говорите вместо этого',
  stopPhrase: 'Стоп-фраза',
  clientsAlsoSay: 'Клиенты также говорят',
  compensation: 'Компенсация',
  needsJavaScript: 'Для поиска нужен JavaScript. Без него пользуйтесь списками возражений, стоп-фраз и оглавлением по ссылкам вверху страницы.',
  checkerIntro: 'Вставьте письмо или ответ в чате перед отправкой: стоп-фразы подсвечиваются по мере набора, с объяснением и тем, что сказать вместо них.',
  checkerNeedsJs: 'Для проверки нужен JavaScript. Без него сверьте текст со списком стоп-фраз.',
  checkerDraft: 'Ваш текст',
  checkerPlaceholder: 'Вставьте или наберите письмо или ответ в чате…',
  checkerFound: (count) => plural('ru', count, { one: 'Найдена {n} стоп-фраза', few: 'Найдено {n} стоп-фразы', other: 'Найдено {n} стоп-фраз' }),
  checkerNone: 'Стоп-фраз не найдено.',
  checkerEmpty: 'Стоп-фразы будут подсвечены здесь по мере набора.',
  replaceDetail: (found, replacement) => `«${found}» на «${replacement}»`,
  replace: 'Заменить',
  replaceSentence: 'Заменить предложение',
  replaced: (found) => `«${found}» заменено.`,
};

const dictionaries: Record<string, SearchStrings> = { en, ru };

/** Search and phrase-checker text for `lang`; English for languages without their own. */
export function searchStrings(lang: string): SearchStrings {
  return dictionaries[lang] ?? dictionaries[lang.split('-')[0]!] ?? en;
}

/** The label of a record type or filter value, as chips and results show it. */
export function filterLabel(lang: string, group: 'type' | 'stage' | 'channel' | 'category', value: string): string {
  if (group === 'type' && value === 'compensation') return searchStrings(lang).compensation;
  return label(lang, group, value);
}
