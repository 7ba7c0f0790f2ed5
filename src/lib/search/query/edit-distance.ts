/**
 * Edit distances for correcting a slip of the finger: a letter left out, one too many, one
 * wrong, or two swapped (each one edit: the optimal string alignment distance). Letters are
 * compared as UTF-16 code units, which is exact for every letter of the Basic Multilingual Plane
 * (all alphabets written with spaces); the work stops as soon as the distance must exceed `max`.
 */

// Three rows of the table, reused: a correction compares one word with thousands.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** The number of edits from `a` to `b`, or `max + 1` when it is more than `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  return distance(a, b, max, false);
}

/** The fewest edits from `a` to the start of `b` (any prefix of it), or `max + 1` when more than `max`: how far a half-typed word is from a word. */
export function prefixDistance(a: string, b: string, max: number): number {
  if (b.length < a.length - max) return max + 1;
  return distance(a, b, max, true);
}

function distance(a: string, b: string, max: number, prefixOfB: boolean): number {
  if (rows[0]!.length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2 + 1));
  // Row i holds the distances from a[0..i) to every b[0..j).
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowBest = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && before[j - 2]! + 1 < value) value = before[j - 2]! + 1;
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  let result = previous[b.length]!;
  if (prefixOfB) for (let j = 0; j < b.length; j += 1) result = Math.min(result, previous[j]!);
  return Math.min(result, max + 1);
}
