import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlaybook } from '../../../src/lib/engine/checks/check-playbook.ts';
import { loadPlaybook } from '../../../src/lib/engine/content/load-playbook.ts';
import { invalidId, SCAFFOLD_KINDS, scaffoldPath, scaffoldStrings, scaffoldText, scaffoldUsage } from '../../../src/lib/authoring/scaffold.ts';
import { BUILTIN_LANGUAGES as SCAFFOLD_LANGUAGES } from '../../../src/lib/i18n/builtin/index.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/valid');

/** Scaffolds every kind in `lang` into a copy of the valid fixture (which has stop phrases in en, ru, he and zh) and checks it. */
function scaffoldAll(lang: string) {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'salesbook-scaffold-')), 'content');
  fs.cpSync(FIXTURE, dir, { recursive: true });
  const files = SCAFFOLD_KINDS.map((kind) => {
    const file = path.join(dir, scaffoldPath(kind, lang, `new-${kind}`));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, scaffoldText(kind, `new-${kind}`, { owner: 'Team', today: '2026-11-22', lang }));
    return file;
  });
  const playbook = loadPlaybook(dir);
  // A book in a language without interface texts is told so whatever its entries are; that is not the scaffold's doing.
  const problems = [...playbook.problems, ...checkPlaybook(playbook, { audience: 'everyone', drafts: true })].filter((problem) => problem.code !== 'interface-text-missing');
  const added = playbook.entries.filter((entry) => files.includes(entry.absPath));
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  return { problems, added };
}

describe('scaffolding new entries', () => {
  it.each([...SCAFFOLD_LANGUAGES, 'de'])('creates drafts of every kind in %s that pass the strict content check beside a whole book', (lang) => {
    const { problems, added } = scaffoldAll(lang);
    expect(problems).toEqual([]);
    expect(added).toHaveLength(SCAFFOLD_KINDS.length);
    expect(added.every((entry) => entry.data.draft)).toBe(true);
  });

  it('writes the placeholders of a Russian entry in Russian', () => {
    const text = scaffoldText('objection', 'too-expensive', { owner: 'Отдел продаж', today: '2026-11-22', lang: 'ru' });
    expect(text).toContain('title: Возражение — так, как его говорит клиент');
    expect(text).toContain('  - technique: уточнение\n    text: Уточняющий вопрос.');
    expect(text).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/);
  });

  it('writes the dialogue and debrief of a Hebrew scenario in Hebrew and of a Chinese one in Chinese', () => {
    const he = scaffoldText('scenario', 'complaint', { owner: 'צוות', today: '2026-11-22', lang: 'he' });
    expect(he).toContain('rep: שלום! המשפט הראשון של הנציג.');
    expect(he).toContain('## תחקיר');
    const zh = scaffoldText('scenario', 'complaint', { owner: '团队', today: '2026-11-22', lang: 'zh' });
    expect(zh).toContain('  * 客户同意。 -> agree');
    expect(zh).toContain('## 复盘');
  });

  it('quotes a placeholder that YAML would otherwise misread', () => {
    expect(scaffoldText('scenario', 'x', { owner: 'Team', today: '2026-11-22', lang: 'ru' })).toContain('title: "Ролевая игра: новый сценарий"');
  });

  it('uses English placeholders for a language without built-in ones, and its ui/<lang>.yaml texts first', () => {
    const de = scaffoldText('method', 'eskalation', { owner: 'Team', today: '2026-11-22', lang: 'de', overrides: { de: { scaffold: { stepFirstName: 'Erster Schritt' } } } });
    expect(de).toContain('title: Eskalation');
    expect(de).toContain('  - name: Erster Schritt\n    text: What to do.');
    expect(scaffoldStrings('pt-BR').summary).toBe(scaffoldStrings('en').summary);
    expect(scaffoldStrings('zh-Hant').roleClient).toBe('客户');
  });

  it('writes plain English, never the isolates pages wrap it in, into a right-to-left entry without placeholders of its own', () => {
    expect(scaffoldText('standard', 'greeting', { owner: 'Team', today: '2026-11-22', lang: 'ar' })).not.toMatch(/[\u2066-\u2069]/u);
  });

  it('has every placeholder in every built-in language', () => {
    const keys = Object.keys(scaffoldStrings('en')).sort();
    for (const lang of SCAFFOLD_LANGUAGES) expect(Object.keys(scaffoldStrings(lang)).sort()).toEqual(keys);
    for (const lang of SCAFFOLD_LANGUAGES.filter((l) => l !== 'en'))
      for (const key of keys) expect(scaffoldStrings(lang)[key as 'summary'], `${lang}.${key}`).not.toBe(scaffoldStrings('en')[key as 'summary']);
  });

  it('lists every kind with where its file goes in the usage', () => {
    const usage = scaffoldUsage();
    for (const kind of SCAFFOLD_KINDS) expect(usage).toMatch(new RegExp(`^  ${kind} +\\S.* → ${scaffoldPath(kind, '<lang>', '<id>')}$`, 'm'));
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
