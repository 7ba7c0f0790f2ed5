import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybook, type LoadedPlaybook } from '../../../src/lib/engine/content/load-playbook.ts';
import { documentHtml } from '../../../src/lib/search/records/document-html.ts';
import { searchDocuments, type SearchDocument } from '../../../src/lib/search/records/documents.ts';
import { folderWith } from '../../helpers/build.ts';

const files: Record<string, string> = {
  'scripts/en/first-call.mdx': `---
title: First call
summary: Reach the person in charge.
owner: Sales
reviewed: 2026-01-10
type: call
chapter: first-call
channels: [phone]
goal: Learn who decides.
modules:
  - id: pass-the-gatekeeper
    stage: opening
    intent: Get put through
    variants:
      - Who handles deliveries at your company, please?
      - Could you help me? I need the person in charge of logistics.
    note: Never pitch to the receptionist.
---

Be brief with the [receptionist](module:pass-the-gatekeeper).

\`\`\`text
A code block is not indexed.
\`\`\`
`,
  'objections/en/too-expensive.mdx': `---
title: It's too expensive
summary: The rate looks high.
owner: Sales
reviewed: 2026-01-10
category: price
aliases: [We have no budget]
stages: [presentation]
channels: [phone, chat]
responses:
  - technique: clarify
    text: Compared with what?
  - technique: reframe
    text: Let's compare the cost per pallet.
---
`,
  'objections/en/managers-only.mdx': `---
title: Managers only
summary: Not for everyone.
owner: Sales
reviewed: 2026-01-10
audience: [managers]
category: other
stages: [closing]
channels: [phone]
responses:
  - technique: a
    text: One.
  - technique: b
    text: Two.
---
`,
  'standards/en/stop-phrases.yaml': `- phrase: "I'll try"
  match: ["I will try"]
  why: Promises nothing.
  replacements: ["I will call you by 5 pm."]
`,
  'config.yaml': 'audiences: [everyone, managers]\n',
};

let dir: string;
let playbook: LoadedPlaybook;
let docs: SearchDocument[];
const byUrl = (url: string) => docs.find((doc) => doc.url === url)!;

beforeAll(() => {
  dir = folderWith('search-docs', files);
  playbook = loadPlaybook(dir);
  docs = searchDocuments(playbook, { audience: 'everyone', drafts: false });
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('search records', () => {
  it('gives every speech module a record of its own at its anchor', () => {
    const module = byUrl('/en/scripts/first-call/#pass-the-gatekeeper');
    expect(module).toMatchObject({ type: 'module', title: 'Get put through', context: 'First call', filters: { type: ['module'], stage: ['opening'], channel: ['phone'] } });
    expect(module.parts.filter((p) => p.kind === 'variant').map((p) => p.text)).toHaveLength(2);
  });

  it('indexes an objection’s aliases beside its responses', () => {
    const objection = byUrl('/en/objections/too-expensive/#responses');
    expect(objection.parts.filter((p) => p.kind === 'alias').map((p) => p.text)).toEqual(['We have no budget']);
    expect(objection.filters).toMatchObject({ category: ['price'], stage: ['presentation'], channel: ['phone', 'chat'] });
  });

  it('leaves out entries the edition’s audience may not read', () => {
    expect(docs.some((doc) => doc.url.includes('managers-only'))).toBe(false);
    const managers = searchDocuments(playbook, { audience: 'managers', drafts: false });
    expect(managers.some((doc) => doc.url.includes('managers-only'))).toBe(true);
  });

  it('points each stop phrase at its place in the stop-phrase list, with its patterns', () => {
    const rule = byUrl('/en/stop-phrases/#stop-1');
    expect(rule.parts.map((p) => p.kind)).toEqual(['title', 'pattern', 'why', 'replacement']);
  });

  it('indexes the body’s prose with link text and without code blocks', () => {
    const body = byUrl('/en/scripts/first-call/').parts.filter((p) => p.kind === 'body').map((p) => p.text);
    expect(body).toEqual(['Be brief with the receptionist.']);
  });
});

describe('the HTML Pagefind indexes', () => {
  it('writes each part with its id, and filters and title as attributes', () => {
    const html = documentHtml(byUrl('/en/objections/too-expensive/#responses'));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1 id="t0">It&#39;s too expensive</h1>'.replace('&#39;', "'"));
    expect(html).toContain('<p id="a0" data-pagefind-weight="5">We have no budget</p>');
    expect(html).toContain('<p id="r1">Let&#39;s compare the cost per pallet.</p>'.replace('&#39;', "'"));
    expect(html).toContain('<meta data-pagefind-filter="category[content]" content="price">');
    expect(html).toContain(`<meta data-pagefind-meta="title[content]" content="It's too expensive">`);
  });

  it('escapes markup in content', () => {
    const html = documentHtml({ lang: 'en', url: '/x/', type: 'call', title: '<b>"x"</b>', filters: {}, parts: [{ kind: 'title', text: 'a < b & c' }] });
    expect(html).toContain('<h1 id="t0">a &lt; b &amp; c</h1>');
    expect(html).toContain('content="&lt;b&gt;&quot;x&quot;&lt;/b&gt;"');
  });
});
