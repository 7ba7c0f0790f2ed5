import { compileStopPhrases, type StopPhraseMatch, type StopPhraseMatcher, type StopPhraseRule } from './matcher.ts';

/** A word swap for one stop phrase found in a text: the span it replaces and what goes there. */
export interface Substitution {
  start: number;
  end: number;
  text: string;
}

// Keys are patterns like `match`; compiled once per rule, as the phrase checker asks on every change.
const compiled = new WeakMap<StopPhraseRule, StopPhraseMatcher>();

function keysOf(rule: StopPhraseRule): StopPhraseMatcher {
  let matcher = compiled.get(rule);
  if (!matcher) {
    const keys = Object.keys(rule.substitutes ?? {});
    matcher = compileStopPhrases(keys.map((key) => ({ ...rule, phrase: key, match: [key], except: undefined, substitutes: undefined })));
    compiled.set(rule, matcher);
  }
  return matcher;
}

/**
 * The substitute a rule lists for a match: the longest wording among its `substitutes` that starts
 * where the match starts and covers all of it ("I'll try to" → "I will" for a match of "I'll try").
 * A capital at the start of the replaced words is kept, so a sentence still starts with one.
 */
export function substituteFor(text: string, match: Pick<StopPhraseMatch, 'start' | 'end' | 'rule'>): Substitution | undefined {
  const substitutes = match.rule.substitutes;
  if (!substitutes || Object.keys(substitutes).length === 0) return undefined;
  let best: StopPhraseMatch | undefined;
  for (const found of keysOf(match.rule).find(text.slice(match.start))) {
    if (found.start > 0) break;
    if (found.end >= match.end - match.start && (best === undefined || found.end > best.end)) best = found;
  }
  if (!best) return undefined;
  const wanted = substitutes[best.rule.phrase] ?? '';
  return { start: match.start, end: match.start + best.end, text: keepCapital(best.text, wanted) };
}

function keepCapital(replaced: string, substitute: string): string {
  const first = [...replaced][0] ?? '';
  const capital = first !== first.toLowerCase() && first === first.toUpperCase();
  return capital ? substitute.charAt(0).toUpperCase() + substitute.slice(1) : substitute;
}
