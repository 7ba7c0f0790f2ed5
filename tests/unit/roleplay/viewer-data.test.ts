import { describe, expect, it } from 'vitest';
import { parseDialogue } from '../../../src/lib/engine/dialogue/index.ts';
import { fill } from '../../../src/lib/roleplay/fill-template.ts';
import { sectionName } from '../../../src/lib/roleplay/section-name.ts';
import { defaultPracticeRole, viewerData } from '../../../src/lib/roleplay/viewer-data.ts';
import { viewerStrings } from '../../../src/lib/roleplay/viewer-strings.ts';
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
    const data = viewerData({ lang: 'ru', id: 'cold', roles: { rep: 'Менеджер', client: 'Клиент' } }, graph, viewerStrings('ru'));
    expect(data.scenario).toBe('ru/cold');
    expect(data.sectionNames).toEqual({ start: 'Начало', supplier: 'Supplier', email: 'Email', needs: 'Needs' });
  });

  it('turns hyphens of a label into spaces', () => {
    expect(sectionName('too-expensive', 'Opening')).toBe('Too expensive');
  });

  it('falls back to English text for a language without its own', () => {
    expect(viewerStrings('he').play).toBe('Play');
    expect(viewerStrings('ru-RU').play).toBe('Игра');
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(fill('{role} — {what}', { role: 'Client' })).toBe('Client — {what}');
  });
});
