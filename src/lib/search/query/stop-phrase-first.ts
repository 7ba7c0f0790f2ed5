import { compileStopPhrases, type StopPhraseMatcher } from '../../engine/stop-phrases/index.ts';
import type { ParsedQuery } from './query.ts';
import type { ResultView, StopPhraseView } from './result-view.ts';

/** A result marked as the stop phrase the query itself is. */
export type RankedResult = ResultView & { isQueriedStopPhrase: boolean };

/**
 * Moves the stop phrases that the query itself contains (by the same matcher the build lints
 * with, on the phrase and its patterns: "постараюсь" is caught by "постара*") to the top, so a rep who types a
 * banned phrase sees what to say instead before anything else. Other results keep their order.
 */
export function stopPhrasesFirst(results: readonly ResultView[], query: ParsedQuery): RankedResult[] {
  const hit = (result: ResultView): boolean => {
    const rule = result.stopPhrase;
    return rule !== undefined && query.plain !== '' && (matcherOf(rule)?.find(query.plain).length ?? 0) > 0;
  };
  const ranked = results.map((result) => ({ ...result, isQueriedStopPhrase: hit(result) }));
  return [...ranked.filter((r) => r.isQueriedStopPhrase), ...ranked.filter((r) => !r.isQueriedStopPhrase)];
}

// Compiled once per phrase: every keystroke searches again, and compiling costs milliseconds.
const compiled = new Map<string, StopPhraseMatcher | undefined>();

function matcherOf(rule: StopPhraseView): StopPhraseMatcher | undefined {
  const match = [rule.phrase, ...rule.patterns];
  const key = JSON.stringify([match, rule.except ?? []]);
  if (!compiled.has(key)) {
    try {
      compiled.set(key, compileStopPhrases([{ ...rule, match, except: rule.except }]));
    } catch {
      // A pattern the build would have rejected cannot match anything here either.
      compiled.set(key, undefined);
    }
  }
  return compiled.get(key);
}
