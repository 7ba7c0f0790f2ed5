import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runContentCheck } from '../../../src/lib/engine/check-content.ts';
import { formatProblem } from '../../../src/lib/engine/report.ts';
import { copyFixture, removeTemp } from '../../helpers/build.ts';
import { attacks, harmless } from '../../helpers/hostile-content.ts';
import { placeOf } from '../checks/mutations.ts';

const temps: string[] = [];
afterAll(() => temps.forEach(removeTemp));

function check(attack: (typeof attacks)[number]) {
  const dir = copyFixture('valid');
  temps.push(path.dirname(dir));
  attack.apply(dir);
  const result = runContentCheck({ contentDir: attack.contentPath?.(dir) ?? dir, audience: 'everyone', strict: false, drafts: false, today: new Date() });
  return { dir, result };
}

describe('the content check on hostile content', () => {
  // Root reads every file whatever its permissions; the build tests run these as another user.
  for (const attack of attacks.filter((a) => !a.asUnprivilegedUser)) {
    it(`refuses ${attack.kind}, with the file, line and fix, and nothing else`, () => {
      const { dir, result } = check(attack);
      expect(result.failed).toBe(attack.exitCode === 1);
      const expected = attack.expect.map((p) => `${placeOf({ ...p, file: path.join(dir, p.file) })} — ${p.says}`);
      expect(result.problems.map(formatProblem).map(unescape)).toEqual(expected);
      expect(result.problems.map((problem) => problem.severity)).toEqual(attack.expect.map((p) => p.severity));
    });
  }

  for (const attack of harmless) {
    it(`accepts ${attack.kind}`, () => {
      expect(check(attack).result.problems).toEqual([]);
    });
  }
});

// formatProblem shows invisible characters as \u{…}; the pinned texts hold the characters themselves.
function unescape(line: string): string {
  return line.replace(/\\u\{([0-9A-F]+)\}/gu, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
}
