import { describe, expect, it } from 'vitest';
import { parseDialogue } from '../../../src/lib/engine/dialogue/index.ts';
import { interfaceText } from '../../../src/lib/i18n/interface-text.ts';
import { sectionName } from '../../../src/lib/roleplay/section-name.ts';
import { defaultPracticeRole, viewerData } from '../../../src/lib/roleplay/viewer-data.ts';
import { exampleSource } from '../dialogue/fixtures.ts';

const graph = parseDialogue(exampleSource, 1).graph;

describe('viewer data', () => {
  it('practises the rep by default', () => {
    expect(defaultPracticeRole({ client: 'Client', rep: 'Rep' }, graph)).toBe('rep');
  });

  it('practises the role with the most lines when there is no rep', () => {
    const { graph: other } = parseDialogue('agent: A.\nbuyer: B.\nagent: C.', 1);
    expect(defaultPracticeRole({ buyer: 'Buyer', agent: 'Agent' }, other)).toBe('agent');
  });

  it('names the opening in the page language and other sections by their label', () => {
    const data = viewerData({ lang: 'ru', id: 'cold', roles: { rep: 'Менеджер', client: 'Клиент' } }, graph, interfaceText('ru'));
    expect(data.scenario).toBe('ru/cold');
    expect(data.sectionNames).toEqual({ start: 'Начало', supplier: 'Supplier', email: 'Email', needs: 'Needs' });
  });

  it('turns hyphens of a label into spaces', () => {
    expect(sectionName({ label: 'too-expensive' }, 'Opening')).toBe('Too expensive');
  });

  it('names a section by the title its author gave it', () => {
    expect(sectionName({ label: 'price', title: 'Вопрос о цене' }, 'Начало')).toBe('Вопрос о цене');
  });

  it('hands the viewer only the texts it writes while the learner plays', () => {
    const data = viewerData({ lang: 'ru', id: 'cold', roles: { rep: 'Менеджер' } }, graph, interfaceText('ru'));
    expect(data.strings.continue).toBe('Дальше');
    expect(Object.keys(data.strings)).not.toContain('mapHint');
  });
});
