import { describe, expect, it } from 'vitest';
import { availableFilters } from '../../../src/client/search/render-filters.ts';

describe('filter chips', () => {
  it('offer only the values the index holds, in the content format’s order', () => {
    const chips = availableFilters(
      { stage: { closing: 3, opening: 5, needs: 0 }, type: { module: 9, 'stop-phrase': 2 } },
      { stage: ['opening', 'needs', 'closing'], type: ['stop-phrase', 'module'] },
    );
    expect(chips.stage).toEqual(['opening', 'closing']);
    expect(chips.type).toEqual(['stop-phrase', 'module']);
    expect(chips.channel).toEqual([]);
  });

  it('put values the order does not know last, alphabetically', () => {
    expect(availableFilters({ channel: { zoom: 1, phone: 1, fax: 1 } }, { channel: ['phone'] }).channel).toEqual(['phone', 'fax', 'zoom']);
  });
});
