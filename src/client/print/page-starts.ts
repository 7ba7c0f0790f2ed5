/**
 * Where the printed pages of one part of the book (the front matter, or a chapter) break. The part
 * is laid out with the print styles as one column per printed page (the page box is fixed in
 * print.css); the first box of every column after the first gets a forced page break, so a printed
 * page holds exactly what its column held and the page numbers read from the columns stay true.
 */

/** Class that forces a page break before an element (a column break while measuring). */
export const PAGE_START = 'print-page-start';

/** The block boxes among `elements` and their descendants, in document order: pages break between them. */
export function blockBoxes(elements: readonly Element[], view: Window): Element[] {
  return elements.flatMap((element) => [element, ...element.querySelectorAll('*')]).filter((element) => {
    const display = view.getComputedStyle(element).display;
    return display !== 'none' && display !== 'contents' && !display.startsWith('inline');
  });
}

/** Maps a box's fragments to the columns (from 1) of the book they lie in. */
function columnsOf(book: HTMLElement, view: Window): (rects: DOMRectList) => number[] {
  const box = book.getBoundingClientRect();
  const rtl = view.getComputedStyle(book).direction === 'rtl';
  return (rects) => [...rects].map((rect) => Math.floor(((rtl ? box.right - rect.right : rect.left - box.left) + 1) / box.width) + 1);
}

/**
 * The columns the boxes lie in, read from the layout only when asked and kept until a mark moves
 * them: a forced break moves nothing before the marked box but the ancestors it starts, so reads
 * before those stay valid.
 */
class Placements {
  readonly #boxes: readonly Element[];
  readonly #columns: (rects: DOMRectList) => number[];
  /** Per box: undefined until read; null when it has no box on the page. */
  #starts: (number | null | undefined)[] = [];
  #reaches: (Set<number> | undefined)[] = [];

  constructor(boxes: readonly Element[], columns: (rects: DOMRectList) => number[]) {
    this.#boxes = boxes;
    this.#columns = columns;
  }

  #read(index: number): void {
    if (this.#starts[index] !== undefined) return;
    const columns = this.#columns(this.#boxes[index]!.getClientRects());
    this.#starts[index] = columns.length === 0 ? null : Math.min(...columns);
    this.#reaches[index] = new Set(columns);
  }

  /** The column box `index` starts in, or null when it is not laid out. */
  start(index: number): number | null {
    this.#read(index);
    return this.#starts[index]!;
  }

  /** Whether box `index` has a fragment in `column`. */
  reaches(index: number, column: number): boolean {
    this.#read(index);
    return this.#reaches[index]!.has(column);
  }

  /** Forgets what was read of box `index` and every box after it. */
  forgetFrom(index: number): void {
    this.#starts.length = Math.min(this.#starts.length, index);
    this.#reaches.length = Math.min(this.#reaches.length, index);
  }
}

const isHeading = (element: Element | null): element is Element => element !== null && /^H[1-6]$/u.test(element.tagName);

/** The heading just before `element` (or before the boxes it opens) if it sits in the column before. */
function headingBefore(element: Element, book: HTMLElement, inColumnBefore: (element: Element) => boolean): Element | undefined {
  for (let node: Element | null = element; node && node !== book; node = node.parentElement) {
    const before = node.previousElementSibling;
    if (isHeading(before) && inColumnBefore(before)) return before;
    if (before) return undefined;
  }
  return undefined;
}

/**
 * The outermost element a break before `element` moves: a forced break before a first child is a
 * break before its parent too (it propagates up), so those ancestors may start in another column.
 */
function firstOfChain(element: Element, book: HTMLElement, boxes: ReadonlyMap<Element, number>): Element {
  let first = element;
  for (let node = element; node.parentElement && node.parentElement !== book; node = node.parentElement) {
    let before = node.previousElementSibling;
    while (before && !boxes.has(before)) before = before.previousElementSibling;
    if (before) break;
    first = node.parentElement;
  }
  return first;
}

/** How a measured part lies on its pages. */
export interface PartPages {
  /** How many pages the part fills. */
  pages: number;
  /** The page of the part (from 1) an element starts on; undefined when it is not laid out. */
  pageOf(element: Element): number | undefined;
}

/**
 * Marks where every page of the part after its first begins: the outermost box starting the column,
 * or, when a column only continues a box split from the one before, that box itself (it then moves
 * whole to the next page). A heading left at the foot of the column before goes over with what it
 * introduces. A mark can move everything after it (a forced break keeps the margins a natural one
 * drops) and the ancestors it starts, so after each mark the columns from there on are read again;
 * the columns before are final. Yields after each mark, the point where the work can pause.
 *
 * `boxes` are the part's block boxes in document order. In a flow of blocks a box never starts in
 * an earlier column than the box before it, which lets each column be found by reading forward.
 */
export function* markPageStarts(book: HTMLElement, part: readonly Element[], boxes: readonly Element[], view: Window): Generator<undefined, PartPages> {
  const columns = columnsOf(book, view);
  const placements = new Placements(boxes, columns);
  const indexOf = new Map(boxes.map((element, index) => [element, index]));
  const startOf = (element: Element) => {
    const index = indexOf.get(element);
    return index === undefined ? null : placements.start(index);
  };
  const avoidsBreakInside = new Map<Element, boolean>();
  const keptWhole = (element: Element) => {
    if (!avoidsBreakInside.has(element)) avoidsBreakInside.set(element, view.getComputedStyle(element).breakInside === 'avoid');
    return avoidsBreakInside.get(element)!;
  };
  const startsFrom = (index: number, column: number) => (placements.start(index) ?? -Infinity) >= column;

  let column = 2;
  // Boxes before `from` start before the column before this one: they can neither start it nor split into it.
  let from = 0;
  for (;;) {
    while (from < boxes.length && !startsFrom(from, column - 1)) from += 1;
    let next = from;
    while (next < boxes.length && !startsFrom(next, column)) next += 1;
    // No box starts in this column or later: the part ends in this column or the one before.
    if (next === boxes.length) break;
    let target: Element | undefined;
    if (placements.start(next) === column) target = boxes[next];
    else {
      // Nothing starts in this column: it continues boxes split from the column before.
      let split: number | undefined;
      let whole: number | undefined;
      for (let index = from; index < next; index += 1) {
        if (placements.start(index) !== column - 1 || !placements.reaches(index, column)) continue;
        split = index;
        if (keptWhole(boxes[index]!)) whole = index;
      }
      const chosen = whole ?? split;
      target = chosen === undefined ? undefined : boxes[chosen];
    }
    if (!target) {
      column += 1;
      continue;
    }
    const mark = headingBefore(target, book, (element) => startOf(element) === column - 1) ?? target;
    if (mark.classList.contains(PAGE_START)) {
      column += 1;
      continue;
    }
    mark.classList.add(PAGE_START);
    const moved = indexOf.get(firstOfChain(mark, book, indexOf)) ?? 0;
    placements.forgetFrom(moved);
    from = Math.min(from, moved);
    // This column is looked at again on the new layout: the mark must now start it.
    yield;
  }

  const firstPage = (element: Element) => {
    const pages = columns(element.getClientRects());
    return pages.length === 0 ? undefined : Math.min(...pages);
  };
  return {
    pages: Math.max(1, ...part.flatMap((element) => columns(element.getClientRects()))),
    pageOf: firstPage,
  };
}
