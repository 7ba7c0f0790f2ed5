import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { LinkType } from '../playbook-index.ts';
import { parseLinkTarget, type UnresolvedReference } from '../resolve-reference.ts';

/** Finds the page a `TYPE:ID` link in `filePath` points to. */
export type EntryLinkResolver = (filePath: string, type: LinkType, id: string) => string | UnresolvedReference;

/**
 * Rewrites `[text](objection:too-expensive)` links to the entry's page in the same language
 * (a module to its anchor). An unresolvable link fails the file; the content check reports it first.
 */
export function remarkEntryLinks(options: { resolve: EntryLinkResolver }) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'link', (node: Link) => {
      const target = parseLinkTarget(node.url);
      if (!target || !file.path) return;
      const resolved = options.resolve(file.path, target.type, target.id);
      if (typeof resolved === 'string') node.url = resolved;
      else file.fail(`${resolved.message} ${resolved.expected}`, node, 'salesbook:unknown-reference');
    });
  };
}
