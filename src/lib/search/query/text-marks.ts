import type { Segment } from './result-view.ts';

/*
 * Marks for text written without spaces (Chinese, Japanese, Thai): Pagefind splits such text
 * into words by its own dictionary, so the words it reports do not line up with anything the
 * page can count; the query's own characters are marked where they occur instead.
 */

/** Where any of `needles` occurs in `text`, ignoring letter case; non-overlapping, in order. */
export function occurrences(text: string, needles: readonly string[]): [number, number][] {
  const lower = text.toLowerCase();
  const found: [number, number][] = [];
  // Lowering letter case keeps the length of text in scripts without spaces; elsewhere nothing is marked rather than the wrong letters.
  if (lower.length !== text.length) return found;
  for (let at = 0; at < lower.length; ) {
    let hit: [number, number] | undefined;
    for (const needle of needles) {
      const index = lower.indexOf(needle.toLowerCase(), at);
      if (index !== -1 && needle !== '' && (hit === undefined || index < hit[0] || (index === hit[0] && index + needle.length > hit[1]))) hit = [index, index + needle.length];
    }
    if (!hit) break;
    found.push(hit);
    at = hit[1];
  }
  return found;
}

/** Splits a text into pieces, marking where any of `needles` occurs: for scripts without spaces, where words are not separated. */
export function textSegments(text: string, needles: readonly string[]): Segment[] {
  const result: Segment[] = [];
  let at = 0;
  for (const [start, end] of occurrences(text, needles)) {
    if (start > at) result.push({ text: text.slice(at, start), mark: false });
    result.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) result.push({ text: text.slice(at), mark: false });
  return result;
}
