import { describe, expect, it } from 'vitest';
import { keyAction } from '../../../src/lib/roleplay/keymap.ts';

describe('keyAction', () => {
  it('advances on Space and Enter when focus is not on a button', () => {
    expect(keyAction({ key: ' ', target: 'other' }, 'continue')).toEqual({ type: 'advance' });
    expect(keyAction({ key: 'Enter', target: 'other' }, 'your-turn')).toEqual({ type: 'advance' });
  });

  it('leaves Space and Enter to a focused button, which presses it', () => {
    expect(keyAction({ key: ' ', target: 'control' }, 'continue')).toBeNull();
    expect(keyAction({ key: 'Enter', target: 'control' }, 'continue')).toBeNull();
  });

  it('does not advance past a choice or an unrated line', () => {
    expect(keyAction({ key: ' ', target: 'other' }, 'choose')).toBeNull();
    expect(keyAction({ key: ' ', target: 'other' }, 'rate')).toBeNull();
  });

  it('picks an option with its digit at a choice point', () => {
    expect(keyAction({ key: '2', target: 'other' }, 'choose')).toEqual({ type: 'choose', index: 1 });
    expect(keyAction({ key: '1', target: 'control' }, 'choose')).toEqual({ type: 'choose', index: 0 });
  });

  it('rates a revealed line with 1, 2 or 3', () => {
    expect(keyAction({ key: '1', target: 'other' }, 'rate')).toEqual({ type: 'rate', rating: 'nailed' });
    expect(keyAction({ key: '2', target: 'other' }, 'rate')).toEqual({ type: 'rate', rating: 'close' });
    expect(keyAction({ key: '3', target: 'other' }, 'rate')).toEqual({ type: 'rate', rating: 'missed' });
    expect(keyAction({ key: '4', target: 'other' }, 'rate')).toBeNull();
  });

  it('steps back on Backspace and restarts on Escape', () => {
    expect(keyAction({ key: 'Backspace', target: 'control' }, 'choose')).toEqual({ type: 'back' });
    expect(keyAction({ key: 'Escape', target: 'other' }, 'end')).toEqual({ type: 'restart' });
  });

  it('leaves typing keys to the practice box', () => {
    for (const key of [' ', 'Backspace', 'Escape', '1']) expect(keyAction({ key, target: 'text' }, 'your-turn')).toBeNull();
  });

  it('reveals the line on Enter in the practice box, with or without Ctrl or Cmd', () => {
    expect(keyAction({ key: 'Enter', target: 'text' }, 'your-turn')).toEqual({ type: 'advance' });
    expect(keyAction({ key: 'Enter', ctrlKey: true, target: 'text' }, 'your-turn')).toEqual({ type: 'advance' });
    expect(keyAction({ key: 'Enter', metaKey: true, target: 'text' }, 'your-turn')).toEqual({ type: 'advance' });
  });

  it('leaves Shift+Enter to the practice box, to break a line', () => {
    expect(keyAction({ key: 'Enter', shiftKey: true, target: 'text' }, 'your-turn')).toBeNull();
  });

  it('leaves browser shortcuts with Alt, Ctrl or Cmd alone', () => {
    expect(keyAction({ key: 'Backspace', altKey: true, target: 'other' }, 'continue')).toBeNull();
    expect(keyAction({ key: '1', ctrlKey: true, target: 'other' }, 'choose')).toBeNull();
  });
});
