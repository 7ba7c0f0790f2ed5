import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runContentCheck } from '../../../src/lib/engine/check-content.ts';

const valid = fileURLToPath(new URL('../../fixtures/valid', import.meta.url));
const options = (contentDir: string, strict = false) => ({ contentDir, audience: 'everyone', strict, drafts: false });

// A content folder whose only problem is a warning: a stray file beside the language folders
// (and one entry, since a folder without entries is an error of its own).
const warningOnly = fs.mkdtempSync(path.join(os.tmpdir(), 'salesbook-check-'));
fs.mkdirSync(path.join(warningOnly, 'scripts'));
fs.writeFileSync(path.join(warningOnly, 'scripts', 'notes.txt'), 'stray');
fs.mkdirSync(path.join(warningOnly, 'standards', 'en'), { recursive: true });
fs.writeFileSync(
  path.join(warningOnly, 'standards', 'en', 'chat.mdx'),
  '---\ntype: standard\ntitle: Chat\nsummary: How we answer chats.\nowner: Service\nreviewed: 2026-10-01\nchannels: [chat]\n---\n\nAnswer within 30 seconds.\n',
);
afterAll(() => fs.rmSync(warningOnly, { recursive: true, force: true }));

describe('runContentCheck', () => {
  it('passes a valid content folder and counts the files it read', () => {
    const result = runContentCheck(options(valid));
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.failed).toBe(false);
    expect(result.files).toBeGreaterThan(5);
    expect(result.seconds).toBeGreaterThanOrEqual(0);
  });

  it('fails when the content folder does not exist', () => {
    const result = runContentCheck(options(path.join(warningOnly, 'nowhere')));
    expect(result.failed).toBe(true);
    expect(result.problems.map((problem) => problem.code)).toEqual(['content-folder-missing']);
  });

  it('passes with warnings, and fails on the same warnings under --strict', () => {
    const relaxed = runContentCheck(options(warningOnly));
    expect(relaxed.problems.map((problem) => [problem.code, problem.severity])).toEqual([['misplaced-file', 'warning']]);
    expect(relaxed.failed).toBe(false);
    const strict = runContentCheck(options(warningOnly, true));
    expect(strict.problems.map((problem) => problem.severity)).toEqual(['error']);
    expect(strict.failed).toBe(true);
  });
});
