import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { alignLists, patchYaml, sameData, type Shape } from '../../../src/lib/authoring/web-editor/yaml-patch.ts';

const shape: Shape = {
  fields: [
    { name: 'title', label: 'Title', widget: 'string', required: true },
    { name: 'note', label: 'Note', widget: 'text', required: false },
    { name: 'tags', label: 'Tags', widget: 'list', default: [], field: { name: 'value', label: 'Tag', widget: 'string' } },
    { name: 'draft', label: 'Draft', widget: 'boolean', default: false },
    { name: 'steps', label: 'Steps', widget: 'list', fields: [{ name: 'name', label: 'Name', widget: 'string' }, { name: 'text', label: 'Text', widget: 'text' }] },
    { name: 'story', label: 'Story', widget: 'text' },
  ],
};

/** `text` with its YAML changed to `next` by the patch. */
const patched = (text: string, change: (data: any) => void) => {
  const data = parse(text);
  change(data);
  const out = patchYaml(text, data, shape);
  expect(parse(out)).toEqual(data);
  return out;
};

describe('patching YAML with the edited values', () => {
  it('rewrites a block text in its block style, indented as before', () => {
    const text = 'title: A\nstory: |\n  First line.\n  Second line.\ntags: [a]\n';
    expect(patched(text, (d) => (d.story = 'First line.\nChanged line.\n'))).toBe('title: A\nstory: |\n  First line.\n  Changed line.\ntags: [a]\n');
  });

  it('fills an empty one-line list in place', () => {
    expect(patched('title: A\ntags: []\ndraft: true\n', (d) => d.tags.push('new', 'two words'))).toBe('title: A\ntags: [new, two words]\ndraft: true\n');
  });

  it('gives a field written without a value its value on the same line', () => {
    expect(patched('title:\nnote: x\n', (d) => (d.title = 'Now set'))).toBe('title: Now set\nnote: x\n');
  });

  it('adds a missing field after the last field of its group', () => {
    expect(patched('steps:\n  - name: A\n    text: Do it.\ntitle: T\n', (d) => (d.steps[0].note = undefined, d.note = 'Added'))).toBe('steps:\n  - name: A\n    text: Do it.\ntitle: T\nnote: Added\n');
  });

  it('removes a field in the middle with its lines, nested lines included', () => {
    expect(patched('title: T\ntags:\n  - a\n  - b\ndraft: true\n', (d) => delete d.tags)).toBe('title: T\ndraft: true\n');
  });

  it('removes the first, a middle and the last item of a list of groups', () => {
    const text = 'steps:\n  - name: A\n    text: a\n  - name: B\n    text: b\n  - name: C\n    text: c\n';
    expect(patched(text, (d) => d.steps.splice(0, 1))).toBe('steps:\n  - name: B\n    text: b\n  - name: C\n    text: c\n');
    expect(patched(text, (d) => d.steps.splice(1, 1))).toBe('steps:\n  - name: A\n    text: a\n  - name: C\n    text: c\n');
    expect(patched(text, (d) => d.steps.splice(2, 1))).toBe('steps:\n  - name: A\n    text: a\n  - name: B\n    text: b\n');
  });

  it('inserts an item at the top of a list before the first one', () => {
    expect(patched('tags:\n  - b\n  - c\n', (d) => d.tags.unshift('a'))).toBe('tags:\n  - a\n  - b\n  - c\n');
  });

  it('keeps the file’s way of indenting lists under their key', () => {
    expect(patched('title: T\nsteps:\n- name: A\n  text: a\n', (d) => d.steps.push({ name: 'B', text: 'b' }))).toBe('title: T\nsteps:\n- name: A\n  text: a\n- name: B\n  text: b\n');
  });

  it('keeps comments beside and between values that did not change', () => {
    const text = '# Head comment\ntitle: T # the title\n\n# Steps below\nsteps:\n  - name: A # first\n    text: a\n';
    expect(patched(text, (d) => (d.steps[0].text = 'changed'))).toBe('# Head comment\ntitle: T # the title\n\n# Steps below\nsteps:\n  - name: A # first\n    text: changed\n');
  });

  it('quotes a changed value when YAML needs it, in the quotes it already had otherwise', () => {
    expect(patched("title: 'single'\nnote: plain\n", (d) => ((d.title = "it's"), (d.note = 'key: value')))).toBe("title: 'it''s'\nnote: \"key: value\"\n");
  });

  it('leaves a file that holds the same data untouched, whatever its formatting', () => {
    const text = "title:   'spaced'   # c\ntags: [ a,b ]\nsteps:\n    -   name: A\n        text: >-\n          folded\n          text\n";
    expect(patchYaml(text, parse(text), shape)).toBe(text);
  });

  it('rewrites a one-line group of fields in place, still on one line', () => {
    expect(patched('title: T\nroles: { rep: Rep, client: Client }\n', (d) => (d.roles.client = 'Buyer'))).toBe('title: T\nroles: { rep: Rep, client: Buyer }\n');
  });

  it('writes a list where a single value was, and a single value where a list was, below the key', () => {
    expect(patched('tags: none\ntitle: T\n', (d) => (d.tags = ['a', 'b']))).toBe('tags:\n  - a\n  - b\ntitle: T\n');
    expect(patched('story:\n  - a\n  - b\ntitle: T\n', (d) => (d.story = 'One text'))).toBe('story:\n  One text\ntitle: T\n');
  });

  it('changes numbers and true/false as they are written', () => {
    const shaped = { fields: [{ name: 'weight', label: 'Weight', widget: 'number' }, { name: 'control', label: 'Control', widget: 'boolean', default: false }] };
    expect(patchYaml('weight: 2\ncontrol: false\n', { weight: 3, control: true }, shaped)).toBe('weight: 3\ncontrol: true\n');
  });

  it('keeps a field written without a value when the editor gives it no value either', () => {
    expect(patchYaml('title: T\nnote:\ntags:\n', { title: 'T', note: '', tags: [] }, shape)).toBe('title: T\nnote:\ntags:\n');
  });

  it('removes an optional list the author emptied, so its default applies', () => {
    expect(patchYaml('title: T\ntags:\n  - a\ndraft: true\n', { title: 'T', tags: [], draft: true }, shape)).toBe('title: T\ndraft: true\n');
  });

  it('writes an emptied required text as an empty text rather than removing it', () => {
    expect(patched('title: Old\nnote: x\n', (d) => (d.title = ''))).toBe('title: ""\nnote: x\n');
  });

  it('adds and removes at the end of a file without a final line break', () => {
    expect(patched('title: T\ntags:\n  - a', (d) => d.tags.push('b'))).toBe('title: T\ntags:\n  - a\n  - b\n');
    expect(patched('title: T\nnote: x', (d) => delete d.note)).toBe('title: T\n');
  });

  it('gives a key written alone with an explicit marker its value after it', () => {
    expect(patched('? title\nnote: x\n', (d) => (d.title = 'Set'))).toBe('? title\n: Set\nnote: x\n');
  });

  it('edits an item in place and adds the next one right after it in one save', () => {
    expect(patched('tags:\n  - a\n  - b\n  - c\n', (d) => d.tags.splice(1, 1, 'B', 'x'))).toBe('tags:\n  - a\n  - B\n  - x\n  - c\n');
  });

  it('adds a missing list field under its key, in the file’s way of indenting lists', () => {
    expect(patched('title: T\nsteps:\n- name: A\n  text: a\n', (d) => (d.tags = ['new']))).toBe('title: T\nsteps:\n- name: A\n  text: a\ntags:\n- new\n');
    expect(patched('title: T', (d) => (d.note = 'Added'))).toBe('title: T\nnote: Added\n');
  });

  it('writes nothing into an empty file when there is nothing to write', () => {
    expect(patchYaml('', {}, shape)).toBe('');
  });

  it('changes only the lines of the values that changed, for any change of any text', () => {
    const base = { title: 'Title', note: 'Note', tags: ['one', 'two', 'three'], steps: [{ name: 'A', text: 'Alpha' }, { name: 'B', text: 'Beta' }] };
    const text = 'title: Title\nnote: "Note"\ntags:\n  - one\n  - two\n  - three\nsteps:\n  - name: A\n    text: Alpha\n  - name: B\n    text: Beta\n';
    const leaves = [['title'], ['note'], ['tags', 0], ['tags', 2], ['steps', 0, 'text'], ['steps', 1, 'name']] as const;
    fc.assert(
      fc.property(fc.subarray([...leaves.keys()], { minLength: 1 }), fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '' && !s.includes('\n')), (which, value) => {
        const next = structuredClone(base) as any;
        for (const index of which) {
          const leaf = leaves[index]!;
          let target = next;
          for (const key of leaf.slice(0, -1)) target = target[key];
          target[leaf.at(-1)!] = `${value}${index}`;
        }
        const out = patchYaml(text, next, shape);
        expect(parse(out)).toEqual(next);
        const before = text.split('\n');
        const after = out.split('\n');
        expect(after).toHaveLength(before.length);
        expect(after.filter((line, i) => line !== before[i])).toHaveLength(which.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('lining up two lists', () => {
  it('keeps equal items and marks what was removed and added', () => {
    expect(alignLists(['a', 'b', 'c'], ['a', 'c', 'd'])).toEqual([{ kind: 'keep' }, { kind: 'delete' }, { kind: 'keep' }, { kind: 'insert', value: 'd' }]);
  });

  it('compares items by their data', () => {
    expect(sameData({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
});
