import { describe, expect, it } from 'vitest';
import { parseYamlSource, splitFrontmatter } from '../../../src/lib/engine/content/yaml-source.ts';

// Frontmatter as it sits in a file: the YAML starts on line 2, after the opening ---.
const yaml = [
  'title: Cold call', //          2
  'modules:', //                  3
  '  - id: greet', //             4
  '    variants:', //             5
  '      - Hello!', //            6
  '      - Good morning!', //     7
  '    note: |', //               8
  '      Smile.', //              9
  'related:', //                 10
  '  modules: [a, b]', //        11
].join('\n');

const lineOf = (path: PropertyKey[]) => parseYamlSource(yaml, 2).source!.lineOf(path);

describe('parseYamlSource line mapping', () => {
  it('finds the file line of a top-level field', () => {
    expect(lineOf(['title'])).toBe(2);
  });

  it('finds a list field at its key, not at its first item', () => {
    expect(lineOf(['modules'])).toBe(3);
    expect(lineOf(['modules', 0, 'variants'])).toBe(5);
  });

  it('finds a list item and a field inside it', () => {
    expect(lineOf(['modules', 0])).toBe(4);
    expect(lineOf(['modules', 0, 'id'])).toBe(4);
    expect(lineOf(['modules', 0, 'variants', 1])).toBe(7);
  });

  it('finds an item of a list written on one line', () => {
    expect(lineOf(['related', 'modules', 1])).toBe(11);
  });

  it('finds a block text at its key', () => {
    expect(lineOf(['modules', 0, 'note'])).toBe(8);
  });

  it('shows a missing field at the nearest thing that exists', () => {
    expect(lineOf(['modules', 0, 'stage'])).toBe(4);
    expect(lineOf(['modules', 3])).toBe(3);
    expect(lineOf(['owner'])).toBe(2);
  });

  it('reads the data', () => {
    expect(parseYamlSource(yaml, 2).source?.data).toMatchObject({ title: 'Cold call', related: { modules: ['a', 'b'] } });
  });

  it('reads an empty text as no fields', () => {
    expect(parseYamlSource('', 2).source?.data).toEqual({});
  });
});

describe('parseYamlSource syntax errors', () => {
  const problemsOf = (text: string) => parseYamlSource(text, 2).problems.map(({ line, message, expected }) => ({ line, message, expected }));

  it('explains ": " inside a value, at its line', () => {
    expect(problemsOf('title: Chat\nsummary: Goal: reply fast.\nowner: QA')).toEqual([
      {
        line: 3,
        message: 'The YAML cannot be read: the value contains “: ”, which YAML takes for the start of another field.',
        expected: 'Put the whole value in quotes, e.g. summary: "Goal: book the next call."',
      },
    ]);
  });

  it('reports an unclosed list at the line where it opens, not where the parser gave up', () => {
    expect(problemsOf('title: A\ntags: [a, b\nowner: QA\nreviewed: 2026-01-01')).toEqual([
      {
        line: 3,
        message: 'The YAML cannot be read: the list opened with “[” is never closed.',
        expected: 'Close it with “]” on the same line, or put the whole value in quotes if it starts with “[”.',
      },
    ]);
  });

  it('reports an unclosed quote at the line where it opens', () => {
    expect(problemsOf('title: "Cold call\nowner: QA\nsummary: x')).toMatchObject([
      { line: 2, message: 'The YAML cannot be read: the value that starts with " is never closed.' },
    ]);
  });

  it('names a field written twice, at its second line', () => {
    expect(problemsOf('title: A\nowner: QA\ntitle: B')).toEqual([
      { line: 4, message: 'The YAML cannot be read: the field “title” appears twice.', expected: 'Each field may appear once; remove or rename the repeated key.' },
    ]);
  });

  it('asks for spaces instead of tabs', () => {
    expect(problemsOf('tags:\n\t- a')).toMatchObject([{ line: 3, expected: 'Indent with spaces: YAML does not allow tabs for indentation.' }]);
  });

  it('gives no data when the YAML cannot be read', () => {
    expect(parseYamlSource('a: [', 1).source).toBeUndefined();
  });
});

describe('splitFrontmatter', () => {
  it('splits the YAML from the body and remembers where each starts', () => {
    expect(splitFrontmatter('---\ntitle: A\nowner: B\n---\n\nBody text.\n')).toEqual({ yaml: 'title: A\nowner: B', yamlLine: 2, body: '\nBody text.\n', bodyLine: 5 });
  });

  it('reads Windows line endings and a byte order mark', () => {
    expect(splitFrontmatter('\uFEFF---\r\ntitle: A\r\n---\r\nBody')).toEqual({ yaml: 'title: A', yamlLine: 2, body: 'Body', bodyLine: 4 });
  });

  it('reports a file without frontmatter at line 1', () => {
    expect(splitFrontmatter('# Title\n')).toMatchObject({ problem: { code: 'frontmatter-missing', line: 1, field: 'frontmatter' } });
  });

  it('reports frontmatter that is never closed', () => {
    expect(splitFrontmatter('---\ntitle: A\n')).toMatchObject({
      problem: { code: 'frontmatter-unclosed', message: 'The frontmatter block is never closed.', expected: 'Close the frontmatter with a line containing only "---".' },
    });
  });
});
