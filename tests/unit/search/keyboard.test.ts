import { describe, expect, it } from 'vitest';
import { navigate, opensSearch } from '../../../src/lib/search/query/keyboard.ts';

describe('opening the search from the keyboard', () => {
  it('opens on / when the reader is not typing in a field', () => {
    expect(opensSearch({ key: '/' }, false)).toBe(true);
  });

  it('leaves / alone while the reader types in a field', () => {
    expect(opensSearch({ key: '/' }, true)).toBe(false);
  });

  it('opens on Ctrl+K and Cmd+K', () => {
    expect(opensSearch({ key: 'k', ctrlKey: true }, false)).toBe(true);
    expect(opensSearch({ key: 'k', metaKey: true }, true)).toBe(true);
  });

  it('ignores K without a modifier and Ctrl+Shift+K', () => {
    expect(opensSearch({ key: 'k' }, false)).toBe(false);
    expect(opensSearch({ key: 'K', ctrlKey: true, shiftKey: true }, false)).toBe(false);
  });
});

describe('moving through results', () => {
  it('goes from the search box to the first result with the down arrow', () => {
    expect(navigate({ key: 'ArrowDown' }, -1, 3)).toEqual({ to: 0 });
  });

  it('stops at the last result', () => {
    expect(navigate({ key: 'ArrowDown' }, 2, 3)).toEqual({ to: 2 });
  });

  it('returns to the search box with the up arrow from the first result', () => {
    expect(navigate({ key: 'ArrowUp' }, 0, 3)).toEqual({ to: -1 });
  });

  it('jumps to the ends with Home and End on a result', () => {
    expect(navigate({ key: 'End' }, 0, 5)).toEqual({ to: 4 });
    expect(navigate({ key: 'Home' }, 3, 5)).toEqual({ to: 0 });
  });

  it('leaves Home and End to the search box while typing', () => {
    expect(navigate({ key: 'Home' }, -1, 5)).toBeUndefined();
  });

  it('copies with Ctrl+C or Cmd+C on a result', () => {
    expect(navigate({ key: 'c', ctrlKey: true }, 1, 3)).toEqual({ copy: true });
    expect(navigate({ key: 'c', metaKey: true }, 1, 3)).toEqual({ copy: true });
  });

  it('sends a typed character from a result back to the search box', () => {
    expect(navigate({ key: 'p' }, 1, 3)).toEqual({ type: true });
    expect(navigate({ key: 'Backspace' }, 1, 3)).toEqual({ type: true });
  });

  it('does nothing without results', () => {
    expect(navigate({ key: 'ArrowDown' }, -1, 0)).toBeUndefined();
  });
});
