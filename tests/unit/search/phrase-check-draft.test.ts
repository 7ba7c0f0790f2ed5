import { describe, expect, it } from 'vitest';
import { draftSegments, findingsKey, replaceMatch } from '../../../src/client/phrase-check/draft.ts';
import { compileStopPhrases, type StopPhraseRule } from '../../../src/lib/engine/stop-phrases/index.ts';

const rules: StopPhraseRule[] = [
  { phrase: "I'll try", why: 'Promises nothing.', replacements: ['I will call you by 5 pm.'], severity: 'warning' },
  { phrase: 'Я постараюсь', match: ['постара*'], why: 'Ничего не обещает.', replacements: ['Я перезвоню до 17:00.'], severity: 'warning' },
];
const matcher = compileStopPhrases(rules);

describe('the phrase checker’s draft', () => {
  it('splits the draft into plain text and stop phrases for highlighting', () => {
    const text = "Hi! I'll try today.";
    expect(draftSegments(text, matcher.find(text))).toEqual([{ text: 'Hi! ' }, { text: "I'll try", match: 0 }, { text: ' today.' }]);
  });

  it('replaces a stop phrase and puts the caret after the replacement', () => {
    const text = "OK, I'll try.";
    const [match] = matcher.find(text);
    expect(replaceMatch(text, match!, 'I will call you by 5 pm')).toEqual({ text: 'OK, I will call you by 5 pm.', start: 4, end: 12, caret: 27 });
  });

  it('does not double the word before the stop phrase when the replacement starts with it', () => {
    const text = 'Добрый день! Я постараюсь успеть.';
    const [match] = matcher.find(text);
    expect(replaceMatch(text, match!, 'Я перезвоню до 17:00.').text).toBe('Добрый день! Я перезвоню до 17:00. успеть.');
  });

  it('keeps the word before when it only ends like the replacement’s first word', () => {
    const text = 'Ты постараешься';
    const [match] = matcher.find(text);
    expect(replaceMatch(text, match!, 'Я сделаю').text).toBe('Ты Я сделаю');
  });

  it('changes the findings key only when the stop phrases found change', () => {
    expect(findingsKey(matcher.find("I'll try. Fine."))).toBe(findingsKey(matcher.find("I'll try. Good.")));
    expect(findingsKey(matcher.find("I'll try."))).not.toBe(findingsKey(matcher.find("So I'll try.")));
  });
});
