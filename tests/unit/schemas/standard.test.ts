import { describe, expect, it } from 'vitest';
import { StandardsEntrySchema } from '../../../src/schemas/standard.ts';
import { base, rejectedPaths } from './parse.ts';

const checklist = {
  ...base,
  type: 'checklist',
  scale: '1-5',
  sections: [{ title: 'Greeting', items: [{ id: 'greets', text: 'Greets the visitor.' }] }],
};

describe('service standards', () => {
  it('parse with no channels and no norms filled in', () => {
    expect(StandardsEntrySchema.parse({ ...base, type: 'standard' })).toMatchObject({ type: 'standard', channels: [], norms: [] });
  });

  it('reject a norm without a target', () => {
    expect(rejectedPaths(StandardsEntrySchema, { ...base, type: 'standard', norms: [{ metric: 'First reply' }] })).toEqual(['norms[0].target']);
  });
});

describe('methods', () => {
  it('parse their steps in order', () => {
    const parsed = StandardsEntrySchema.parse({ ...base, type: 'method', steps: [{ name: 'Listen', text: 'Let them talk.' }, { name: 'Apologize', text: 'Say sorry.' }] });
    expect(parsed.type === 'method' && parsed.steps.map((step) => step.name)).toEqual(['Listen', 'Apologize']);
  });

  it('need at least one step', () => {
    expect(rejectedPaths(StandardsEntrySchema, { ...base, type: 'method', steps: [] })).toEqual(['steps']);
  });
});

describe('checklists', () => {
  it('give every item a weight of 1 and no control flag by default', () => {
    const parsed = StandardsEntrySchema.parse(checklist);
    expect(parsed.type === 'checklist' && parsed.sections[0]?.items[0]).toEqual({ id: 'greets', text: 'Greets the visitor.', weight: 1, control: false });
  });

  it('reject a scale outside the list', () => {
    expect(rejectedPaths(StandardsEntrySchema, { ...checklist, scale: '1-3' })).toEqual(['scale']);
  });

  it('reject a weight that is not positive', () => {
    const sections = [{ title: 'Greeting', items: [{ id: 'greets', text: 'Greets.', weight: 0 }] }];
    expect(rejectedPaths(StandardsEntrySchema, { ...checklist, sections })).toEqual(['sections[0].items[0].weight']);
  });

  it('reject a section without items', () => {
    expect(rejectedPaths(StandardsEntrySchema, { ...checklist, sections: [{ title: 'Empty', items: [] }] })).toEqual(['sections[0].items']);
  });
});

describe('the type of a standard', () => {
  it('must be standard, method or checklist', () => {
    expect(rejectedPaths(StandardsEntrySchema, { ...base, type: 'policy' })).toEqual(['type']);
  });
});
