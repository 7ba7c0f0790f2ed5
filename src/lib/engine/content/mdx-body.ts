import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { problem, type LocatedProblem } from '../problems.ts';
import { bodyMarkupProblems } from './body-markup-problems.ts';

// GFM as the site renders it: tables, strikethrough, task lists and bare web addresses.
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/**
 * Parses an MDX body the way the build will, and reports with its file line a syntax error or
 * anything that is not data: JavaScript, HTML outside the allow-list, addresses that are not allowed.
 */
export function parseMdxBody(body: string, bodyLine: number): { tree?: Root; problems: LocatedProblem[] } {
  try {
    const tree = parser.parse(body);
    return { tree, problems: bodyMarkupProblems(tree, bodyLine) };
  } catch (error) {
    const place = error as { reason?: string; message?: string; line?: number | null };
    // Positions inside the message count from the body, not the file: the problem's line says where.
    const reason = (place.reason ?? place.message ?? String(error)).split('\n')[0]!.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '');
    return { problems: [problem('mdx-syntax', { case: 'unreadable', reason: reason.replace(/\.$/, '') }, { line: place.line ? place.line + bodyLine - 1 : bodyLine, field: 'body' })] };
  }
}
