/**
 * Page numbers for the contents of the printed book. Browsers print `counter(page)` in page margins
 * but not `target-counter()`, so just before printing the book is laid out once more with the print
 * styles, as one column per printed page (the page box is fixed in print.css), and the column each
 * chapter and entry starts in is its page number.
 *
 * Text can wrap a little differently on paper than on screen, so the columns are a few millimetres
 * shorter than the page, and the printed pages are made to break exactly where the columns do: the
 * first box of every column gets a forced page break. A page then holds what its column held, with
 * room to spare, and the numbers stay true.
 */

const MEASURING = 'print-measuring';
const PAGE_START = 'print-page-start';

/** The print-only media rules of the page's style sheets, nested ones included. */
function printMediaRules(rules: CSSRuleList, found: CSSMediaRule[] = []): CSSMediaRule[] {
  for (const rule of rules) {
    if (rule instanceof CSSMediaRule && /\bprint\b/u.test(rule.media.mediaText)) found.push(rule);
    if ('cssRules' in rule) printMediaRules((rule as CSSGroupingRule).cssRules, found);
  }
  return found;
}

/** Runs `measure` with the print styles applied on screen, then puts the screen styles back. */
function withPrintStyles<T>(measure: () => T): T {
  const rules = [...document.styleSheets].flatMap((sheet) => {
    try {
      return printMediaRules(sheet.cssRules);
    } catch {
      return []; // A style sheet from another origin cannot be read; ours never are.
    }
  });
  const added: [CSSMediaRule, string][] = [];
  for (const rule of rules) {
    for (const medium of [...rule.media]) {
      const onScreen = medium.replace(/\bprint\b/u, 'screen');
      rule.media.appendMedium(onScreen);
      added.push([rule, onScreen]);
    }
  }
  document.documentElement.classList.add(MEASURING);
  try {
    return measure();
  } finally {
    document.documentElement.classList.remove(MEASURING);
    for (const [rule, medium] of added) rule.media.deleteMedium(medium);
  }
}

/** Where a box of the measured book lies: the column it starts in and the columns it reaches. */
interface Placed {
  element: Element;
  start: number;
  columns: Set<number>;
}

/** Which column (from 1) of the measured book each block box starts in and reaches, in document order. */
function placeBoxes(book: HTMLElement, boxes: readonly Element[]): { placed: Placed[]; columnOf: (element: Element) => number } {
  const box = book.getBoundingClientRect();
  const rtl = getComputedStyle(book).direction === 'rtl';
  const column = (rect: DOMRect) => Math.floor(((rtl ? box.right - rect.right : rect.left - box.left) + 1) / box.width) + 1;
  const columnOf = (element: Element) => column(element.getBoundingClientRect());
  const placed: Placed[] = [];
  for (const element of boxes) {
    const rects = [...element.getClientRects()];
    if (rects.length === 0) continue;
    placed.push({ element, start: columnOf(element), columns: new Set(rects.map(column)) });
  }
  return { placed, columnOf };
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
 * Marks where every column after the first begins, so the printed page breaks there too: the
 * outermost box starting the column, or, when a column only continues a box split from the one
 * before, that box itself (it then moves whole to the next page). A heading left at the foot of the
 * column before goes over with what it introduces. A new mark can change the layout after it, so
 * the columns are placed again after each one.
 */
function markPageStarts(book: HTMLElement): (element: Element) => number {
  // Which elements are blocks does not change while marking; only where they land does.
  const boxes = [...book.querySelectorAll('*')].filter((element) => {
    const display = getComputedStyle(element).display;
    return display !== 'none' && display !== 'contents' && !display.startsWith('inline');
  });
  for (let guard = 0; guard < 400; guard += 1) {
    const { placed, columnOf } = placeBoxes(book, boxes);
    const last = Math.max(1, ...placed.map((p) => p.start));
    const startOf = new Map(placed.map((p) => [p.element, p.start]));
    let moved = false;
    for (let column = 2; column <= last && !moved; column += 1) {
      const first = placed.find((p) => p.start === column && (p.element.parentElement === book || (startOf.get(p.element.parentElement!) ?? 0) < column));
      let target: Element | undefined = first?.element;
      if (!target) {
        const split = placed.filter((p) => p.start === column - 1 && p.columns.has(column));
        target = (split.findLast((p) => getComputedStyle(p.element).breakInside === 'avoid') ?? split.at(-1))?.element;
      }
      if (!target) continue;
      target = headingBefore(target, book, (element) => startOf.get(element) === column - 1) ?? target;
      // A forced break keeps the margins a natural one drops, so any new mark can move what follows.
      moved = !target.classList.contains(PAGE_START);
      target.classList.add(PAGE_START);
    }
    if (!moved) return columnOf;
  }
  return placeBoxes(book, boxes).columnOf;
}

/** Writes the page number of every contents line whose target exists; returns whether anything changed. */
export function numberContents(root: ParentNode = document): boolean {
  const book = root.querySelector<HTMLElement>('.print-book');
  const slots = [...root.querySelectorAll<HTMLElement>('.toc-page[data-target]')];
  const targets = slots.map((slot) => document.getElementById(slot.dataset.target ?? ''));
  if (!book || slots.length === 0) return false;
  let changed = false;
  // Filling in numbers can move what follows (a longer contents); measuring again settles it.
  for (let pass = 0; pass < 3; pass += 1) {
    for (const element of book.querySelectorAll(`.${PAGE_START}`)) element.classList.remove(PAGE_START);
    const found = slots.flatMap((slot, i) => (targets[i] ? [{ slot, target: targets[i] }] : []));
    const pages = withPrintStyles(() => {
      const columnOf = markPageStarts(book);
      return found.map(({ target }) => columnOf(target));
    });
    let moved = false;
    found.forEach(({ slot }, i) => {
      const text = String(pages[i]);
      if (slot.textContent === text) return;
      slot.textContent = text;
      moved = changed = true;
    });
    if (!moved) break;
  }
  return changed;
}

/** Fills in the contents' page numbers whenever the page is about to be printed (or saved as PDF). */
export function numberContentsBeforePrint(): void {
  addEventListener('beforeprint', () => {
    const started = performance.now();
    numberContents();
    document.documentElement.dataset.printNumbered = String(Math.round(performance.now() - started));
  });
}
