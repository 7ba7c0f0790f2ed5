import { describe, expect, it } from 'vitest';
import { audiencesLosingTarget, inEdition } from '../../src/lib/engine/audience.ts';

const everyone = { audience: 'everyone', drafts: false };

describe('inEdition', () => {
  it('puts an entry for everyone in every edition', () => {
    expect(inEdition({ audience: ['everyone'], draft: false }, everyone)).toBe(true);
    expect(inEdition({ audience: ['everyone'], draft: false }, { audience: 'managers', drafts: false })).toBe(true);
  });

  it('leaves an entry for managers out of the default edition', () => {
    expect(inEdition({ audience: ['managers'], draft: false }, everyone)).toBe(false);
  });

  it('puts an entry for managers in the managers edition', () => {
    expect(inEdition({ audience: ['managers', 'trainers'], draft: false }, { audience: 'managers', drafts: false })).toBe(true);
  });

  it('leaves an entry for managers out of another audience’s edition', () => {
    expect(inEdition({ audience: ['managers'], draft: false }, { audience: 'trainers', drafts: false })).toBe(false);
  });

  it('leaves drafts out unless drafts are asked for', () => {
    expect(inEdition({ audience: ['everyone'], draft: true }, everyone)).toBe(false);
    expect(inEdition({ audience: ['everyone'], draft: true }, { audience: 'everyone', drafts: true })).toBe(true);
  });

  it('leaves out a draft for another audience even when drafts are asked for', () => {
    expect(inEdition({ audience: ['managers'], draft: true }, { audience: 'everyone', drafts: true })).toBe(false);
  });
});

describe('audiencesLosingTarget', () => {
  it('loses no one when the target is for everyone', () => {
    expect(audiencesLosingTarget(['managers'], ['everyone'])).toEqual([]);
    expect(audiencesLosingTarget(['everyone'], ['everyone'])).toEqual([]);
  });

  it('loses everyone when an entry for everyone links to a restricted one', () => {
    expect(audiencesLosingTarget(['everyone'], ['managers'])).toEqual(['everyone']);
  });

  it('names the audiences of the source that the target does not include', () => {
    expect(audiencesLosingTarget(['managers', 'trainers', 'qa'], ['managers'])).toEqual(['trainers', 'qa']);
  });

  it('loses no one when the target is read by every audience of the source', () => {
    expect(audiencesLosingTarget(['managers'], ['managers', 'trainers'])).toEqual([]);
  });
});
