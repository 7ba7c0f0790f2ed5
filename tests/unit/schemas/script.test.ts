import { describe, expect, it } from 'vitest';
import { ScriptsEntrySchema } from '../../../src/schemas/script.ts';
import { base, rejectedPaths } from './parse.ts';

const call = {
  ...base,
  type: 'call',
  chapter: 'first-call',
  channels: ['phone'],
  goal: 'Reach the buyer.',
  modules: [{ id: 'greet', stage: 'opening', intent: 'Say hello', variants: ['Hello!'] }],
};

const scenario = { ...base, type: 'scenario', channels: ['phone'], kind: 'cold-call', roles: { rep: 'Rep', client: 'Client' } };

describe('call scripts', () => {
  it('parse with the fields of the content format', () => {
    const parsed = ScriptsEntrySchema.parse({ ...call, modules: [{ ...call.modules[0], note: 'Smile.' }] });
    expect(parsed).toMatchObject({ type: 'call', chapter: 'first-call', audience: ['everyone'], draft: false });
    expect(parsed.type === 'call' && parsed.modules[0]?.note).toBe('Smile.');
  });

  it('reject a module stage outside the list', () => {
    expect(rejectedPaths(ScriptsEntrySchema, { ...call, modules: [{ ...call.modules[0], stage: 'greeting' }] })).toEqual(['modules[0].stage']);
  });

  it('reject a module without variants', () => {
    expect(rejectedPaths(ScriptsEntrySchema, { ...call, modules: [{ ...call.modules[0], variants: [] }] })).toEqual(['modules[0].variants']);
  });

  it('reject a module id that is not an id', () => {
    expect(rejectedPaths(ScriptsEntrySchema, { ...call, modules: [{ ...call.modules[0], id: 'Greet me' }] })).toEqual(['modules[0].id']);
  });

  it('reject a script without modules, channels or goal', () => {
    const { goal: _goal, ...noGoal } = call;
    expect(rejectedPaths(ScriptsEntrySchema, { ...noGoal, modules: [], channels: [] })).toEqual(['channels', 'goal', 'modules']);
  });

  it('reject a chapter that is not a call chapter', () => {
    expect(rejectedPaths(ScriptsEntrySchema, { ...call, chapter: 'scenarios' })).toEqual(['chapter']);
  });
});

describe('role-play scenarios', () => {
  it('default to the scenarios chapter, with rep as the staff role', () => {
    expect(ScriptsEntrySchema.parse(scenario)).toMatchObject({ type: 'scenario', chapter: 'scenarios', staff: ['rep'] });
  });

  it('reject a scenario without roles', () => {
    expect(rejectedPaths(ScriptsEntrySchema, { ...scenario, roles: {} })).toEqual(['roles']);
  });

  it('reject a role key that is not an id', () => {
    expect(rejectedPaths(ScriptsEntrySchema, { ...scenario, roles: { 'Sales Rep': 'Rep' } })).toEqual(['roles.Sales Rep']);
  });

  it('reject a kind outside the list', () => {
    expect(rejectedPaths(ScriptsEntrySchema, { ...scenario, kind: 'cold' })).toEqual(['kind']);
  });
});

describe('the type of a script', () => {
  it('is required and must be call or scenario', () => {
    expect(rejectedPaths(ScriptsEntrySchema, { ...call, type: 'email' })).toEqual(['type']);
    const { type: _type, ...untyped } = call;
    expect(rejectedPaths(ScriptsEntrySchema, untyped)).toEqual(['type']);
  });
});
