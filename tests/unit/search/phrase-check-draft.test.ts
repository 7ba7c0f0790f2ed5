import { describe, expect, it } from 'vitest';
import { draftSegments, findingsKey, isSentence, replaceMatch, replacementEdit, sentenceSpan } from '../../../src/client/phrase-check/draft.ts';
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

function applied(text: string, replacement: string, lang: string): string {
  const [match] = matcher.find(text);
  const edit = replacementEdit(text, match!, replacement, lang);
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

describe('replacing a stop phrase in the draft', () => {
  it('puts a replacement sentence in place of the whole sentence that held the stop phrase', () => {
    expect(applied("Hi Anna,\nSure, I'll try to get the pallets to you tomorrow. Best, Ivan", 'I will call you by 5 pm.', 'en')).toBe('Hi Anna,\nI will call you by 5 pm. Best, Ivan');
  });

  it('keeps every character outside the replaced sentence as it was', () => {
    const before = 'Добрый день!  \n\tЯ постараюсь успеть к пятнице…  Спасибо.';
    const after = applied(before, 'Я перезвоню до 17:00.', 'ru');
    expect(after).toBe('Добрый день!  \n\tЯ перезвоню до 17:00.  Спасибо.');
  });

  it('replaces only the stop phrase when the replacement is a few words', () => {
    expect(applied("OK, I'll try today.", 'I will', 'en')).toBe('OK, I will today.');
  });

  it('replaces the sentence in a Chinese draft, cut at the Chinese full stop', () => {
    const zh = compileStopPhrases([{ phrase: '我尽量', why: '没有承诺。', replacements: ['我今天五点前完成。'], severity: 'warning' }]);
    const text = '您好。我尽量明天发给您。谢谢！';
    const [match] = zh.find(text);
    const edit = replacementEdit(text, match!, '我今天五点前完成。', 'zh');
    expect(text.slice(0, edit.start) + edit.text + text.slice(edit.end)).toBe('您好。我今天五点前完成。谢谢！');
  });

  it('tells a sentence from a few words by how it ends', () => {
    expect([isSentence('I will do it by 5 pm today.'), isSentence('Here is what I can do: …'), isSentence('«Сделаю».'), isSentence('cost-effective')]).toEqual([true, true, true, false]);
  });

  it('does not end a sentence at an abbreviation followed by a small letter', () => {
    const text = "We deliver at 5 p.m. but I'll try earlier. Thanks.";
    const start = text.indexOf("I'll");
    expect(text.slice(...sentenceSpan(text, start, start + 8, 'en'))).toBe("We deliver at 5 p.m. but I'll try earlier.");
  });
});
