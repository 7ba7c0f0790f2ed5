/**
 * Hides code and comments from prose checks. Code shows what to type, not what to say, and a
 * comment is a note to editors; neither is a stop phrase. Masked characters become spaces and
 * everything else (line breaks included) keeps its offset, so match offsets and line numbers
 * found in the masked text hold for the original.
 *
 * Delimiters (backticks, fence markers, `<!--`, `-->`, `{/*`, `*\/}`) are kept on purpose: they
 * keep the words on either side of a masked span apart, so they never read as one phrase.
 */

type Range = readonly [start: number, end: number];

const FENCE_OPEN = /([ \t]*)(`{3,}|~{3,})([^\n]*)/y;
const MDX_COMMENT_OPEN = /\{\s*\/\*/y;
const BLANK_LINE = /[ \t]*\r?(?:\n|$)/y;

/** Returns the text with the insides of code spans, fenced code blocks and comments blanked out. */
export function maskCode(markdown: string): string {
  const ranges: Range[] = [];
  let pos = 0;
  while (pos < markdown.length) {
    if (isLineStart(markdown, pos)) {
      const fence = fencedBlock(markdown, pos);
      if (fence !== undefined) {
        ranges.push(fence.masked);
        pos = fence.end;
        continue;
      }
    }
    const char = markdown[pos];
    if (char === '\\') {
      // An escaped backtick or `<` is literal text and opens nothing.
      pos += 2;
    } else if (char === '`') {
      pos = codeSpan(markdown, pos, ranges);
    } else if (markdown.startsWith('<!--', pos)) {
      pos = comment(markdown, pos + 4, '-->', ranges);
    } else if (matchesAt(MDX_COMMENT_OPEN, markdown, pos)) {
      pos = comment(markdown, MDX_COMMENT_OPEN.lastIndex, '*/', ranges);
    } else {
      pos += 1;
    }
  }
  return blank(markdown, ranges);
}

function isLineStart(text: string, pos: number): boolean {
  return pos === 0 || text[pos - 1] === '\n';
}

function matchesAt(pattern: RegExp, text: string, pos: number): boolean {
  pattern.lastIndex = pos;
  return pattern.test(text);
}

// Fences are accepted at any indentation, not only up to three spaces as CommonMark says, so
// that code inside list items is masked too.
function fenceOpening(text: string, lineStart: number): RegExpExecArray | undefined {
  FENCE_OPEN.lastIndex = lineStart;
  const open = FENCE_OPEN.exec(text);
  // A backtick in the info string means the line is inline code, not a fence.
  if (open === null || (open[2]?.startsWith('`') && open[3]?.includes('`'))) return undefined;
  return open;
}

// An unclosed fence runs to the end of the text, as in CommonMark.
function fencedBlock(text: string, lineStart: number): { masked: Range; end: number } | undefined {
  const open = fenceOpening(text, lineStart);
  if (open === undefined) return undefined;
  const [line, indent = '', marker = ''] = open;
  const maskFrom = lineStart + indent.length + marker.length;
  const closing = new RegExp(String.raw`^[ \t]*${marker[0]}{${marker.length},}[ \t]*\r?$`, 'gm');
  closing.lastIndex = lineStart + line.length;
  const close = closing.exec(text);
  if (close === null) return { masked: [maskFrom, text.length], end: text.length };
  return { masked: [maskFrom, close.index], end: close.index + close[0].length };
}

// Per CommonMark, a run of N backticks is closed only by the next run of exactly N backticks
// in the same paragraph; without one, the run is literal text.
function codeSpan(text: string, pos: number, ranges: Range[]): number {
  const contentStart = runEnd(text, pos);
  const size = contentStart - pos;
  const limit = paragraphEnd(text, contentStart);
  let at = contentStart;
  while (at < limit) {
    if (text[at] !== '`') {
      at += 1;
      continue;
    }
    const end = runEnd(text, at);
    if (end - at === size) {
      ranges.push([contentStart, at]);
      return end;
    }
    at = end;
  }
  return contentStart;
}

function runEnd(text: string, pos: number): number {
  let end = pos;
  while (text[end] === '`') end += 1;
  return end;
}

// A paragraph ends at a blank line or where a fenced code block opens.
function paragraphEnd(text: string, from: number): number {
  let lineStart = text.indexOf('\n', from) + 1;
  while (lineStart > 0 && lineStart < text.length) {
    if (matchesAt(BLANK_LINE, text, lineStart) || fenceOpening(text, lineStart) !== undefined) return lineStart;
    lineStart = text.indexOf('\n', lineStart) + 1;
  }
  return text.length;
}

// An unclosed comment runs to the end of the text, as an HTML comment block does in CommonMark.
function comment(text: string, contentStart: number, close: string, ranges: Range[]): number {
  const closeAt = text.indexOf(close, contentStart);
  const end = closeAt === -1 ? text.length : closeAt;
  ranges.push([contentStart, end]);
  return closeAt === -1 ? text.length : closeAt + close.length;
}

function blank(text: string, ranges: readonly Range[]): string {
  let result = '';
  let kept = 0;
  for (const [start, end] of ranges) {
    // Without the `u` flag a character class matches single UTF-16 code units, so lengths hold.
    result += text.slice(kept, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    kept = end;
  }
  return result + text.slice(kept);
}
