import { describe, expect, it } from 'vitest';
import { interfaceText } from '../../../src/lib/i18n/interface-text.ts';
import { phraseCheckText, rolePlayText, searchPanelText } from '../../../src/lib/i18n/island-text.ts';

const he = interfaceText('he');

describe('texts handed to browser islands', () => {
  it('gives the search panel its status lines, chip captions and the labels of every filter value, in the page language', () => {
    const text = searchPanelText(he);
    expect(text.results).toEqual(he.search.results);
    expect(text.labels.stage.needs).toBe('בירור צרכים');
    expect(text.labels.type.compensation).toBe(he.type.compensation);
    expect(text.colon).toBe(': ');
    expect(Object.keys(text)).not.toContain('needsJavaScript');
  });

  it('gives the phrase checker its summary lines, the severity labels and the words around a replacement', () => {
    const text = phraseCheckText(interfaceText('zh'));
    expect(text.found).toEqual({ other: '发现 {count} 个禁用语' });
    expect(text.severity.error).toBe('禁止');
    expect(text.sayInstead).toBe('改为这样说');
    expect(Object.keys(text)).not.toContain('intro');
  });

  it('gives the role-play viewer what it writes while the learner plays, and nothing it finds in the page', () => {
    const text = rolePlayText(he);
    expect(text.yourTurn).toBe('התור שלכם — {role}');
    expect(Object.keys(text)).not.toContain('mapHint');
    expect(Object.keys(text)).not.toContain('heading');
  });
});
