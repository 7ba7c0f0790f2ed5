/**
 * Turns a phrase into a readable anchor: letters and digits of any script, lowercased, joined by
 * hyphens; apostrophes vanish so "I'll try" becomes `ill-try`. Empty when the phrase has no letters.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’ʼ`]/gu, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** Anchors for a list of phrases, in order, each `<prefix>-<slug>`; repeats get `-2`, `-3`…, and phrases without letters their position. */
export function anchorIds(prefix: string, phrases: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return phrases.map((phrase, index) => {
    const base = `${prefix}-${slugify(phrase) || String(index + 1)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}
