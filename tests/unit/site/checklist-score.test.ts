import { describe, expect, it } from 'vitest';
import { answerShare, scaleOptions, scoreChecklist, type ScoredItem } from '../../../src/lib/handbook/checklist-score.ts';

const labels = { yes: 'Yes', no: 'No', partly: 'Partly' };
const item = (id: string, weight = 1, control = false): ScoredItem => ({ id, weight, control });

describe('scaleOptions', () => {
  it('offers yes, partly and no, worth 1, a half and 0', () => {
    expect(scaleOptions('yes-no-partly', labels).map((o) => [o.value, o.label, o.share])).toEqual([
      ['yes', 'Yes', 1],
      ['partly', 'Partly', 0.5],
      ['no', 'No', 0],
    ]);
  });

  it('numbers a 1-5 scale from 1 up, each worth its value divided by 5', () => {
    expect(scaleOptions('1-5', labels).map((o) => [o.value, o.share])).toEqual([
      ['1', 0.2],
      ['2', 0.4],
      ['3', 0.6],
      ['4', 0.8],
      ['5', 1],
    ]);
  });

  it('gives a 1-10 scale ten answers', () => {
    expect(scaleOptions('1-10', labels)).toHaveLength(10);
  });
});

describe('answerShare', () => {
  it('is undefined for an unanswered item', () => {
    expect(answerShare('yes-no-partly', undefined)).toBeUndefined();
    expect(answerShare('yes-no-partly', '')).toBeUndefined();
  });

  it('is undefined for an answer the scale does not have', () => {
    expect(answerShare('1-5', '7')).toBeUndefined();
  });
});

describe('scoreChecklist', () => {
  it('weights each answer by its item', () => {
    const score = scoreChecklist('yes-no-partly', [item('a', 3), item('b', 1)], { a: 'yes', b: 'no' });
    expect(score).toMatchObject({ earned: 3, possible: 4, percent: 75 });
  });

  it('counts partly as half of the weight', () => {
    expect(scoreChecklist('yes-no-partly', [item('a', 2)], { a: 'partly' }).earned).toBe(1);
  });

  it('leaves control items out of the score and the item count', () => {
    const score = scoreChecklist('yes-no-partly', [item('date', 1, true), item('a', 2)], { date: '2026-11-01', a: 'yes' });
    expect(score).toMatchObject({ earned: 2, possible: 2, percent: 100, scored: 1, answered: 1 });
  });

  it('counts unanswered items as possible points not yet earned', () => {
    const score = scoreChecklist('yes-no-partly', [item('a'), item('b')], { a: 'yes' });
    expect(score).toMatchObject({ earned: 1, possible: 2, percent: 50, answered: 1, scored: 2 });
  });

  it('scores numeric scales as value over top', () => {
    expect(scoreChecklist('1-10', [item('a', 2)], { a: '7' })).toMatchObject({ earned: 1.4, possible: 2, percent: 70 });
  });

  it('reports 0 % for a form with nothing to score', () => {
    expect(scoreChecklist('yes-no-partly', [item('date', 1, true)], {})).toMatchObject({ possible: 0, percent: 0 });
  });

  it('rounds the percentage to a whole number', () => {
    expect(scoreChecklist('yes-no-partly', [item('a'), item('b'), item('c')], { a: 'yes' }).percent).toBe(33);
  });
});
