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
  const taken = new Set<string>();
  return phrases.map((phrase, index) => {
    const base = `${prefix}-${slugify(phrase) || String(index + 1)}`;
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}
