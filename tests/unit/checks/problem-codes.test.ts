import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runContentCheck } from '../../../src/lib/engine/check-content.ts';
import { problemKinds } from '../../../src/lib/engine/errors.ts';
import { copyFixture, removeTemp } from '../../helpers/build.ts';
import { mutations } from './mutations.ts';

const dir = copyFixture('valid');
afterAll(() => removeTemp(path.dirname(dir)));
mutations.forEach((mutation) => mutation.apply(dir));
const { problems } = runContentCheck({ contentDir: dir, audience: 'everyone', strict: false, drafts: false });

describe('problems reported for every planted error kind', () => {
  it('use codes from the error catalogue', () => {
    expect(problems.length).toBeGreaterThanOrEqual(mutations.length);
    expect(problems.map((p) => p.code).filter((code) => !(code in problemKinds))).toEqual([]);
  });

  it('say what is wrong and what to do in full sentences', () => {
    for (const { message, expected, field } of problems) {
      expect(field).not.toBe('');
      expect(message, message).toMatch(/^[\p{Lu}“`]/u);
      expect(message, message).toMatch(/[.?”]$/u);
      expect(expected, expected).toMatch(/^[\p{Lu}“`]/u);
      expect(expected, expected).toMatch(/[.?”"]$/u);
    }
  });

  it('name a file inside the content folder', () => {
    for (const problem of problems) expect(problem.file.startsWith(dir), problem.file).toBe(true);
  });
});
