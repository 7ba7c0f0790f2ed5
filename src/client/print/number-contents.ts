/**
 * Page numbers for the contents of the printed book. Browsers print `counter(page)` in page margins
 * but not `target-counter()`, so the page works the numbers out itself: it lays a hidden copy of
 * the book out with the print styles, one column per printed page (measuring-frame.ts,
 * page-starts.ts), reads the column each chapter and entry starts in, and makes the printed pages
 * break exactly where the columns do.
 *
 * This is done ahead, in slices while the page is idle after loading, so the print dialog opens at
 * once; a reader who prints sooner waits only for what is left.
 */
import { numberPages, type LaidOutPart } from '../../lib/print/number-pages.ts';
import { NEW_SLICE, runInSlices, type Scheduler, type SlicedTask, type StepEnd } from '../../lib/print/sliced-task.ts';
import { openMeasuringFrame, type MeasuringFrame } from './measuring-frame.ts';
import { blockBoxes, markPageStarts, PAGE_START } from './page-starts.ts';

const SLOTS = '.toc-page[data-target]';

/** What the work found: the page number of each contents line, and where the pages break. */
interface Numbering {
  numbers: Map<string, number>;
  /** Elements of the page's book that start a printed page. */
  pageStarts: Element[];
}

/** Lays out one part in the frame, marks its page starts and finds the page of each contents target in it. */
function* measurePart(frame: MeasuringFrame, part: readonly Element[], targets: readonly string[]): Generator<StepEnd, LaidOutPart> {
  // Styling the part, then laying it out, are the largest steps of the work: each gets a slice.
  yield NEW_SLICE;
  for (const element of part) for (const marked of element.querySelectorAll(`.${PAGE_START}`)) marked.classList.remove(PAGE_START);
  frame.show(part);
  const boxes = blockBoxes(part, frame.view);
  yield NEW_SLICE;
  const laidOut = yield* markPageStarts(frame.book, part, boxes, frame.view);
  const starts = new Map<string, number>();
  for (const target of targets) {
    const element = frame.book.ownerDocument.getElementById(target);
    const page = element && part.some((top) => top.contains(element)) ? laidOut.pageOf(element) : undefined;
    if (page !== undefined) starts.set(target, page);
  }
  return { pages: laidOut.pages, starts };
}

/** The whole work, in steps: measure every part, number the contents, check the front matter still fits. */
function* workOutNumbers(book: HTMLElement): Generator<StepEnd, Numbering> {
  const frame = yield* openMeasuringFrame(book);
  try {
    const slots = [...frame.book.querySelectorAll<HTMLElement>(SLOTS)];
    const targets = slots.map((slot) => slot.dataset.target!);
    const parts: LaidOutPart[] = [];
    for (const part of frame.parts) parts.push(yield* measurePart(frame, part, targets));
    let numbers = numberPages(parts);
    // The numbers are written into the contents, which is laid out again to prove they moved
    // nothing (their boxes are as wide as any number, so they never should).
    for (let pass = 0; pass < 3; pass += 1) {
      for (const slot of slots) slot.textContent = String(numbers.get(slot.dataset.target!) ?? '');
      const front = yield* measurePart(frame, frame.parts[0]!, targets);
      if (front.pages === parts[0]!.pages) break;
      parts[0] = front;
      numbers = numberPages(parts);
    }
    const pageStarts = [...frame.book.querySelectorAll(`.${PAGE_START}`)].flatMap((copy) => frame.original(copy) ?? []);
    return { numbers, pageStarts };
  } finally {
    frame.close();
  }
}

/** Puts the numbers into the page's contents and the page breaks into its book. */
function apply(book: HTMLElement, { numbers, pageStarts }: Numbering): void {
  for (const element of book.querySelectorAll(`.${PAGE_START}`)) element.classList.remove(PAGE_START);
  for (const element of pageStarts) element.classList.add(PAGE_START);
  for (const slot of book.querySelectorAll<HTMLElement>(SLOTS)) slot.textContent = String(numbers.get(slot.dataset.target!) ?? '');
}

/** The longest a slice goes on taking steps; a step itself takes a few milliseconds. */
const SLICE_MS = 20;

/** Slices while the browser is idle (as long as it offers, up to SLICE_MS); after a short wait if it never is. */
const whenIdle: Scheduler = (slice) => {
  if ('requestIdleCallback' in window) requestIdleCallback((deadline) => slice(deadline.didTimeout ? SLICE_MS : Math.min(deadline.timeRemaining(), SLICE_MS)), { timeout: 250 });
  else setTimeout(() => slice(SLICE_MS), 0);
};

/**
 * Numbers the contents of the printed book once the page has loaded and the browser is idle, and
 * makes sure they are there whenever the page is printed (or saved as PDF).
 */
export function numberContentsAhead(): void {
  const book = document.querySelector<HTMLElement>('.print-book');
  if (!book || !book.querySelector(SLOTS)) return;
  let task: SlicedTask<Numbering> | undefined;
  const start = () =>
    (task ??= runInSlices(workOutNumbers(book), {
      schedule: whenIdle,
      now: () => performance.now(),
      onDone: (numbering, cost) => {
        apply(book, numbering);
        document.documentElement.dataset.printNumbered = String(Math.round(cost.workMs));
      },
    }));
  addEventListener('beforeprint', () => start().finish());
  const afterLoad = () => void document.fonts.ready.then(start);
  if (document.readyState === 'complete') afterLoad();
  else addEventListener('load', afterLoad, { once: true });
}
