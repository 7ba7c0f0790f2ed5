/** The parts of a keydown event that decide what the search does with it. */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

/**
 * Whether a key press opens the search: `/` when the reader is not typing somewhere, or
 * Ctrl+K / Cmd+K, which types nothing, from anywhere except the search box itself.
 */
export function opensSearch(press: KeyPress, typingInField: boolean): boolean {
  if (press.key === '/' && !press.ctrlKey && !press.metaKey && !press.altKey) return !typingInField;
  return (press.key === 'k' || press.key === 'K') && (press.ctrlKey === true || press.metaKey === true) && !press.altKey && !press.shiftKey;
}

/** What a key does to the focused result: -1 is the search box, 0… the results. */
export type NavigationMove = { to: number } | { copy: true } | { type: true } | undefined;

/**
 * Moves through the results with the arrow keys (Home and End on a result jump to the ends;
 * up from the first result returns to the box). On a result, Ctrl/Cmd+C copies its phrase and
 * any character key goes back to typing the query.
 */
export function navigate(press: KeyPress, current: number, count: number): NavigationMove {
  if (count === 0) return undefined;
  if (press.key === 'ArrowDown') return { to: Math.min(current + 1, count - 1) };
  if (press.key === 'ArrowUp') return current === -1 ? undefined : { to: current - 1 };
  if (current === -1) return undefined;
  if (press.key === 'Home') return { to: 0 };
  if (press.key === 'End') return { to: count - 1 };
  if ((press.key === 'c' || press.key === 'C') && (press.ctrlKey || press.metaKey) && !press.altKey) return { copy: true };
  if (press.key === 'Backspace' || (press.key.length === 1 && !press.ctrlKey && !press.metaKey && !press.altKey && press.key !== ' ')) return { type: true };
  return undefined;
}
