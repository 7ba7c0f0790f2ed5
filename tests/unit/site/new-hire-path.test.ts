import { describe, expect, it } from 'vitest';
import type { BookScript } from '../../../src/lib/handbook/book-order.ts';
import { newHirePath, type PathContent } from '../../../src/lib/handbook/new-hire-path.ts';

const call = (id: string, chapter: string): BookScript => ({ id, title: id, summary: '', chapter, type: 'call' });
const scenario = (id: string, kind: string): BookScript => ({ id, title: id, summary: '', chapter: 'scenarios', type: 'scenario', kind });
const labels = { objections: 'Objections', stopPhrases: 'Stop phrases', phraseCheck: 'Phrase checker', compensation: 'Compensation' };

const content: PathContent = {
  scripts: [
    call('first', 'first-call'),
    call('second', 'second-call'),
    call('offer', 'offer'),
    call('relationship', 'relationship'),
    call('complaints', 'difficult'),
    scenario('cold', 'cold-call'),
    scenario('repeat', 'repeat-call'),
    scenario('complaint', 'complaint'),
    scenario('chat', 'chat'),
  ],
  objectionCount: 12,
  standards: [
    { id: 'phone', title: 'Phone standard', summary: '', type: 'standard' },
    { id: 'last', title: 'LAST', summary: '', type: 'method' },
    { id: 'mystery', title: 'Mystery shopper', summary: '', type: 'checklist' },
  ],
  hasStopPhrases: true,
  hasCompensation: true,
  labels,
};

const summary = (steps: ReturnType<typeof newHirePath>) => steps.map((step) => `${step.action} ${step.topic}: ${step.items.map((i) => i.href).join(' ')}`);

describe('newHirePath', () => {
  it('reads the book in chapter order, practising each role-play after the chapter it rehearses', () => {
    expect(summary(newHirePath('en', content))).toEqual([
      'read first-call: /en/scripts/first/',
      'read second-call: /en/scripts/second/',
      'practise second-call: /en/scenarios/cold/',
      'read offer: /en/scripts/offer/',
      'practise offer: /en/scenarios/repeat/',
      'learn objections: /en/objections/',
      'learn stop-phrases: /en/stop-phrases/ /en/phrase-check/',
      'read relationship: /en/scripts/relationship/',
      'read difficult: /en/scripts/complaints/ /en/standards/last/ /en/compensation/',
      'practise difficult: /en/scenarios/complaint/',
      'read standards: /en/standards/phone/',
      'practise scenarios: /en/scenarios/chat/',
      'check checklists: /en/standards/mystery/',
    ]);
  });

  it('practises a role-play at the end when the chapter it rehearses is missing', () => {
    const steps = newHirePath('en', { ...content, scripts: [scenario('repeat', 'repeat-call')] });
    expect(summary(steps)).toContain('practise scenarios: /en/scenarios/repeat/');
  });

  it('drops steps with nothing to read', () => {
    const steps = newHirePath('ru', { ...content, scripts: [], objectionCount: 0, standards: [], hasStopPhrases: false, hasCompensation: false });
    expect(steps).toEqual([]);
  });

  it('adds the methods and compensation only where there is a difficult-situations script', () => {
    const steps = newHirePath('en', { ...content, scripts: [call('first', 'first-call')] });
    expect(summary(steps).join('\n')).not.toContain('/en/compensation/');
  });
});
