/**
 * The stop-phrase matcher: the build lints content with it and the phrase-checker page runs it
 * on every keystroke, so it is plain TypeScript with no Node or Astro imports.
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
 */

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
  /** Finds stop phrases: non-overlapping, in text order; earliest start wins, then the longest. */
  find(text: string): StopPhraseMatch[];
}

const WORD = String.raw`[\p{L}\p{N}\p{M}]`;
// Script_Extensions rather than Script, so that marks shared between scripts (the Japanese
// prolonged sound mark ー, iteration marks) count as part of the script they are used in.
const SPACELESS = String.raw`[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]`;
const END_OF_WORD = `(?:(?!${WORD})|(?=${SPACELESS}))`;
// Latin and Cyrillic letters and digits are word characters of no spaceless script, so this small
// class rules out most matches inside words without the cost of Unicode property classes.
const COMMON_WORD = '[a-z0-9а-яё]';

const IS_WORD = new RegExp(`^${WORD}$`, 'u');
const IS_SPACELESS = new RegExp(`^${SPACELESS}$`, 'u');
const IS_SPACE = /^\s$/u;
const APOSTROPHES = "'’ʼ‘";
const SYNTAX = '\\^$.+?()[]{}|/';

interface CompiledPattern {
  rule: StopPhraseRule;
  pattern: string;
  /** Matches wherever the pattern does and sometimes elsewhere; free of property classes. */
  loose: string;
  /** The pattern itself, without the start-of-word check, which is done in code. */
  exactSource: string;
  exact: RegExp | undefined;
  needsStart: boolean;
}

/** Compiles stop-phrase rules into a matcher; throws if a pattern could match empty text. */
export function compileStopPhrases(entries: readonly StopPhraseRule[]): StopPhraseMatcher {
  const patterns = entries.flatMap((rule) => (rule.match ?? [rule.phrase]).map((pattern) => compile(rule, pattern)));
  if (patterns.length === 0) return { find: () => [] };
  // Each Unicode property class costs about a millisecond to compile, per regex that holds it,
  // and the phrase checker compiles on page load. So the two shared regexes hold only loose
  // patterns: `search` finds the next place where some pattern may start, `candidates` tells
  // which ones; an exact regex per pattern, compiled on first use, then settles it.
  const search = new RegExp(patterns.map((p) => `(?:${p.loose})`).join('|'), 'giu');
  const candidates = new RegExp(patterns.map((p) => `(?:(?=(${p.loose}))|)`).join(''), 'iuy');
  const exceptions = entries.filter((rule) => (rule.except ?? []).length > 0).map((rule) => ({ rule, matcher: compileStopPhrases((rule.except ?? []).map((wording) => ({ ...rule, match: [wording], except: undefined }))) }));
  return {
    find: (text) => {
      const found = findAll(text, patterns, search, candidates);
      if (exceptions.length === 0 || found.length === 0) return found;
      const fine = exceptions.map(({ rule, matcher }) => ({ rule, spans: matcher.find(text) }));
      return found.filter((match) => !fine.some(({ rule, spans }) => rule === match.rule && spans.some((span) => span.start <= match.start && span.end >= match.end)));
    },
  };
}

function findAll(text: string, patterns: CompiledPattern[], search: RegExp, candidates: RegExp): StopPhraseMatch[] {
  const matches: StopPhraseMatch[] = [];
  search.lastIndex = 0;
  for (let found = search.exec(text); found !== null; found = search.exec(text)) {
    const match = longestAt(text, found.index, patterns, candidates);
    if (match !== undefined) matches.push(match);
    search.lastIndex = match?.end ?? found.index + ((text.codePointAt(found.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return matches;
}

function longestAt(text: string, start: number, patterns: CompiledPattern[], candidates: RegExp): StopPhraseMatch | undefined {
  candidates.lastIndex = start;
  const loose = candidates.exec(text) ?? [];
  const before = [...text.slice(Math.max(0, start - 2), start)].pop();
  const startsWord = before === undefined || !IS_WORD.test(before) || IS_SPACELESS.test(before);
  let best: StopPhraseMatch | undefined;
  for (const [i, p] of patterns.entries()) {
    if (loose[i + 1] === undefined || (p.needsStart && !startsWord)) continue;
    p.exact ??= new RegExp(p.exactSource, 'iuy');
    p.exact.lastIndex = start;
    const end = p.exact.test(text) ? p.exact.lastIndex : start;
    // Ties go to the earlier pattern, so rule order decides between equally long matches.
    if (end > (best?.end ?? start)) best = { start, end, text: text.slice(start, end), rule: p.rule, pattern: p.pattern };
  }
  return best;
}

function compile(rule: StopPhraseRule, pattern: string): CompiledPattern {
  const chars = [...pattern.normalize('NFC').trim()];
  const first = chars[0];
  const last = chars[chars.length - 1];
  if (first === undefined || last === undefined || chars.every((c) => c === '*' || IS_SPACE.test(c))) {
    throw new Error(
      `The stop phrase “${rule.phrase}” has the pattern “${pattern}”, which would match empty text. ` +
        'Give every pattern at least one letter.',
    );
  }
  let exact = '';
  let loose = '';
  chars.forEach((char, i) => {
    if (IS_SPACE.test(char)) {
      if (IS_SPACE.test(chars[i - 1] ?? '')) return;
      exact += String.raw`\s+`;
      loose += String.raw`\s+`;
    } else if (char === '*') {
      exact += `${WORD}*`;
      loose += String.raw`\S*`;
    } else {
      exact += literalSource(char);
      loose += literalSource(char);
    }
  });
  const needsStart = needsBoundary(first);
  const needsEnd = needsBoundary(last);
  return {
    rule,
    pattern,
    loose: `${needsStart ? `(?<!${COMMON_WORD})` : ''}${loose}${needsEnd ? `(?!${COMMON_WORD})` : ''}`,
    exactSource: `${exact}${needsEnd ? END_OF_WORD : ''}`,
    exact: undefined,
    needsStart,
  };
}

// A pattern that begins or ends with punctuation already sits at a word edge there.
function needsBoundary(char: string): boolean {
  return char === '*' || (IS_WORD.test(char) && !IS_SPACELESS.test(char));
}

function literalSource(char: string): string {
  if (APOSTROPHES.includes(char)) return `[${APOSTROPHES}]`;
  // A decomposed ё (е + combining diaeresis) must match as well as the composed one.
  if ('её'.includes(char.toLowerCase())) return '[её]\\u0308?';
  return SYNTAX.includes(char) ? `\\${char}` : char;
}
