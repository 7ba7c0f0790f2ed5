import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlaybook } from '../../../src/lib/engine/checks/check-playbook.ts';
import { loadPlaybook } from '../../../src/lib/engine/content/load-playbook.ts';
import { invalidId, SCAFFOLD_KINDS, scaffoldPath, scaffoldText } from '../../../src/lib/authoring/scaffold.ts';

describe('scaffolding new entries', () => {
  it('creates entries of every kind that pass the content check as drafts', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'salesbook-scaffold-'));
    for (const kind of SCAFFOLD_KINDS) {
      const file = path.join(dir, scaffoldPath(kind, 'en', `new-${kind}`));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, scaffoldText(kind, `new-${kind}`, { owner: 'Team', today: '2026-11-22' }));
    }
    const playbook = loadPlaybook(dir);
    const problems = [...playbook.problems, ...checkPlaybook(playbook, { audience: 'everyone', drafts: true })];
    expect(problems).toEqual([]);
    expect(playbook.entries).toHaveLength(SCAFFOLD_KINDS.length);
    expect(playbook.entries.every((entry) => entry.data.draft)).toBe(true);
  });

  it('puts scripts and scenarios in scripts/, objections in objections/, the rest in standards/', () => {
    expect(scaffoldPath('scenario', 'ru', 'x')).toBe('scripts/ru/x.mdx');
    expect(scaffoldPath('objection', 'en', 'x')).toBe('objections/en/x.mdx');
    expect(scaffoldPath('checklist', 'he', 'x')).toBe('standards/he/x.mdx');
  });

  it('refuses ids that cannot be file names and anchors', () => {
    expect(invalidId('Price Too High')).toContain('lowercase letters');
    expect(invalidId('price-too-high')).toBeUndefined();
  });
});
