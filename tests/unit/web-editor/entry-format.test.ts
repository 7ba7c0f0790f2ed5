import { describe, expect, it } from 'vitest';
import { dataFromFile, dataToFile } from '../../../src/lib/authoring/web-editor/data-format.ts';
import { entryFromFile, entryToFile } from '../../../src/lib/authoring/web-editor/entry-format.ts';
import type { EditorField } from '../../../src/lib/authoring/web-editor/editor-fields.ts';

const fields: EditorField[] = [
  { name: 'type', label: 'Type', widget: 'hidden' },
  { name: 'title', label: 'Title', widget: 'string' },
  { name: 'body', label: 'Text', widget: 'markdown' },
  { name: 'dialogue', label: 'Dialogue', widget: 'text' },
  { name: 'debrief', label: 'Debrief', widget: 'markdown' },
];

describe('reading and writing entries the editor cannot take apart', () => {
  it('keeps a file without frontmatter as text, and writes back only an edited text', () => {
    const opened = entryFromFile('Just some text.');
    expect(opened.body).toBe('Just some text.');
    expect(entryToFile({ ...opened, title: 'Now with a title', body: 'Just some text.' }, fields)).toBe('---\ntitle: Now with a title\n---\n\nJust some text.\n');
  });

  it('shows a file whose frontmatter is not valid YAML with its body, and refuses to guess how to change it', () => {
    const text = '---\ntitle: [broken\n---\n\nBody.';
    const opened = entryFromFile(text);
    expect(opened.body).toBe('Body.');
    expect(entryToFile(opened, fields)).toBe(text);
    expect(() => entryToFile({ ...opened, title: 'Fixed' }, fields)).toThrow("The file's YAML cannot be read");
  });

  it('adds a dialogue to a scenario that had none, after its introduction', () => {
    const text = '---\ntype: scenario\ntitle: S\n---\n\nIntro.\n';
    const opened = entryFromFile(text);
    expect(opened).toMatchObject({ body: 'Intro.', dialogue: '', debrief: '' });
    expect(entryToFile({ ...opened, dialogue: 'rep: Hello.\n-> end' }, fields)).toBe('---\ntype: scenario\ntitle: S\n---\n\nIntro.\n\n```dialogue\nrep: Hello.\n-> end\n```\n');
  });

  it('closes a dialogue whose fence was never closed when the dialogue is edited', () => {
    const text = '---\ntype: scenario\ntitle: S\n---\n\n```dialogue\nrep: Hi.\n';
    const opened = entryFromFile(text);
    expect(opened.dialogue).toBe('rep: Hi.');
    expect(entryToFile({ ...opened, dialogue: 'rep: Hello.' }, fields)).toBe('---\ntype: scenario\ntitle: S\n---\n\n```dialogue\nrep: Hello.\n```\n');
  });

  it('reads a data file that is not valid YAML as empty, and writes a stop-phrase list into an empty file', () => {
    expect(dataFromFile('a: [', 'compensation')).toMatchObject({ salesbookSource: 'a: [' });
    expect(dataFromFile('a: [', 'stop-phrases')).toMatchObject({ phrases: [] });
    const listField: EditorField = { name: 'phrases', label: 'Stop phrases', widget: 'list', fields: [{ name: 'phrase', label: 'Phrase', widget: 'string' }] };
    expect(dataToFile({ phrases: [{ phrase: 'Calm down' }], salesbookSource: '' }, [listField], 'stop-phrases')).toBe('- phrase: Calm down\n');
  });

  it('keeps the fence and the debrief when the introduction of a scenario is emptied', () => {
    const text = '---\ntype: scenario\ntitle: S\n---\n\nIntro.\n\n```dialogue\nrep: Hi.\n```\n\n## Debrief\n';
    expect(entryToFile({ ...entryFromFile(text), body: '' }, fields)).toBe('---\ntype: scenario\ntitle: S\n---\n\n```dialogue\nrep: Hi.\n```\n\n## Debrief\n');
  });

  it('reads a dialogue fenced with tildes and keeps the file’s line breaks inside it', () => {
    const text = '---\r\ntype: scenario\r\ntitle: S\r\n---\r\n\r\n~~~~ dialogue\r\nrep: Hi.\r\n~~~~\r\n';
    const opened = entryFromFile(text);
    expect(opened.dialogue).toBe('rep: Hi.');
    expect(entryToFile(opened, fields)).toBe(text);
    expect(entryToFile({ ...opened, dialogue: 'rep: Hi.\n-> end' }, fields)).toBe('---\r\ntype: scenario\r\ntitle: S\r\n---\r\n\r\n~~~~ dialogue\r\nrep: Hi.\r\n-> end\r\n~~~~\r\n');
  });

  it('writes a new entry of another kind with its body only', () => {
    expect(entryToFile({ title: 'Objection', body: 'Why clients say it.' }, fields)).toBe('---\ntitle: Objection\n---\n\nWhy clients say it.\n');
  });
});
