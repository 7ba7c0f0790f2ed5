import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { discoverContent } from '../../../src/lib/engine/content/discover.ts';
import { editorConfig } from '../../../src/lib/authoring/web-editor/editor-config.ts';
import type { EditorField } from '../../../src/lib/authoring/web-editor/editor-fields.ts';
import { dataFromFile, dataToFile, type DataFileKind } from '../../../src/lib/authoring/web-editor/data-format.ts';
import { entryFromFile, entryToFile } from '../../../src/lib/authoring/web-editor/entry-format.ts';
import { entryFormats } from '../../../src/client/admin/register-formats.ts';
import { asEditorHandsBack, changedLines, editorReads, editorWrites } from './editor-data.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FOLDERS = [path.join(ROOT, 'content'), path.join(ROOT, 'tests/fixtures/valid')];

interface Collection {
  name: string;
  format?: string;
  fields?: EditorField[];
  files?: { format: string; fields: EditorField[] }[];
}
const config = editorConfig({ languages: ['en'], contentPath: 'content', siteName: 'Test', repositoryName: 'test' }) as { collections: Collection[] };
const FOLDER_OF: Record<string, string> = { call: 'scripts', scenario: 'scripts', objection: 'objections', standard: 'standards', method: 'standards', checklist: 'standards' };
const formats = entryFormats(config.collections as never);
/** The fields the editor shows for one kind of file (its collection's). */
const fieldsOf = (kind: string): EditorField[] =>
  config.collections.find((c) => c.name === `${kind}-en`)?.fields ?? config.collections.flatMap((c) => c.files ?? []).find((f) => f.format === `salesbook-${kind}`)!.fields;
/** The fields our format for the file's folder knows (all kinds of the folder). */
const formatFieldsOf = (kind: string): EditorField[] => (FOLDER_OF[kind] ? formats.get(`salesbook-${FOLDER_OF[kind]}`)! : fieldsOf(kind));

interface SampleFile {
  name: string;
  text: string;
  kind: string;
}

function sampleFiles(): SampleFile[] {
  return FOLDERS.flatMap((dir) => {
    const found = discoverContent(dir, (p) => p);
    const entries = found.entries.map((entry) => {
      const text = fs.readFileSync(entry.absPath, 'utf8');
      const type = /^type:\s*(\S+)/m.exec(text)?.[1];
      return { name: path.relative(ROOT, entry.absPath), text, kind: entry.collection === 'objections' ? 'objection' : type! };
    });
    const data = found.data.map((file) => ({ name: path.relative(ROOT, file.absPath), text: fs.readFileSync(file.absPath, 'utf8'), kind: file.kind === 'stopPhrases' ? 'stop-phrases' : 'compensation' }));
    const settings = found.config ? [{ name: path.relative(ROOT, found.config), text: fs.readFileSync(found.config, 'utf8'), kind: 'config' }] : [];
    return [...entries, ...data, ...settings];
  });
}

const isEntry = (kind: string) => !['stop-phrases', 'compensation', 'config'].includes(kind);

/** Opens a file as the editor does, lets `change` edit the data, and saves it as the editor does. */
function openAndSave(file: SampleFile, change: (data: Record<string, unknown>) => void = () => {}): string {
  const opened = isEntry(file.kind) ? entryFromFile(editorReads(file.text)) : dataFromFile(editorReads(file.text), file.kind as DataFileKind);
  const data = asEditorHandsBack(structuredClone(opened), fieldsOf(file.kind));
  change(data);
  const fields = formatFieldsOf(file.kind);
  return editorWrites(isEntry(file.kind) ? entryToFile(data, fields) : dataToFile(data, fields, file.kind as DataFileKind));
}

/** One phrase-like value of each kind of file, the way an author would change it. */
function changeOnePhrase(kind: string, data: any, to: string): void {
  switch (kind) {
    case 'call':
      data.modules[data.modules.length - 1].variants[0] = to;
      return;
    case 'scenario':
      data.dialogue = data.dialogue.replace(/^(\w+): .*$/m, `$1: ${to}`);
      return;
    case 'objection':
      data.responses[1].text = to;
      return;
    case 'standard':
      if (data.norms?.length) data.norms[0].target = to;
      else data.summary = to;
      return;
    case 'method':
      data.steps[0].text = to;
      return;
    case 'checklist':
      data.sections[0].items[0].text = to;
      return;
    case 'stop-phrases':
      data.phrases[0].replacements[0] = to;
      return;
    case 'compensation':
      data.tiers[1].options[0].text = to;
      return;
    case 'config':
      data.name = to;
      return;
  }
}

const files = sampleFiles();

describe('the web editor on every sample file', () => {
  it('finds every kind of file among the samples', () => {
    expect(new Set(files.map((file) => file.kind))).toEqual(new Set(['call', 'scenario', 'objection', 'standard', 'method', 'checklist', 'stop-phrases', 'compensation', 'config']));
    expect(files.length).toBeGreaterThan(90);
  });

  it.each(files.map((file) => [file.name, file] as const))('leaves %s byte for byte as it was when it is saved unchanged', (_name, file) => {
    expect(openAndSave(file)).toBe(file.text);
  });

  it.each(files.map((file) => [file.name, file] as const))('changes exactly one line of %s when one phrase is changed', (_name, file) => {
    const phrase = 'Thank you: I will call you back by 16:00 today, as agreed.';
    const saved = openAndSave(file, (data) => changeOnePhrase(file.kind, data, phrase));
    const changed = changedLines(file.text, saved);
    expect(changed).toHaveLength(1);
    expect(changed[0]!.to).toContain(phrase.split(':')[0]);
    const reopened = openAndSave({ ...file, text: saved }, (data) => {
      const expected = structuredClone(data);
      changeOnePhrase(file.kind, expected, phrase);
      expect(data).toEqual(expected);
    });
    expect(reopened).toBe(saved);
  });
});

describe('the web editor’s file formats', () => {
  const objection = files.find((file) => file.name === 'content/objections/en/too-expensive.mdx')!;
  const call = files.find((file) => file.name === 'content/scripts/en/first-call-gatekeeper.mdx')!;

  it('adds a list item as one line after its siblings, in the file’s quoting', () => {
    const saved = openAndSave(objection, (data: any) => data.aliases.push('Your competitor is cheaper'));
    const before = objection.text.split('\n');
    const after = saved.split('\n');
    const at = before.indexOf('  - "That\'s more than we planned to spend"');
    expect(after.slice(0, at + 1)).toEqual(before.slice(0, at + 1));
    expect(after[at + 1]).toBe('  - "Your competitor is cheaper"');
    expect(after.slice(at + 2)).toEqual(before.slice(at + 1));
  });

  it('removes a list item with its line only', () => {
    const saved = openAndSave(objection, (data: any) => data.aliases.splice(1, 1));
    expect(objection.text.replace('  - "Your rates are too high"\n', '')).toBe(saved);
  });

  it('adds a whole speech module at the end of the list, indented like its neighbours', () => {
    const saved = openAndSave(call, (data: any) => data.modules.push({ id: 'confirm-callback', stage: 'closing', intent: 'Agree when to call back', variants: ['May I call you on Thursday at 10:00?'] }));
    const parsed = parse(saved.split('---')[1]!) as { modules: unknown[] };
    expect(parsed.modules.at(-1)).toEqual({ id: 'confirm-callback', stage: 'closing', intent: 'Agree when to call back', variants: ['May I call you on Thursday at 10:00?'] });
    expect(saved.startsWith(call.text.split('\n---\n')[0]!)).toBe(true);
    expect(saved).toContain('\n  - id: confirm-callback\n    stage: closing\n    intent: Agree when to call back\n    variants:\n      - May I call you on Thursday at 10:00?\n---\n');
  });

  it('rewrites a one-line list in place, still on one line', () => {
    const saved = openAndSave(objection, (data: any) => data.channels.push('video'));
    expect(changedLines(objection.text, saved)).toEqual([{ line: 13, from: 'channels: [phone, email, chat, in-person]', to: 'channels: [phone, email, chat, in-person, video]' }]);
  });

  it('adds an optional field under its item and removes it again when it is cleared', () => {
    const added = openAndSave(objection, (data: any) => (data.responses[0].technique = 'clarify-the-price'));
    expect(changedLines(objection.text, added)).toHaveLength(1);
    const withNote = openAndSave(call, (data: any) => delete data.modules[0].note);
    expect(withNote.split('\n').length).toBe(call.text.split('\n').length - 1);
    expect(withNote).not.toContain('Give your name and the company in the first sentence.');
  });

  it('keeps the comments of a data file and fields the editor does not know', () => {
    const stop = files.find((file) => file.name === 'content/standards/en/stop-phrases.yaml')!;
    const saved = openAndSave(stop, (data: any) => (data.phrases[0].why = 'It promises nothing.'));
    expect(saved.split('\n').slice(0, 2)).toEqual(stop.text.split('\n').slice(0, 2));
    const unknown = { ...call, text: call.text.replace('owner: Sales Enablement\n', 'owner: Sales Enablement\nlegacyId: 42\n') };
    expect(openAndSave(unknown, (data: any) => delete data.legacyId)).toBe(unknown.text);
  });

  it('keeps the body byte for byte when only a field changed, and the fields when only the body changed', () => {
    const saved = openAndSave(call, (data: any) => (data.body = `${(data.body as string).trim()}\n\nCall back within two days.`));
    const [head] = call.text.split('\n---\n');
    expect(saved.startsWith(`${head}\n---\n`)).toBe(true);
    expect(saved.endsWith('the call with the contact person](script:second-call-contact).\n\nCall back within two days.\n')).toBe(true);
  });

  it('gives a scenario’s dialogue a field of its own and writes it back inside its fence', () => {
    const scenario = files.find((file) => file.name === 'tests/fixtures/valid/scripts/en/cold-call-roleplay.mdx')!;
    const opened = entryFromFile(editorReads(scenario.text));
    expect(opened.dialogue).toMatch(/^rep: Good morning! This is Sam from Brightline\./);
    expect(opened.dialogue).toMatch(/-> end$/);
    expect(opened.body).toBe('Sam calls a design studio of twenty people.');
    const saved = openAndSave(scenario, (data: any) => (data.dialogue = `${data.dialogue}`.replace('  * Go ahead. -> needs', '  * Go ahead. -> needs\n  * Call me next week. -> needs')));
    expect(saved.split('\n').length).toBe(scenario.text.split('\n').length + 1);
    expect(saved).toContain('  * Go ahead. -> needs\n  * Call me next week. -> needs\n');
  });

  it('writes a new entry whole, with the frontmatter, the body and the dialogue in its fence', () => {
    const fields = formatFieldsOf('scenario');
    const text = entryToFile(
      { type: 'scenario', title: 'Role-play: a new client', summary: 'A first call.', owner: 'Team', reviewed: '2026-11-22', channels: ['phone'], kind: 'cold-call', roles: { rep: 'Rep', client: 'Client' }, body: 'Intro.', dialogue: 'rep: Hello!\n-> end', debrief: '## Debrief\n\nWell done.' },
      fields,
    );
    expect(text).toBe(
      '---\ntype: scenario\ntitle: "Role-play: a new client"\nsummary: A first call.\nowner: Team\nreviewed: 2026-11-22\nchannels:\n  - phone\nkind: cold-call\nroles:\n  rep: Rep\n  client: Client\n---\n\nIntro.\n\n```dialogue\nrep: Hello!\n-> end\n```\n\n## Debrief\n\nWell done.\n',
    );
  });
});
