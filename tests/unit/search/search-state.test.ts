import { describe, expect, it } from 'vitest';
import { pagefindFilters, stateFromParams, stateToParams, toggleFilter } from '../../../src/lib/search/query/search-state.ts';

describe('search state in the address', () => {
  it('reads the query and repeated or comma-separated filters', () => {
    const state = stateFromParams(new URLSearchParams('q=no+budget&type=objection&stage=opening,closing&stage=needs'));
    expect(state.q).toBe('no budget');
    expect(state.filters.type).toEqual(['objection']);
    expect(state.filters.stage).toEqual(['opening', 'closing', 'needs']);
  });

  it('writes the filters beside the query, so a shared link keeps them', () => {
    let state = stateFromParams(new URLSearchParams('q=price'));
    state = toggleFilter(state, 'channel', 'chat');
    expect(stateToParams(state).toString()).toBe('q=price&channel=chat');
  });

  it('removes a filter value chosen a second time', () => {
    const state = toggleFilter(toggleFilter(stateFromParams(new URLSearchParams()), 'type', 'module'), 'type', 'module');
    expect(state.filters.type).toEqual([]);
  });

  it('asks Pagefind for any of a group’s values and only for groups with a choice', () => {
    const state = stateFromParams(new URLSearchParams('type=module&type=objection'));
    expect(pagefindFilters(state)).toEqual({ type: { any: ['module', 'objection'] } });
  });
});
