/** Edit distance between two words (insertions, deletions and substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known name an author probably meant by a misspelt one, allowing about one slip per three
 * letters and at least `fewestSlips` for a short name.
 */
export function closestName(name: string, known: readonly string[], fewestSlips = 2): string | undefined {
  // Very long input is never a slip worth suggesting for, and would make the distance slow.
  if (name.length > 64) return undefined;
  let best: string | undefined;
  let bestDistance = Math.max(fewestSlips, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    if (Math.abs(candidate.length - name.length) >= bestDistance) continue;
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}
