import { describe, expect, it } from 'vitest';
import { parseMdxBody } from '../../../src/lib/engine/content/mdx-body.ts';

describe('parseMdxBody', () => {
  it('parses Markdown with links, code and HTML', () => {
    const { tree, problems } = parseMdxBody('Text with [a link](module:x), `{code}` and <em>tip</em>.\n', 10);
    expect(problems).toEqual([]);
    expect(tree?.type).toBe('root');
  });

  it('reports an unclosed tag at its file line, without positions counted from the body', () => {
    expect(parseMdxBody('Intro.\n\nSend it <b>today.\n', 20).problems).toEqual([
      {
        code: 'mdx-syntax',
        severity: 'error',
        line: 22,
        field: 'body',
        message: 'The MDX body cannot be read: Expected a closing tag for `<b>` before the end of `paragraph`.',
        expected: 'In MDX, { and } start JavaScript and < starts a component: write them as \\{, \\} and &lt; in text, put them in `code`, or close the tag.',
      },
    ]);
  });

  it('reports an unclosed brace at the line where it opens', () => {
    const [problem] = parseMdxBody('One.\n\nTwo {name\n\nThree.\n', 7).problems;
    expect(problem?.line).toBe(9);
    expect(problem?.message).toMatch(/^The MDX body cannot be read: Unexpected end of file in expression/);
  });

  it('reports a JavaScript expression that cannot be read', () => {
    expect(parseMdxBody('Price {1 +} EUR\n', 5).problems[0]).toMatchObject({ line: 5, message: 'The MDX body cannot be read: Could not parse expression with acorn.' });
  });

  it('reports a component that entries do not have, which would stop the page from rendering', () => {
    expect(parseMdxBody('Intro.\n\nScore it. <Tip>Control items count.</Tip>\n', 30).problems).toMatchObject([
      { code: 'mdx-syntax', line: 32, field: 'body', message: 'The component <Tip> does not exist in playbook entries, so the page cannot be built.' },
    ]);
  });

  it('reports braces that name a variable', () => {
    expect(parseMdxBody('Hello {clientName}, welcome.\n', 4).problems).toMatchObject([
      { line: 4, message: '“{clientName}” is read as JavaScript, which entries cannot run, so the page cannot be built.', expected: 'To show braces as text, write \\{ and \\}, or put the text in `code`.' },
    ]);
  });

  it('accepts lowercase HTML and comments to editors, which render nothing', () => {
    expect(parseMdxBody('Press <kbd>Ctrl</kbd> and <b>go</b>. {/* note to editors */} \\{braces\\}\n', 1).problems).toEqual([]);
  });

  it('refuses literal expressions too: entries run no JavaScript, not even a string', () => {
    expect(parseMdxBody('Write {"{"}braces{"}"}.\n', 1).problems.map((problem) => problem.message)).toEqual([
      '“{"{"}” is read as JavaScript, which entries cannot run, so the page cannot be built.',
      '“{"}"}” is read as JavaScript, which entries cannot run, so the page cannot be built.',
    ]);
  });
});
