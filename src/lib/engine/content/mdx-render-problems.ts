import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { LocatedProblem } from '../problems.ts';

interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  position?: { start: { line: number } };
  data?: { estree?: unknown };
}

// Entry bodies get no components of their own (the dialogue block becomes one by itself), and no
// variables: both parse as MDX but stop the page from rendering, with a stack trace, mid-build.
const COMPONENT = /^[A-Z]|\./;

/** Finds components and JavaScript in an MDX body that parse but would fail when the page is built. */
export function mdxRenderProblems(tree: Root, bodyLine: number): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const report = (node: MdxNode, message: string, expected: string) =>
    problems.push({ code: 'mdx-syntax', severity: 'error', line: (node.position?.start.line ?? 1) + bodyLine - 1, field: 'body', message, expected });
  visit(tree, (node) => {
    const mdx = node as MdxNode;
    if (mdx.type === 'mdxJsxFlowElement' || mdx.type === 'mdxJsxTextElement') {
      if (mdx.name && COMPONENT.test(mdx.name))
        report(
          mdx,
          `The component <${mdx.name}> does not exist in playbook entries, so the page cannot be built.`,
          `Use Markdown or lowercase HTML tags such as <b>; to show the tag as text, write &lt;${mdx.name}> or put it in \`code\`.`,
        );
    } else if ((mdx.type === 'mdxFlowExpression' || mdx.type === 'mdxTextExpression') && usesNames(mdx.data?.estree)) {
      report(
        mdx,
        `“{${oneLine(mdx.value ?? '')}}” is read as JavaScript, which entries cannot run, so the page cannot be built.`,
        'To show braces as text, write \\{ and \\}, or put the text in `code`.',
      );
    }
  });
  return problems;
}

// Literals and comments render; any name (a variable, a function) is undefined in an entry.
function usesNames(tree: unknown): boolean {
  if (Array.isArray(tree)) return tree.some(usesNames);
  if (tree === null || typeof tree !== 'object') return false;
  if ((tree as { type?: unknown }).type === 'Identifier') return true;
  return Object.entries(tree).some(([key, value]) => key !== 'comments' && usesNames(value));
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 37)}…` : flat;
}
