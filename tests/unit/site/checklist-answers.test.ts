import { describe, expect, it } from 'vitest';
import { answersKey, clearAnswers, commentField, readAnswers, saveAnswers, type AnswerStorage } from '../../../src/lib/handbook/checklist-answers.ts';

function memoryStorage(): AnswerStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
}

const page = '/en/standards/complaint-call-checklist/';

describe('checklist answers kept in the browser', () => {
  it('reads back the answers saved for the same checklist', () => {
    const storage = memoryStorage();
    saveAnswers(storage, page, { 'cc-greets': '4', [commentField('cc-greets')]: 'No name given.', 'cc-date': '2026-11-03' });
    expect(readAnswers(storage, page)).toEqual({ 'cc-greets': '4', 'cc-greets:comment': 'No name given.', 'cc-date': '2026-11-03' });
  });

  it('keeps the answers of each checklist apart', () => {
    const storage = memoryStorage();
    saveAnswers(storage, page, { a: '5' });
    expect(readAnswers(storage, '/en/standards/other/')).toEqual({});
  });

  it('drops empty answers, and removes the entry when nothing is answered', () => {
    const storage = memoryStorage();
    saveAnswers(storage, page, { a: '5', b: ' ' });
    expect(JSON.parse(storage.data.get(answersKey(page))!)).toEqual({ a: '5' });
    saveAnswers(storage, page, { a: '' });
    expect(storage.data.has(answersKey(page))).toBe(false);
  });

  it('forgets the answers when cleared', () => {
    const storage = memoryStorage();
    saveAnswers(storage, page, { a: '5' });
    clearAnswers(storage, page);
    expect(readAnswers(storage, page)).toEqual({});
  });

  it('reads broken or foreign data as no answers', () => {
    const storage = memoryStorage();
    for (const text of ['{not json', '[1,2]', 'null', '"text"']) {
      storage.data.set(answersKey(page), text);
      expect(readAnswers(storage, page)).toEqual({});
    }
    storage.data.set(answersKey(page), '{"a":"5","b":7}');
    expect(readAnswers(storage, page)).toEqual({ a: '5' });
  });

  it('carries on without storage, as in a private window that blocks it', () => {
    const blocked: AnswerStorage = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    expect(readAnswers(blocked, page)).toEqual({});
    expect(() => saveAnswers(blocked, page, { a: '1' })).not.toThrow();
    expect(() => clearAnswers(blocked, page)).not.toThrow();
    expect(readAnswers(null, page)).toEqual({});
  });
});
