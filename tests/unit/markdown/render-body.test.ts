import { describe, expect, it } from 'vitest';
import { parseMdxBody } from '../../../src/lib/engine/content/mdx-body.ts';
import { renderBody, type BodySegment } from '../../../src/lib/engine/markdown/render-body.ts';

function render(body: string, resolve = (type: string, id: string): string | undefined => `/en/${type}s/${id}/`): BodySegment[] {
  const { tree } = parseMdxBody(body, 1);
  if (!tree) throw new Error('fixture does not parse');
  return renderBody(tree, resolve);
}

const html = (body: string) => render(body).map((segment) => (segment.kind === 'html' ? segment.html : '[dialogue]')).join('\n');

describe('renderBody', () => {
  it('turns an entry link into the address of the entry', () => {
    expect(html('See [the price objection](objection:too-expensive).')).toContain('<a href="/en/objections/too-expensive/">the price objection</a>');
  });

  it('keeps web, mail and phone links and drops script links', () => {
    const out = html('[a](https://example.com) [b](mailto:a@example.com) [c](tel:+4930123) [d](javascript:alert(1)) [e](data:text/html,x)');
    expect(out).toContain('href="https://example.com"');
    expect(out).toContain('href="mailto:a@example.com"');
    expect(out).toContain('href="tel:+4930123"');
    expect(out).not.toMatch(/javascript|data:/);
  });

  it('keeps harmless tags and removes event handlers, styles and scripts', () => {
    const out = html('Press <kbd>Ctrl</kbd> <b onclick="steal()" style="color:red">now</b>.\n\n<script>steal()</script>\n\n<iframe src="https://example.com"></iframe>');
    expect(out).toContain('<kbd>Ctrl</kbd>');
    expect(out).toContain('<b>now</b>');
    expect(out).not.toMatch(/onclick|style=|<script|steal|<iframe/);
  });

  it('drops JavaScript expressions instead of running them', () => {
    expect(html('Total: {1 + 1} pallets')).not.toContain('2');
  });

  it('renders tables, typographic quotes and heading anchors', () => {
    const out = html('## Don\'t say "no"\n\n| a | b |\n| - | - |\n| 1 | 2 |');
    expect(out).toContain('<h2 id="dont-say-no">Don’t say “no”</h2>');
    expect(out).toContain('<td>1</td>');
  });

  it('splits the body where the dialogue block stands', () => {
    expect(render('Before.\n\n```dialogue\nrep: Hi.\n```\n\nAfter.').map((segment) => segment.kind)).toEqual(['html', 'dialogue', 'html']);
  });

  it('leaves the parsed tree untouched for the checks that read it later', () => {
    const { tree } = parseMdxBody('[x](objection:too-expensive) "quoted"', 1);
    const before = JSON.stringify(tree);
    renderBody(tree!, () => '/elsewhere/');
    expect(JSON.stringify(tree)).toBe(before);
  });
});
