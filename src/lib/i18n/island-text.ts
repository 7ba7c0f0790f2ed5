import type { Dictionary } from './dictionary.ts';

/**
 * The interface texts each browser island needs, picked from the page's dictionary and written into
 * the page as JSON: an island's script never carries a dictionary, only the page's language does.
 */

function pick<T extends object, K extends keyof T>(texts: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, texts[key]])) as Pick<T, K>;
}

const SEARCH_KEYS = [
  'moreFilters', 'groupType', 'groupStage', 'groupChannel', 'groupCategory', 'loading', 'unavailable', 'results', 'exactResults',
  'noResults', 'showingResultsFor', 'searchInstead', 'closestWords', 'showMore', 'openAsPage', 'say', 'sayInstead', 'clientsAlsoSay', 'quoted',
] as const;

/** What the search panel shows once it runs: status lines, chips, result labels. */
export function searchPanelText(t: Dictionary) {
  return {
    ...pick(t.search, SEARCH_KEYS),
    colon: t.site.colon,
    labels: { type: t.type, stage: t.stage, channel: t.channel, category: t.category, severity: t.severity },
  };
}
export type SearchPanelText = ReturnType<typeof searchPanelText>;

const CHECKER_KEYS = ['found', 'none', 'empty', 'replace', 'replaceSentence', 'replaceDetail', 'replaced'] as const;

/** What the phrase checker writes while the rep types. */
export function phraseCheckText(t: Dictionary) {
  return { ...pick(t.checker, CHECKER_KEYS), sayInstead: t.stopPhrases.sayInstead, severity: t.severity, colon: t.site.colon };
}
export type PhraseCheckText = ReturnType<typeof phraseCheckText>;

const ROLEPLAY_KEYS = [
  'read', 'continue', 'choose', 'yourTurn', 'yourTurnHint', 'yourWords', 'reveal', 'youSaid', 'howClose', 'nailed', 'close', 'missed',
  'end', 'yourPath', 'score', 'result', 'linesMissed', 'noneMissed', 'review', 'choicesToRethink', 'noWeakChoices', 'playAgain', 'practiseAgain', 'lastResults', 'noResults', 'lastScore', 'resultOn',
] as const;

/** What the role-play viewer writes as the learner plays; the rest of its text is in the page. */
export function rolePlayText(t: Dictionary) {
  return { ...pick(t.roleplay, ROLEPLAY_KEYS), colon: t.site.colon };
}
export type RolePlayText = ReturnType<typeof rolePlayText>;
