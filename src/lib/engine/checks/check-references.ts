import type { Definition, Link } from 'mdast';
import { visit } from 'unist-util-visit';
import type { EditionFilter } from '../audience.ts';
import type { PlaybookEntry } from '../content/load-playbook.ts';
import { lookup, type LanguageIndex, type LinkType, type UnreadableTargets } from '../playbook-index.ts';
import { problem, type Problem } from '../problems.ts';
import { followReference, parseLinkTarget } from '../resolve-reference.ts';

/** What the reference checks leave to other problems: entries with errors of their own, undeclared audiences. */
export interface ReferenceContext {
  /** Targets of entries that failed to load; a reference to them is not reported again. */
  unreadable?: UnreadableTargets;
  /** Audiences declared in config.yaml. */
  audiences?: ReadonlySet<string>;
}

/** Checks `TYPE:ID` links (inline or as reference definitions) in MDX bodies and the `related` ids of objections. */
export function checkReferences(
  entries: readonly PlaybookEntry[],
  index: Map<string, LanguageIndex>,
  filter: EditionFilter,
  context: ReferenceContext = {},
): Problem[] {
  const problems: Problem[] = [];
  const check = (entry: PlaybookEntry, type: LinkType, id: string, line: number | undefined, field: string) => {
    if (!lookup(index, entry.lang, type, id) && context.unreadable?.has(`${entry.lang}:${type}:${id}`)) return;
    const result = followReference(index, entry, type, id, filter, context.audiences);
    if ('reason' in result) problems.push(problem('unknown-reference', result.reason, { file: entry.file, line, field }));
  };
  for (const entry of entries) {
    visit(entry.tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const target = parseLinkTarget((node as Link | Definition).url);
      if (!target) return;
      const line = node.position ? node.position.start.line + entry.bodyLine - 1 : undefined;
      check(entry, target.type, target.id, line, `link ${(node as Link | Definition).url}`);
    });
    if (entry.collection === 'objections') {
      const { related } = entry.data;
      related.modules.forEach((id, i) => check(entry, 'module', id, entry.lineOf(['related', 'modules', i]), `related.modules[${i}]`));
      related.scenarios.forEach((id, i) => check(entry, 'scenario', id, entry.lineOf(['related', 'scenarios', i]), `related.scenarios[${i}]`));
    }
  }
  return problems;
}
