import { describe, expect, it } from 'vitest';
import { parseScenarioDialogue } from '../../../src/lib/engine/dialogue/scenario-dialogue.ts';
import { scenarioStats } from '../../../src/lib/handbook/scenario-stats.ts';

const body = [
  'Intro text.',
  '',
  '```dialogue',
  'rep: Hello!',
  'client:',
  '  * Go ahead. -> needs',
  '  * Not now. -> end',
  '',
  '== needs',
  'rep: How do you ship today?',
  'client: By road.',
  '-> end',
  '```',
  '',
  'Debrief.',
].join('\n');

// The scenario index counts from the graph parsed when the file was read.
const statsOf = (text: string) => scenarioStats(parseScenarioDialogue(text, 1).graph);

describe('scenarioStats', () => {
  it('counts spoken lines in every branch', () => {
    expect(statsOf(body).lines).toBe(3);
  });

  it('counts choice points', () => {
    expect(statsOf(body).choices).toBe(1);
  });

  it('counts endings reached by an option or by a section', () => {
    expect(statsOf(body).endings).toBe(2);
  });

  it('gives zeros for a body without a dialogue', () => {
    expect(statsOf('Just text.')).toEqual({ lines: 0, choices: 0, endings: 0 });
  });
});
