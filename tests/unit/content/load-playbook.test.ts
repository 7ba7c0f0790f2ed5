import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { displayPath, loadPlaybook } from '../../../src/lib/engine/content/load-playbook.ts';
import { validPlaybook } from './valid-playbook.ts';

let temp: string | undefined;
afterEach(() => temp && fs.rmSync(temp, { recursive: true, force: true }));

function copyOfValid(): string {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'salesbook-load-'));
  fs.cpSync(validPlaybook().contentDir, temp, { recursive: true });
  return temp;
}

describe('loadPlaybook on the valid fixture', () => {
  it('reads every entry and data file without a problem', () => {
    const playbook = validPlaybook();
    expect(playbook.problems).toEqual([]);
    expect(playbook.unreadable).toEqual([]);
    const count = (lang: string) => playbook.entries.filter((e) => e.lang === lang).length;
    expect([count('en'), count('ru'), count('he'), count('zh')]).toEqual([10, 9, 9, 2]);
    expect(playbook.stopPhrases.map((s) => s.lang)).toEqual(['en', 'he', 'ru', 'zh']);
    expect(playbook.compensation.map((c) => c.lang)).toEqual(['en', 'he', 'ru']);
  });

  it('keeps drafts and restricted entries, which editions filter later', () => {
    const ids = validPlaybook().entries.map((e) => `${e.lang}/${e.id}`);
    expect(ids).toEqual(expect.arrayContaining(['en/delivery-too-slow', 'en/discount-approval', 'he/manager-limits', 'ru/draft-escalation']));
  });

  it('reads config.yaml', () => {
    expect(validPlaybook().config).toMatchObject({ name: 'Brightline Test Book', defaultLang: 'en', audiences: ['everyone', 'managers'], reviewEveryDays: 365 });
  });

  it('knows the file line where each body starts and where each field sits', () => {
    const entry = validPlaybook().entries.find((e) => e.lang === 'he' && e.id === 'gatekeeper-call')!;
    expect(entry.bodyLine).toBe(26);
    expect(entry.lineOf(['modules', 1, 'note'])).toBe(24);
  });
});

describe('loadPlaybook on broken entries', () => {
  it('keeps the ids of an entry that failed its schema, so references to it are not reported twice', () => {
    const dir = copyOfValid();
    const file = path.join(dir, 'scripts/en/gatekeeper-call.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('chapter: first-call', 'chapter: first'));
    const playbook = loadPlaybook(dir);
    expect(playbook.unreadable).toEqual([{ collection: 'scripts', lang: 'en', id: 'gatekeeper-call', file: displayPath(file), absPath: file, moduleIds: ['greet-gatekeeper', 'ask-for-buyer'] }]);
    expect(playbook.problems.map((p) => p.field)).toEqual(['chapter']);
  });

  it('reports a file without frontmatter', () => {
    const dir = copyOfValid();
    fs.writeFileSync(path.join(dir, 'objections/en/too-expensive.mdx'), '# It is too expensive\n');
    expect(loadPlaybook(dir).problems.map((p) => [p.code, p.line])).toEqual([['frontmatter-missing', 1]]);
  });

  it('reports YAML and MDX syntax errors of one file together', () => {
    const dir = copyOfValid();
    const file = path.join(dir, 'standards/en/chat-standard.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('owner: Service Quality', 'owner: Service: Quality').replace('Never end', 'Never {end'));
    expect(loadPlaybook(dir).problems.map((p) => [p.code, p.line])).toEqual([
      ['yaml-syntax', 4],
      ['mdx-syntax', 15],
    ]);
  });
});

describe('displayPath', () => {
  it('shows a path below the working directory relative to it, with forward slashes', () => {
    expect(displayPath(path.join('/work', 'book', 'scripts', 'en', 'a.mdx'), path.join('/work', 'book'))).toBe('scripts/en/a.mdx');
  });

  it('shows a path outside the working directory in full', () => {
    expect(displayPath('/srv/playbook/scripts/en/a.mdx', '/work/book')).toBe('/srv/playbook/scripts/en/a.mdx');
  });
});
