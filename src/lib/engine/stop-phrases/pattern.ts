import { isDiaeresis, isSpace, isWordChar, isSpaceless, literal, type CharTest } from './char-classes.ts';

/**
 * One step of a pattern: a character read once (`one`), a run of characters of a set, none
 * included (`loop`), or one character that may be missing (`optional`).
 */
export interface PatternStep {
  kind: 'one' | 'loop' | 'optional';
  test: CharTest;
}

/** A pattern read into steps, with the word edges it needs at either end. */
export interface ParsedPattern {
  steps: PatternStep[];
  /** The character before a match must not continue a word. */
  needsStart: boolean;
  /** The character after a match must not continue a word. */
  needsEnd: boolean;
}

/** The longest pattern accepted, in characters: a wording of a few words, not a paragraph. */
export const MAX_PATTERN_LENGTH = 120;

/** Why a pattern cannot be used: it could match empty text, or it is longer than a wording is. */
export type PatternProblem = 'empty' | 'too-long';

const isStarOrSpace = (char: string) => char === '*' || isSpace(char.codePointAt(0)!);

/** What is wrong with a pattern, if anything. */
export function patternProblem(pattern: string): PatternProblem | undefined {
  const chars = [...pattern.normalize('NFC').trim()];
  if (chars.every(isStarOrSpace)) return 'empty';
  if (chars.length > MAX_PATTERN_LENGTH) return 'too-long';
  return undefined;
}

/**
 * Reads a pattern of the stop-phrase list: `*` is any run of letters, digits or marks inside one
 * word, any run of whitespace matches any run of whitespace, every other character stands for
 * itself (see `literal`). Assumes `patternProblem` found nothing wrong.
 */
export function parsePattern(pattern: string): ParsedPattern {
  const chars = [...pattern.normalize('NFC').trim()];
  const steps: PatternStep[] = [];
  chars.forEach((char, i) => {
    const previous = chars[i - 1];
    if (isSpace(char.codePointAt(0)!)) {
      if (previous !== undefined && isSpace(previous.codePointAt(0)!)) return;
      steps.push({ kind: 'one', test: isSpace }, { kind: 'loop', test: isSpace });
    } else if (char === '*') {
      // `**` means no more than `*`.
      if (previous !== '*') steps.push({ kind: 'loop', test: isWordChar });
    } else {
      steps.push({ kind: 'one', test: literal(char) });
      // A decomposed ё (е + combining diaeresis) must match as well as the composed one.
      if ('её'.includes(char.toLowerCase())) steps.push({ kind: 'optional', test: isDiaeresis });
    }
  });
  return { steps, needsStart: needsEdge(chars[0]!), needsEnd: needsEdge(chars[chars.length - 1]!) };
}

// A pattern that begins or ends with punctuation already sits at a word edge there.
function needsEdge(char: string): boolean {
  const codePoint = char.codePointAt(0)!;
  return char === '*' || (isWordChar(codePoint) && !isSpaceless(codePoint));
}
