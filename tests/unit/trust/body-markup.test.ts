import { describe, expect, it } from 'vitest';
import { parseMdxBody } from '../../../src/lib/engine/content/mdx-body.ts';
import { ALLOWED_ELEMENTS, ELEMENT_ATTRIBUTES, GLOBAL_ATTRIBUTES, MARKDOWN_ONLY_ELEMENTS } from '../../../src/lib/engine/markdown/html-allow-list.ts';
import { renderBody } from '../../../src/lib/engine/markdown/render-body.ts';

const problemsOf = (body: string) => parseMdxBody(body, 1).problems;
const says = (body: string) => problemsOf(body).map((problem) => `${problem.line} — ${problem.field} — ${problem.message} — ${problem.expected}`);

function html(body: string): string {
  const { tree } = parseMdxBody(body, 1);
  if (!tree) throw new Error(`does not parse: ${body}`);
  return renderBody(tree, (type, id) => `/en/${type}s/${id}/`)
    .map((segment) => (segment.kind === 'html' ? segment.html : ''))
    .join('');
}

describe('the trust boundary of an entry body', () => {
  it('accepts every tag of the allow-list with its attributes', () => {
    const authored = ALLOWED_ELEMENTS.filter((tag) => !MARKDOWN_ONLY_ELEMENTS.includes(tag));
    for (const tag of authored) {
      const attributes = [...GLOBAL_ATTRIBUTES, ...(ELEMENT_ATTRIBUTES[tag] ?? [])].map((name) => `${name}="${name === 'href' || name === 'src' || name === 'cite' ? 'https://example.com/' : '1'}"`);
      expect(problemsOf(`<${tag} ${attributes.join(' ')}>x</${tag}>`), tag).toEqual([]);
    }
  });

  it('refuses the checkbox that only Markdown task lists may produce', () => {
    expect(says('<input type="checkbox" />')[0]).toMatch(/^1 — body — The HTML element <input> is not allowed in entries: it would collect what readers type/);
  });

  it('refuses an attribute outside the allow-list and names the ones the tag may carry', () => {
    expect(says('<a href="https://example.com" target="_blank">x</a>')).toEqual([
      '1 — body — The attribute target on <a> is not allowed: it is not on the list of HTML an entry may use. — Remove it; <a> may carry href, title, lang, dir.',
    ]);
  });

  it('refuses the meta, base and link elements that would change the whole page', () => {
    for (const tag of ['meta', 'base', 'link']) expect(says(`<${tag} />`)[0], tag).toContain('it would change how the whole page loads or where its links lead');
  });

  it('refuses a Markdown link or picture with an address outside the allowed schemes, at its line', () => {
    expect(says('Text.\n\n[x](vbscript:msgbox)\n\n![p](mailto:a@example.com)')).toEqual([
      '3 — link vbscript:msgbox — Links starting with “vbscript:” run code or open data on the reader’s computer, so entries may not use them. — Link to entries with module:, objection:, script:, scenario: or standard:, and elsewhere with https:, http:, mailto: or tel:.',
      '5 — picture mailto:a@example.com — Pictures load only from web addresses or paths on this site, not from “mailto:”. — Put the picture on a web server (https://…) or next to the site, and link to that address.',
    ]);
  });

  it('suggests the lowercase scheme for an address in capitals, which the sanitizer would drop', () => {
    expect(problemsOf('[x](HTTPS://example.com)')[0]?.expected).toMatch(/^Did you mean `https:`\? /);
  });

  it('refuses a reference definition with a script address, where the link itself shows none', () => {
    expect(problemsOf('[price list][p]\n\n[p]: javascript:alert(1)').map((problem) => [problem.line, problem.code])).toEqual([[3, 'url-not-allowed']]);
  });

  it('refuses an entry link in an HTML attribute, which only Markdown links resolve', () => {
    expect(says('<a href="objection:too-expensive">x</a>')).toEqual([
      '1 — body — The entry link “objection:too-expensive” works only in a Markdown link, not in an HTML attribute. — Write [text](objection:too-expensive) instead.',
    ]);
  });

  it('reads character references in attribute values before judging the address', () => {
    expect(problemsOf('<a href="jav&#x61;script:alert(1)">x</a>')[0]?.code).toBe('url-not-allowed');
  });

  it('accepts web, mail, phone, relative and entry addresses', () => {
    expect(problemsOf('[a](https://x.example) [b](http://x.example) [c](mailto:a@b.example) [d](tel:+1) [e](/en/) [f](../x/) [g](#top) [h](objection:too-expensive) ![p](pic.png)')).toEqual([]);
  });
});

describe('the renderer behind the check', () => {
  // Each body is refused by the check; should the check ever miss one, the page still shows none of it.
  const hostile: [string, string][] = [
    ['<script>alert("sb-marker")</script>', 'sb-marker'],
    ['<iframe src="https://example.com/sb-marker"></iframe>', 'sb-marker'],
    ['<object data="sb-marker.swf"></object>', 'sb-marker'],
    ['<embed src="sb-marker.swf" />', 'sb-marker'],
    ['<form action="https://example.com/sb-marker"><b>x</b></form>', 'sb-marker'],
    ['<img src="a.png" onerror="sb-marker()" />', 'sb-marker'],
    ['<b onclick="sb-marker()" onmouseover="sb-marker()">x</b>', 'sb-marker'],
    ['<b style="background:url(sb-marker)">x</b>', 'sb-marker'],
    ['<style>body \\{ background: url(sb-marker) \\}</style>', 'sb-marker'],
    ['[x](javascript:sb-marker)', 'sb-marker'],
    ['[x](JaVaScRiPt:sb-marker)', 'sb-marker'],
    ['[x](data:text/html,sb-marker)', 'sb-marker'],
    ['[x][r]\n\n[r]: javascript:sb-marker', 'sb-marker'],
    ['<a href="javascript:sb-marker">x</a>', 'sb-marker'],
    ['<a href="jav&#x61;script:sb-marker">x</a>', 'sb-marker'],
    ['<a href=" javascript:sb-marker">x</a>', 'sb-marker'],
    ['![p](javascript:sb-marker)', 'sb-marker'],
    ['<q cite="javascript:sb-marker">q</q>', 'sb-marker'],
    ['<svg><script>sb-marker</script></svg>', 'sb-marker'],
    ['<math><mi>sb-marker</mi></math>', 'sb-marker'],
    ['<meta http-equiv="refresh" content="0;url=https://example.com/sb-marker" />', 'sb-marker'],
    ['<base href="https://example.com/sb-marker" />', 'sb-marker'],
    ['<link rel="stylesheet" href="https://example.com/sb-marker.css" />', 'sb-marker'],
    ['<a href="https://x.example" target="sb-marker">x</a>', 'sb-marker'],
    ['<b {...{onclick: "sb-marker"}}>x</b>', 'sb-marker'],
    ['<b title={"sb-marker"}>x</b>', 'sb-marker'],
    ['Total: {"sb-marker"}', 'sb-marker'],
    ['import x from "sb-marker"\n\nText.', 'sb-marker'],
    ['export const y = "sb-marker"\n\nText.', 'sb-marker'],
    ['<Tip title="sb-marker">x</Tip>', 'sb-marker'],
  ];
  for (const [body, marker] of hostile) {
    it(`never lets ${JSON.stringify(body)} reach the page`, () => {
      expect(problemsOf(body).length, 'the check refuses it').toBeGreaterThan(0);
      expect(html(body)).not.toContain(marker);
      expect(html(body)).not.toMatch(/<(script|iframe|object|embed|form|style|meta|base|link)\b|\son\w+=|\sstyle=|javascript:/iu);
    });
  }
});

describe('the README', () => {
  it('lists every tag and attribute an author may write, from the allow-list the check and the renderer share', async () => {
    const fs = await import('node:fs');
    const readme = fs.readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### Content is data'), readme.indexOf('### Role-play scenarios'));
    const listed = /these tags, written in lowercase —\s+`([^`]+)`/u.exec(section)?.[1]?.split(/\s+/u) ?? [];
    expect(listed.sort()).toEqual(ALLOWED_ELEMENTS.filter((tag) => !MARKDOWN_ONLY_ELEMENTS.includes(tag)).sort());
    for (const [tag, names] of Object.entries(ELEMENT_ATTRIBUTES)) for (const name of names) expect(section, `${name} on ${tag}`).toContain(`\`${name}\``);
    for (const name of GLOBAL_ATTRIBUTES) expect(section).toContain(`\`${name}\``);
  });
});
