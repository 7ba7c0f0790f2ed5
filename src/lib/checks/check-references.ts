import type { Link } from 'mdast';
import { visit } from 'unist-util-visit';
import type { EditionFilter } from '../audience.ts';
import type { PlaybookEntry } from '../content/load-playbook.ts';
import type { LanguageIndex, LinkType } from '../playbook-index.ts';
import type { Problem } from '../problems.ts';
import { parseLinkTarget, resolveReference } from '../resolve-reference.ts';

/** Checks `TYPE:ID` links in MDX bodies and the `related` ids of objections. */
export function checkReferences(entries: readonly PlaybookEntry[], index: Map<string, LanguageIndex>, filter: EditionFilter): Problem[] {
  const problems: Problem[] = [];
  const check = (entry: PlaybookEntry, type: LinkType, id: string, line: number | undefined, field: string) => {
    const result = resolveReference(index, entry, type, id, filter);
    if ('message' in result)
      problems.push({ code: 'unknown-reference', severity: 'error', file: entry.file, line, field, message: result.message, expected: result.expected });
  };
  for (const entry of entries) {
    visit(entry.tree, 'link', (node: Link) => {
      const target = parseLinkTarget(node.url);
      if (!target) return;
      const line = node.position ? node.position.start.line + entry.bodyLine - 1 : undefined;
      check(entry, target.type, target.id, line, `link ${node.url}`);
    });
    if (entry.collection === 'objections') {
      const { related } = entry.data;
      related.modules.forEach((id, i) => check(entry, 'module', id, entry.lineOf(['related', 'modules', i]), `related.modules[${i}]`));
      related.scenarios.forEach((id, i) => check(entry, 'scenario', id, entry.lineOf(['related', 'scenarios', i]), `related.scenarios[${i}]`));
    }
  }
  return problems;
}
