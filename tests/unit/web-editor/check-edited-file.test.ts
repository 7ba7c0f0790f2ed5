import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEditedFile } from '../../../src/lib/authoring/web-editor/check-edited-file.ts';
import { displayPath } from '../../../src/lib/engine/content/load-playbook.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../fixtures/valid');
const options = { contentDir: CONTENT, audience: 'everyone', strict: false, drafts: false };
const FILE = 'objections/en/too-expensive.mdx';
const text = fs.readFileSync(path.join(CONTENT, FILE), 'utf8');

describe('checking an entry as it stands in the editor, before it is saved', () => {
  it('finds nothing in an entry that passes the check', () => {
    expect(checkEditedFile(options, FILE, text)).toEqual([]);
  });

  it('names the problems of the edited text with the file’s real path, links to other entries included', () => {
    const problems = checkEditedFile(options, FILE, text.replace(/^category: \w+$/m, 'category: pricing'));
    expect(problems.map((p) => [p.file, p.field, p.code])).toEqual([[displayPath(path.join(CONTENT, FILE)), 'category', 'schema']]);
    const linked = checkEditedFile(options, FILE, `${text}\nSee [the missing module](module:no-such-module).\n`);
    expect(linked.map((p) => p.code)).toEqual(['unknown-reference']);
    expect(fs.readFileSync(path.join(CONTENT, FILE), 'utf8')).toBe(text);
  });

  it('refuses a path outside the content folder', () => {
    expect(() => checkEditedFile(options, '../outside.mdx', text)).toThrow('not a path inside the content folder');
  });
});
