import { describe, expect, it } from 'vitest';
import { ltrRuns } from '../../../src/lib/i18n/isolate-runs.ts';

describe('ltrRuns', () => {
  it('sets a phone number apart from the Hebrew around it', () => {
    expect(ltrRuns('התקשרו אלינו ל־+972 3-555-0142 עד חמש.')).toEqual([{ text: 'התקשרו אלינו ל־' }, { ltr: '+972 3-555-0142' }, { text: ' עד חמש.' }]);
  });

  it('leaves short numbers, times and amounts in the text', () => {
    expect(ltrRuns('בעשר, ב־10:00, 57 ₪')).toEqual([{ text: 'בעשר, ב־10:00, 57 ₪' }]);
  });

  it('keeps an empty text as one empty run', () => {
    expect(ltrRuns('')).toEqual([{ text: '' }]);
  });

  it('isolates a number run that starts or ends the text', () => {
    expect(ltrRuns('03-555-0142 — המשרד')).toEqual([{ ltr: '03-555-0142' }, { text: ' — המשרד' }]);
    expect(ltrRuns('המשרד: 03-555-0142')).toEqual([{ text: 'המשרד: ' }, { ltr: '03-555-0142' }]);
  });
});
