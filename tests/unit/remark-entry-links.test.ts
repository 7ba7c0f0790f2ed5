import type { Link, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { remarkEntryLinks, type EntryLinkResolver } from '../../src/lib/engine/markdown/remark-entry-links.ts';
import { indexPlaybook } from '../../src/lib/engine/playbook-index.ts';
import { resolveReference } from '../../src/lib/engine/resolve-reference.ts';
import { entryOf, validPlaybook } from './content/valid-playbook.ts';

// Resolves against the valid fixture the way the build does: by the entry the file belongs to.
const resolve: EntryLinkResolver = (filePath, type, id) => {
  const from = validPlaybook().entries.find((entry) => entry.absPath === filePath)!;
  const result = resolveReference(indexPlaybook(validPlaybook().entries), from, type, id, { audience: 'everyone', drafts: false });
  return 'target' in result ? result.target.url : result;
};

/** The link targets of a Russian entry's body after the plugin ran. */
async function linksAfter(markdown: string, path = entryOf('ru', 'contact-call').absPath): Promise<string[]> {
  const processor = unified().use(remarkParse).use(remarkEntryLinks, { resolve });
  const file = { path, value: markdown };
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  const urls: string[] = [];
  visit(tree, 'link', (node: Link) => void urls.push(node.url));
  return urls;
}

describe('remarkEntryLinks', () => {
  it('rewrites a module link to its anchor on its script page in the same language', async () => {
    expect(await linksAfter('See [the greeting](module:greet-gatekeeper).')).toEqual(['/ru/scripts/gatekeeper-call/#greet-gatekeeper']);
  });

  it('rewrites objection, script, scenario and standard links to their pages', async () => {
    const urls = await linksAfter('[a](objection:too-expensive) [b](script:gatekeeper-call) [c](scenario:cold-call-roleplay) [d](standard:last-method)');
    expect(urls).toEqual(['/ru/objections/too-expensive/', '/ru/scripts/gatekeeper-call/', '/ru/scenarios/cold-call-roleplay/', '/ru/standards/last-method/']);
  });

  it('leaves ordinary links alone', async () => {
    expect(await linksAfter('[site](https://example.com) [top](#top) [mail](mailto:a@example.com)')).toEqual(['https://example.com', '#top', 'mailto:a@example.com']);
  });

  it('fails the file at the link when the id does not exist, saying what to do', async () => {
    await expect(linksAfter('Intro.\n\nSee [x](module:nope).')).rejects.toMatchObject({
      line: 3,
      ruleId: 'unknown-reference',
      source: 'salesbook',
      reason: 'No module with the id “nope” exists in ru. Use the id of an existing module (the id: field of a speech module), or create it.',
    });
  });
});
