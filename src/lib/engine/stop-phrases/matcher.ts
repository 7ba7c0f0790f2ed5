/**
 * The stop-phrase matcher: the build lints content with it, the search recognises a stop phrase
 * in a query with it and the phrase-checker page runs it on every keystroke, so it is plain
 * TypeScript with no Node or Astro imports.
 *
 * Pattern language (the `match` list in `stop-phrases.yaml`):
 * - case-insensitive, whole words: `try` matches `Try` but not `trying`, `entry` or `tryout`;
 *   write `try*` to accept longer word forms;
 * - `*` stands for zero or more letters, digits or marks inside one word (`постара*` matches
 *   `постараюсь`, `постараемся`, `постараться`); it never crosses a space; every `*` is a wildcard;
 * - any run of whitespace matches any run of whitespace, line breaks included;
 * - the apostrophes ' ’ ʼ ‘ are interchangeable, and so are the Cyrillic е and ё;
 * - every other character, regex metacharacters included, stands for itself;
 * - next to a character of a script written without spaces (Chinese, Japanese, Korean, Thai,
 *   Lao, Khmer, Myanmar) no word boundary is required.
 *
 * A rule's `except` wordings are patterns of the same language: a match that lies wholly inside
 * one of them is good service language ("you must have been waiting") and is not reported.
 *
 * Matching takes time proportional to the text's length for any pattern (see `scan.ts`); a
 * pattern longer than `MAX_PATTERN_LENGTH` characters is refused.
 */
import { MAX_PATTERN_LENGTH, parsePattern, patternProblem, type ParsedPattern } from './pattern.ts';
import { buildAutomaton, scan, type Candidate, type WorkMeter } from './scan.ts';

/** One stop phrase as written in `stop-phrases.yaml`; the zod schema produces compatible objects. */
export interface StopPhraseRule {
  /** The phrase as readers see it in the stop-phrase table. */
  phrase: string;
  /** Patterns to look for; defaults to `[phrase]`. */
  match?: readonly string[] | undefined;
  /** Wordings, written as patterns, inside which a match of this rule is fine. */
  except?: readonly string[] | undefined;
  /** Why the phrase hurts, as a full sentence. */
  why: string;
  /** What to say instead; one or more phrasings. */
  replacements: readonly string[];
  /** Word swaps that keep the rest of the sentence: wording (a pattern) → what to write instead. */
  substitutes?: Readonly<Record<string, string>> | undefined;
  /** How the build treats the phrase inside approved content. */
  severity: 'warning' | 'error';
}

/** One stop phrase found in a text. */
export interface StopPhraseMatch {
  /** Offset (UTF-16 code units) of the first matched character in the searched text. */
  start: number;
  /** Offset just past the last matched character. */
  end: number;
  /** The matched text exactly as written in the searched text. */
  text: string;
  /** The rule whose pattern matched. */
  rule: StopPhraseRule;
  /** The pattern of the rule that matched. */
  pattern: string;
}

/** Stop phrases compiled once, ready to search any number of texts. */
export interface StopPhraseMatcher {
  /** Finds stop phrases: non-overlapping, in text order; earliest start wins, then the longest. `meter` counts the work done. */
  find(text: string, meter?: WorkMeter): StopPhraseMatch[];
}

export type { WorkMeter } from './scan.ts';

interface CompiledPattern {
  rule: number;
  source: string;
  /** True for an `except` wording, false for a `match` pattern. */
  exception: boolean;
}

/** Compiles stop-phrase rules into a matcher; throws if a pattern could match empty text or is too long. */
export function compileStopPhrases(entries: readonly StopPhraseRule[]): StopPhraseMatcher {
  const compiled: CompiledPattern[] = [];
  const parsed: ParsedPattern[] = [];
  entries.forEach((rule, index) => {
    const add = (source: string, exception: boolean) => {
      refuseUnusable(rule, source);
      compiled.push({ rule: index, source, exception });
      parsed.push(parsePattern(source));
    };
    for (const source of rule.match ?? [rule.phrase]) add(source, false);
    for (const source of rule.except ?? []) add(source, true);
  });
  if (compiled.length === 0) return { find: () => [] };
  const automaton = buildAutomaton(parsed);
  return { find: (text, meter) => choose(text, scan(text, automaton, meter), compiled, entries) };
}

function refuseUnusable(rule: StopPhraseRule, pattern: string): void {
  const problem = patternProblem(pattern);
  if (problem === 'empty') {
    throw new Error(`The stop phrase “${rule.phrase}” has the pattern “${pattern}”, which would match empty text. Give every pattern at least one letter.`);
  }
  if (problem === 'too-long') {
    throw new Error(`The stop phrase “${rule.phrase}” has a pattern of ${[...pattern.trim()].length} characters; a pattern may have at most ${MAX_PATTERN_LENGTH}.`);
  }
}

// Left to right: at the first place where a pattern matches, the longest match that no exception
// of its own rule covers (equally long: the pattern listed first); then on from its end.
function choose(text: string, candidates: readonly Candidate[], patterns: readonly CompiledPattern[], rules: readonly StopPhraseRule[]): StopPhraseMatch[] {
  const matches: StopPhraseMatch[] = [];
  // The farthest end of the exceptions of each rule that start at or before the current place.
  const excused = new Map<number, number>();
  let from = 0;
  for (let i = 0; i < candidates.length; ) {
    const start = candidates[i]!.start;
    let j = i;
    while (j < candidates.length && candidates[j]!.start === start) {
      const { end, pattern } = candidates[j]!;
      const p = patterns[pattern]!;
      if (p.exception) excused.set(p.rule, Math.max(excused.get(p.rule) ?? -1, end));
      j += 1;
    }
    let best: Candidate | undefined;
    if (start >= from) {
      for (let k = i; k < j; k += 1) {
        const candidate = candidates[k]!;
        const p = patterns[candidate.pattern]!;
        if (p.exception || (excused.get(p.rule) ?? -1) >= candidate.end) continue;
        if (best === undefined || candidate.end > best.end) best = candidate;
      }
    }
    if (best) {
      const p = patterns[best.pattern]!;
      matches.push({ start, end: best.end, text: text.slice(start, best.end), rule: rules[p.rule]!, pattern: p.source });
      from = best.end;
    }
    i = j;
  }
  return matches;
}
