import type { Nodes, Root } from 'mdast';

// Code shows what to type, not what to say; ESM and expressions are JavaScript. Dialogue blocks
// are code too: scenarios index their lines from the parsed dialogue instead.
const SKIPPED = new Set(['code', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'yaml', 'definition']);
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** The readable paragraphs of an MDX body (headings, paragraphs, list items, table cells), as plain text. */
export function bodyParagraphs(tree: Root): string[] {
  const paragraphs: string[] = [];
  const visit = (node: Nodes): void => {
    if (SKIPPED.has(node.type)) return;
    if (BLOCKS.has(node.type)) {
      const text = inlineText(node).replace(/\s+/gu, ' ').trim();
      if (text !== '') paragraphs.push(text);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return paragraphs;
}

function inlineText(node: Nodes): string {
  if (SKIPPED.has(node.type)) return '';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if ('children' in node) return node.children.map((child) => inlineText(child as Nodes)).join('');
  return '';
}
