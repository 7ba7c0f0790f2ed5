import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/lib/search/query/query.ts';
import type { ResultView } from '../../../src/lib/search/query/result-view.ts';
import { stopPhrasesFirst } from '../../../src/lib/search/query/stop-phrase-first.ts';

const mustCard: ResultView = {
  url: '/en/stop-phrases/#stop-8',
  type: 'stop-phrase',
  title: 'You have to',
  facets: { stage: [], channel: [], category: [] },
  matched: { kind: 'title', segments: [] },
  names: ['You have to'],
  stopPhrase: { phrase: 'You have to', patterns: ['you have to', 'you must'], except: ['you must have been waiting'], why: 'Sounds like an order.', replacements: ['Could you please…'], severity: 'warning' },
};

describe('the stop phrase the query is', () => {
  it('comes first when the query is one of its patterns', () => {
    expect(stopPhrasesFirst([mustCard], parseQuery('you must'))[0]?.isQueriedStopPhrase).toBe(true);
  });

  it('does not come first when the query is a wording the stop phrase lists as fine', () => {
    expect(stopPhrasesFirst([mustCard], parseQuery('you must have been waiting'))[0]?.isQueriedStopPhrase).toBe(false);
  });
});
