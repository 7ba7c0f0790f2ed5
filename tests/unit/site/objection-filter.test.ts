import { describe, expect, it } from 'vitest';
import {
  emptySelection,
  isEmptySelection,
  matchesSelection,
  selectionFromQuery,
  selectionToQuery,
  toggleValue,
} from '../../../src/lib/handbook/objection-filter.ts';

const tooExpensive = { category: 'price', stages: ['presentation', 'agreement'], channels: ['phone', 'email'] };
const notNow = { category: 'timing', stages: ['opening'], channels: ['phone'] };

describe('matchesSelection', () => {
  it('shows everything when nothing is chosen', () => {
    expect(matchesSelection(tooExpensive, emptySelection())).toBe(true);
  });

  it('shows an objection matching any chosen value of a facet', () => {
    const selection = { ...emptySelection(), category: ['timing', 'price'] };
    expect(matchesSelection(tooExpensive, selection)).toBe(true);
    expect(matchesSelection(notNow, selection)).toBe(true);
  });

  it('requires every facet with a choice to match', () => {
    const selection = { ...emptySelection(), category: ['price'], channel: ['chat'] };
    expect(matchesSelection(tooExpensive, selection)).toBe(false);
  });

  it('matches a stage among several', () => {
    expect(matchesSelection(tooExpensive, { ...emptySelection(), stage: ['agreement'] })).toBe(true);
    expect(matchesSelection(notNow, { ...emptySelection(), stage: ['agreement'] })).toBe(false);
  });
});

describe('toggleValue', () => {
  it('adds a value, then removes it', () => {
    const once = toggleValue(emptySelection(), 'stage', 'opening');
    expect(once.stage).toEqual(['opening']);
    expect(toggleValue(once, 'stage', 'opening').stage).toEqual([]);
  });

  it('leaves the given selection unchanged', () => {
    const selection = emptySelection();
    toggleValue(selection, 'category', 'price');
    expect(isEmptySelection(selection)).toBe(true);
  });
});

describe('query strings', () => {
  const known = { category: ['price', 'timing'], stage: ['opening'], channel: ['phone'] };

  it('round-trips a selection', () => {
    const selection = { category: ['price', 'timing'], stage: [], channel: ['phone'] };
    expect(selectionFromQuery(selectionToQuery(selection), known)).toEqual(selection);
  });

  it('writes nothing for an empty selection', () => {
    expect(selectionToQuery(emptySelection())).toBe('');
  });

  it('ignores unknown values and repeats', () => {
    expect(selectionFromQuery('?category=price&category=price&category=weather&q=x', known)).toEqual({ category: ['price'], stage: [], channel: [] });
  });
});
