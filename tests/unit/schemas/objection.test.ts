import { describe, expect, it } from 'vitest';
import { ObjectionSchema } from '../../../src/schemas/objection.ts';
import { base, rejectedPaths } from './parse.ts';

const objection = {
  ...base,
  category: 'price',
  stages: ['presentation'],
  channels: ['phone'],
  responses: [
    { technique: 'clarify', text: 'Compared with what?' },
    { technique: 'reframe', text: 'Let us count the cost of waiting.' },
  ],
};

describe('objections', () => {
  it('parse with empty aliases and related ids filled in', () => {
    expect(ObjectionSchema.parse(objection)).toMatchObject({ aliases: [], related: { modules: [], scenarios: [] }, audience: ['everyone'] });
  });

  it('keep related ids and the follow-up question', () => {
    const parsed = ObjectionSchema.parse({ ...objection, followUp: 'What would be fair?', related: { modules: ['greet'] } });
    expect(parsed.related).toEqual({ modules: ['greet'], scenarios: [] });
    expect(parsed.followUp).toBe('What would be fair?');
  });

  it('need two to four responses', () => {
    expect(rejectedPaths(ObjectionSchema, { ...objection, responses: objection.responses.slice(0, 1) })).toEqual(['responses']);
    const five = Array.from({ length: 5 }, () => objection.responses[0]);
    expect(rejectedPaths(ObjectionSchema, { ...objection, responses: five })).toEqual(['responses']);
  });

  it('reject a category outside the list', () => {
    expect(rejectedPaths(ObjectionSchema, { ...objection, category: 'money' })).toEqual(['category']);
  });

  it('reject a response without text', () => {
    expect(rejectedPaths(ObjectionSchema, { ...objection, responses: [objection.responses[0], { technique: 'clarify' }] })).toEqual(['responses[1].text']);
  });

  it('reject an unknown kind of related id', () => {
    const result = ObjectionSchema.safeParse({ ...objection, related: { objections: ['x'] } });
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['objections'], path: ['related'] });
  });

  it('reject a related id that is not an id', () => {
    expect(rejectedPaths(ObjectionSchema, { ...objection, related: { scenarios: ['Cold Call'] } })).toEqual(['related.scenarios[0]']);
  });
});
