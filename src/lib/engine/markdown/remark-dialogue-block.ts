import type { Code, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

/** The component name a scenario page maps to its transcript. */
export const DIALOGUE_COMPONENT = 'Dialogue';

/**
 * Replaces a ```dialogue block with `<Dialogue source="…" />`, so the page renders the
 * transcript where the author put it, between the intro and the debrief.
 */
export function remarkDialogueBlock() {
  return (tree: Root) => {
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== 'dialogue' || !parent || index === undefined) return;
      const element: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: DIALOGUE_COMPONENT,
        attributes: [
          { type: 'mdxJsxAttribute', name: 'source', value: node.value },
        ],
        children: [],
      };
      parent.children.splice(index, 1, element);
    });
  };
}
