import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { DIALOGUE_COMPONENT, remarkDialogueBlock } from '../../src/lib/engine/markdown/remark-dialogue-block.ts';

async function transform(markdown: string): Promise<Root> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkDialogueBlock);
  return (await processor.run(processor.parse(markdown))) as Root;
}

const scenario = 'Intro.\n\n```dialogue\nrep: Hello! {module:greet}\nclient: Hi.\n-> end\n```\n\n## Debrief\n';

describe('remarkDialogueBlock', () => {
  it('replaces the dialogue block with the Dialogue component where the author put it', async () => {
    const tree = await transform(scenario);
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'mdxJsxFlowElement', 'heading']);
    expect(tree.children[1]).toMatchObject({ name: DIALOGUE_COMPONENT, attributes: [{ type: 'mdxJsxAttribute', name: 'source', value: 'rep: Hello! {module:greet}\nclient: Hi.\n-> end' }] });
  });

  it('leaves other code blocks as code', async () => {
    const tree = await transform('```js\nlet a = 1;\n```\n');
    expect(tree.children[0]).toMatchObject({ type: 'code', lang: 'js' });
  });

});
