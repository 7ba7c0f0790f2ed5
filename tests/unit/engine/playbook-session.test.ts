import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PlaybookSession } from '../../../src/lib/engine/session/playbook-session.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/valid');
const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function session(): { session: PlaybookSession; dir: string } {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'salesbook-session-')), 'content');
  temps.push(path.dirname(dir));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  return { session: new PlaybookSession({ contentDir: dir, audience: 'everyone', strict: false, drafts: false }, { keepLastGood: true }), dir };
}

// Writing twice within one clock tick could keep a file's time; a new size tells the reload anyway.
const edit = (file: string, change: (text: string) => string) => fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
const stopPhraseProblems = (s: PlaybookSession) => s.check.problems.filter((problem) => problem.code === 'stop-phrase').map((problem) => `${path.basename(problem.file)} ${problem.field}`);

describe('PlaybookSession.reload', () => {
  it('finds a stop phrase written into one entry on the next reload', () => {
    const { session: s, dir } = session();
    expect(stopPhraseProblems(s)).toEqual([]);
    edit(path.join(dir, 'objections/en/too-expensive.mdx'), (text) => text.replace(/^followUp: .*$/mu, 'followUp: Calm down, what would make it fair?'));
    s.reload();
    expect(stopPhraseProblems(s)).toEqual(['too-expensive.mdx followUp']);
  });

  it('finds a new stop phrase in entries that did not change when only the stop-phrase list changed', () => {
    const { session: s, dir } = session();
    const objection = fs.readFileSync(path.join(dir, 'objections/en/too-expensive.mdx'), 'utf8');
    const said = /^followUp: (\S+ \S+)/mu.exec(objection)?.[1];
    expect(said).toBeTruthy();
    edit(path.join(dir, 'standards/en/stop-phrases.yaml'), (text) => `${text}- phrase: "${said}"\n  why: Test.\n  replacements: ["Other words."]\n  severity: warning\n`);
    s.reload();
    expect(stopPhraseProblems(s)).toContain('too-expensive.mdx followUp');
  });

  it('keeps showing an entry whose file broke, as it last was, and the new version once fixed', () => {
    const { session: s, dir } = session();
    const file = path.join(dir, 'objections/en/too-expensive.mdx');
    const before = s.entries.find((entry) => entry.absPath === file);
    edit(file, (text) => text.replace(/^category: .*$/mu, 'category: pricey'));
    s.reload();
    expect(s.entries.find((entry) => entry.absPath === file)).toBe(before);
    expect(s.isCurrent(before!)).toBe(false);
    edit(file, (text) => text.replace(/^category: pricey$/mu, 'category: price').replace(/^title: .*$/mu, 'title: Fixed title'));
    s.reload();
    expect(s.entries.find((entry) => entry.absPath === file)?.data.title).toBe('Fixed title');
  });

  it('counts each reading of the content, so an open page can tell that it shows an older one', () => {
    const { session: s, dir } = session();
    expect(s.generation).toBe(0);
    edit(path.join(dir, 'objections/en/too-expensive.mdx'), (text) => text.replace(/^title: .*$/mu, 'title: Another title'));
    s.reload();
    s.reload();
    expect(s.generation).toBe(2);
  });
});
