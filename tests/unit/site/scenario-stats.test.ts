import { describe, expect, it } from 'vitest';
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

describe('scenarioStats', () => {
  it('counts spoken lines in every branch', () => {
    expect(scenarioStats(body).lines).toBe(3);
  });

  it('counts choice points', () => {
    expect(scenarioStats(body).choices).toBe(1);
  });

  it('counts endings reached by an option or by a section', () => {
    expect(scenarioStats(body).endings).toBe(2);
  });

  it('gives zeros for a body without a dialogue', () => {
    expect(scenarioStats('Just text.')).toEqual({ lines: 0, choices: 0, endings: 0 });
  });
});
