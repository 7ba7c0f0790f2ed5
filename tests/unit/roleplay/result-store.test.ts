import { describe, expect, it } from 'vitest';
import { RESULTS_KEPT, readResults, recordResult, resultsKey, type KeyValueStorage, type PracticeResult } from '../../../src/lib/roleplay/result-store.ts';

class MemoryStorage implements KeyValueStorage {
  items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const result = (run: string, score = 50): PracticeResult => ({ run, date: `2026-11-0${(Number(run) % 9) + 1}T10:00:00.000Z`, role: 'rep', score, nailed: 1, close: 0, missed: 1 });

describe('practice results in the browser', () => {
  it('keeps results per scenario, newest first', () => {
    const storage = new MemoryStorage();
    recordResult(storage, 'en/cold-call', result('1'));
    recordResult(storage, 'en/cold-call', result('2'));
    recordResult(storage, 'ru/cold-call', result('3'));
    expect(readResults(storage, 'en/cold-call').map((r) => r.run)).toEqual(['2', '1']);
    expect(readResults(storage, 'ru/cold-call').map((r) => r.run)).toEqual(['3']);
  });

  it('stores them under a key named after the scenario, with the date', () => {
    const storage = new MemoryStorage();
    recordResult(storage, 'en/cold-call', result('1'));
    expect(JSON.parse(storage.getItem(resultsKey('en/cold-call'))!)[0].date).toBe('2026-11-02T10:00:00.000Z');
    expect(resultsKey('en/cold-call')).toBe('salesbook:practice:en/cold-call');
  });

  it('replaces the result of a run that finishes again', () => {
    const storage = new MemoryStorage();
    recordResult(storage, 'en/x', result('1', 40));
    recordResult(storage, 'en/x', result('2', 60));
    recordResult(storage, 'en/x', result('1', 80));
    expect(readResults(storage, 'en/x').map((r) => [r.run, r.score])).toEqual([['1', 80], ['2', 60]]);
  });

  it(`keeps only the last ${RESULTS_KEPT} runs`, () => {
    const storage = new MemoryStorage();
    for (let run = 1; run <= RESULTS_KEPT + 3; run += 1) recordResult(storage, 'en/x', result(String(run)));
    const kept = readResults(storage, 'en/x');
    expect(kept).toHaveLength(RESULTS_KEPT);
    expect(kept[0]?.run).toBe(String(RESULTS_KEPT + 3));
  });

  it('reads damaged or foreign data as no results, skipping entries that are not results', () => {
    const storage = new MemoryStorage();
    storage.setItem(resultsKey('en/a'), '{not json');
    storage.setItem(resultsKey('en/b'), JSON.stringify({ run: '1' }));
    storage.setItem(resultsKey('en/c'), JSON.stringify([result('1'), { run: '2', score: 'high' }, null]));
    expect(readResults(storage, 'en/a')).toEqual([]);
    expect(readResults(storage, 'en/b')).toEqual([]);
    expect(readResults(storage, 'en/c').map((r) => r.run)).toEqual(['1']);
  });

  it('keeps going when the storage is missing, blocked or full', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readResults(broken, 'en/x')).toEqual([]);
    expect(recordResult(broken, 'en/x', result('1')).map((r) => r.run)).toEqual(['1']);
    expect(recordResult(null, 'en/x', result('1')).map((r) => r.run)).toEqual(['1']);
  });
});
