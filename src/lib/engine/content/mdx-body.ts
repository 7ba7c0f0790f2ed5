import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { LocatedProblem } from '../problems.ts';
import { mdxRenderProblems } from './mdx-render-problems.ts';

// GFM as the site renders it: tables, strikethrough, task lists and bare web addresses.
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/**
 * Parses an MDX body the way the build will, so a syntax error (or a component or variable that
 * would fail the page) is reported with its file line before building.
 */
export function parseMdxBody(body: string, bodyLine: number): { tree?: Root; problems: LocatedProblem[] } {
  try {
    const tree = parser.parse(body);
    return { tree, problems: mdxRenderProblems(tree, bodyLine) };
  } catch (error) {
    const place = error as { reason?: string; message?: string; line?: number | null };
    // Positions inside the message count from the body, not the file: the problem's line says where.
    const reason = (place.reason ?? place.message ?? String(error)).split('\n')[0]!.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '');
    return {
      problems: [
        {
          code: 'mdx-syntax',
          severity: 'error',
          line: place.line ? place.line + bodyLine - 1 : bodyLine,
          field: 'body',
          message: `The MDX body cannot be read: ${reason.replace(/\.$/, '')}.`,
          expected:
            'In MDX, { and } start JavaScript and < starts a component: write them as \\{, \\} and &lt; in text, put them in `code`, or close the tag.',
        },
      ],
    };
  }
}
