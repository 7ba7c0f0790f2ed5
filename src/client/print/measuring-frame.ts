import { NEW_SLICE, type StepEnd } from '../../lib/print/sliced-task.ts';

/**
 * A hidden copy of the book, laid out with the print styles, to measure where the printed pages
 * break without touching the page the reader sees. It lives in its own frame so that its root has
 * the printed font size (rem), its viewport is as wide as the paper (vw, width media queries), and
 * laying it out never relays out the page on screen: the work can then pause between slices.
 */

/** Class of the frame's root: the print layout as one column per page (see print.css). */
const MEASURING = 'print-measuring';
/** Class of the top-level parts of the book being measured; the rest is not laid out. */
const SHOWN = 'print-measure-part';

/** The measuring copy of a book. */
export interface MeasuringFrame {
  /** The copy of the book, inside the frame. */
  book: HTMLElement;
  /** The frame's window, for computed styles. */
  view: Window;
  /** The top-level elements of the copy in runs that start on a new page: front matter, then each chapter. */
  parts: Element[][];
  /** Lays out only `part` of the copy. */
  show(part: readonly Element[]): void;
  /** The element of the page's own book at the place of `copy` in the copy. */
  original(copy: Element): Element | undefined;
  /** Removes the frame. */
  close(): void;
}

/** The print media rules among `rules`, nested ones included. */
function printMediaRules(rules: CSSRuleList, found: CSSMediaRule[] = []): CSSMediaRule[] {
  for (const rule of rules) {
    // The copy's rules belong to the frame's window, so `instanceof` with this window's classes fails.
    if ('media' in rule && 'cssRules' in rule && /\bprint\b/u.test((rule as CSSMediaRule).media.mediaText)) found.push(rule as CSSMediaRule);
    if ('cssRules' in rule) printMediaRules((rule as CSSGroupingRule).cssRules, found);
  }
  return found;
}

/** The text of every style sheet of the page that can be read (all of ours; foreign ones cannot). */
function styleSheetTexts(): string[] {
  return [...document.styleSheets, ...document.adoptedStyleSheets].flatMap((sheet) => {
    if (sheet.disabled) return [];
    try {
      const text = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
      return [sheet.media.length > 0 ? `@media ${sheet.media.mediaText} {\n${text}\n}` : text];
    } catch {
      return [];
    }
  });
}

/**
 * Copies the page's styles into `frame`, with every print rule applied on screen too. Constructed
 * style sheets are used because the Content-Security-Policy refuses `<style>` elements.
 */
function copyStyles(frame: Document, view: Window & typeof globalThis): void {
  frame.adoptedStyleSheets = styleSheetTexts().map((text) => {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(text);
    for (const rule of printMediaRules(sheet.cssRules)) {
      for (const medium of [...rule.media]) rule.media.appendMedium(medium.replace(/\bprint\b/u, 'screen'));
    }
    return sheet;
  });
}

/**
 * Opens a measuring frame holding a copy of `book` (the `.print-book` of this page), in three steps:
 * the frame, its styles, the copy.
 */
export function* openMeasuringFrame(book: HTMLElement): Generator<StepEnd, MeasuringFrame> {
  const frame = document.createElement('iframe');
  frame.className = 'print-measure-frame';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.inert = true;
  document.body.append(frame);
  try {
    return yield* fillFrame(frame, book);
  } catch (error) {
    frame.remove();
    throw error;
  }
}

/** Writes the copy of `book`, with the page's styles, into `frame`. */
function* fillFrame(frame: HTMLIFrameElement, book: HTMLElement): Generator<StepEnd, MeasuringFrame> {
  const view = frame.contentWindow as Window & typeof globalThis;
  const copyDocument = frame.contentDocument!;
  // A frame starts as an empty document in quirks mode, which lays text out differently; a doctype
  // puts it in standards mode like the page.
  copyDocument.open();
  copyDocument.write('<!doctype html><html><head></head><body></body></html>');
  copyDocument.close();
  yield NEW_SLICE;
  copyStyles(copyDocument, view);
  yield NEW_SLICE;

  for (const { name, value } of document.documentElement.attributes) copyDocument.documentElement.setAttribute(name, value);
  copyDocument.documentElement.classList.add(MEASURING);
  for (const { name, value } of document.body.attributes) copyDocument.body.setAttribute(name, value);
  // The book's ancestors, without their other content, so selectors and inherited styles match.
  let parent: Element = copyDocument.body;
  const ancestors: Element[] = [];
  for (let node = book.parentElement; node && node !== document.body; node = node.parentElement) ancestors.unshift(node);
  for (const ancestor of ancestors) parent = parent.appendChild(copyDocument.importNode(ancestor, false));
  const copy = parent.appendChild(copyDocument.importNode(book, true)) as HTMLElement;

  const parts: Element[][] = [];
  for (const child of copy.children) {
    // Each chapter starts on a new page; everything before the first one is the front matter.
    if (parts.length === 0 || child.classList.contains('print-chapter')) parts.push([]);
    parts.at(-1)!.push(child);
  }
  const copies = [...copy.querySelectorAll('*')];
  const originals = [...book.querySelectorAll('*')];
  const indexOfCopy = new Map(copies.map((element, index) => [element, index]));
  let shown: readonly Element[] = [];

  return {
    book: copy,
    view,
    parts,
    show(part) {
      for (const element of shown) element.classList.remove(SHOWN);
      for (const element of part) element.classList.add(SHOWN);
      shown = part;
    },
    original(element) {
      // The book is static HTML with no script of its own, so the copy keeps the page's shape.
      const index = indexOfCopy.get(element);
      return index === undefined ? undefined : originals[index];
    },
    close: () => frame.remove(),
  };
}
