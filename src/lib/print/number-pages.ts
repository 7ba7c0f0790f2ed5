/** One part of a printed book that starts on a new page, as laid out one column per page. */
export interface LaidOutPart {
  /** How many pages (columns) the part fills. */
  pages: number;
  /** The page of the part (from 1) on which each target starts, by target id. */
  starts: ReadonlyMap<string, number>;
}

/** The page of the whole book on which each target starts: parts follow each other from page 1. */
export function numberPages(parts: readonly LaidOutPart[]): Map<string, number> {
  const numbers = new Map<string, number>();
  let before = 0;
  for (const part of parts) {
    for (const [target, page] of part.starts) numbers.set(target, before + page);
    before += part.pages;
  }
  return numbers;
}
