/**
 * Sets of characters the stop-phrase matcher reads text with, one code point at a time. Each
 * answer is remembered per code point, so a text costs one regular-expression test per distinct
 * character, never one per character; the expressions match a single character and cannot
 * backtrack.
 */

/** Whether a code point belongs to a set. */
export type CharTest = (codePoint: number) => boolean;

// Most text is in scripts below U+3000 (Latin, Cyrillic, Greek, Hebrew, Arabic…): those answers
// sit in a flat table (0 unknown, 1 no, 2 yes); the rest in a map.
const TABLE_SIZE = 0x3000;

function remembered(pattern: RegExp): CharTest {
  const table = new Uint8Array(TABLE_SIZE);
  const rest = new Map<number, boolean>();
  return (codePoint) => {
    if (codePoint < TABLE_SIZE) {
      const known = table[codePoint]!;
      if (known !== 0) return known === 2;
      const answer = pattern.test(String.fromCodePoint(codePoint));
      table[codePoint] = answer ? 2 : 1;
      return answer;
    }
    let answer = rest.get(codePoint);
    if (answer === undefined) {
      answer = pattern.test(String.fromCodePoint(codePoint));
      rest.set(codePoint, answer);
    }
    return answer;
  };
}

/** Letters, digits and marks: what a word is made of, and what `*` stands for. */
export const isWordChar = remembered(/^[\p{L}\p{N}\p{M}]$/u);

// Script_Extensions rather than Script, so that marks shared between scripts (the Japanese
// prolonged sound mark ー, iteration marks) count as part of the script they are used in.
/** Characters of scripts written without spaces between words (Chinese, Japanese, Korean, Thai, Lao, Khmer, Myanmar). */
export const isSpaceless = remembered(/^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]$/u);

/** Any whitespace, line breaks included. */
export const isSpace = remembered(/^\s$/u);

/** U+0308 COMBINING DIAERESIS, with which a decomposed ё is written. */
export const isDiaeresis: CharTest = (codePoint) => codePoint === 0x308;

const APOSTROPHES = "'’ʼ‘";
const SYNTAX = '\\^$.+?()[]{}|/';
const literals = new Map<string, CharTest>();

/**
 * The characters a pattern character stands for: itself in any letter case (by the same Unicode
 * case folding as regular expressions), any apostrophe for an apostrophe, е or ё for either.
 */
export function literal(char: string): CharTest {
  let test = literals.get(char);
  if (!test) {
    const source = APOSTROPHES.includes(char) ? `[${APOSTROPHES}]` : 'её'.includes(char.toLowerCase()) ? '[её]' : SYNTAX.includes(char) ? `\\${char}` : char;
    test = remembered(new RegExp(`^${source}$`, 'iu'));
    literals.set(char, test);
  }
  return test;
}

/** Whether a word may start or end next to this character: it is not part of a word, or it is of a script without spaces. */
export function isWordEdge(codePoint: number | undefined): boolean {
  return codePoint === undefined || !isWordChar(codePoint) || isSpaceless(codePoint);
}
