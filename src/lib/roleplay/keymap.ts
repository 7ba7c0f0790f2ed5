import { RATINGS, type Phase, type Rating } from './play-state.ts';

/** What a key press asks the viewer to do. */
export type KeyAction =
  | { type: 'advance' }
  | { type: 'choose'; index: number }
  | { type: 'rate'; rating: Rating }
  | { type: 'back' }
  | { type: 'restart' };

/** The key press, reduced to what decides its meaning. */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
  /** Where focus is: a text field (keys type there), a button or link (Space/Enter press it), or elsewhere. */
  target: 'text' | 'control' | 'other';
}

/**
 * Maps a key to a viewer action, or null to leave the key to the browser: typing in the practice box
 * (except Enter, which reveals the line), pressing a focused button, and shortcuts with Alt, Ctrl or
 * Cmd stay untouched.
 */
export function keyAction(press: KeyPress, phase: Phase): KeyAction | null {
  const { key, target } = press;
  const modified = press.ctrlKey || press.metaKey;
  if (target === 'text') {
    // Enter in the practice box reveals the line, as sending does in a chat; Shift+Enter breaks the line.
    return key === 'Enter' && !press.shiftKey && !press.altKey && phase === 'your-turn' ? { type: 'advance' } : null;
  }
  if (modified || press.altKey) return null;
  if (key === 'Escape') return { type: 'restart' };
  if (key === 'Backspace') return { type: 'back' };
  if ((key === ' ' || key === 'Enter') && target === 'other') {
    return phase === 'continue' || phase === 'your-turn' ? { type: 'advance' } : null;
  }
  if (/^[1-9]$/.test(key)) {
    const index = Number(key) - 1;
    if (phase === 'choose') return { type: 'choose', index };
    const rating = RATINGS[index];
    if (phase === 'rate' && rating) return { type: 'rate', rating };
  }
  return null;
}
