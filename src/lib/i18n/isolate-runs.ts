/** A piece of content text: plain, or a run that reads left to right whatever the page's direction. */
export type TextRun = { text: string } | { ltr: string };

// Phone numbers, account and order numbers: digits with spaces, dots, slashes, dashes or brackets
// between them, optionally after a +. In a right-to-left paragraph the bidi algorithm would order
// their groups right to left ("+972 3-555-0142" shows as "0142-555-3 972+"), so they are isolated.
const NUMBER_RUN = /\+?\d[\d\u00a0 ().\/-]{5,}\d/gu;

/** Splits a text so that number runs such as phone numbers can be shown left to right in a right-to-left page. */
export function ltrRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let from = 0;
  for (const match of text.matchAll(NUMBER_RUN)) {
    if (match.index > from) runs.push({ text: text.slice(from, match.index) });
    runs.push({ ltr: match[0] });
    from = match.index + match[0].length;
  }
  if (from < text.length || runs.length === 0) runs.push({ text: text.slice(from) });
  return runs;
}
