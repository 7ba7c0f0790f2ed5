import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, makeTempDir, removeTemp, walkFiles } from '../helpers/build.ts';

let tmp: string;
let pages: { file: string; html: string }[];

/** The policy of a page, directive → sources. */
function policyOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)">/u.exec(html)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/u))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('the Content-Security-Policy of the built handbook', () => {
  beforeAll(async () => {
    tmp = makeTempDir('csp-build');
    const built = await buildSite({ content: 'tests/fixtures/valid', outDir: path.join(tmp, 'dist') });
    if (built.exitCode !== 0) throw new Error(`The fixture did not build:\n${built.stdout}\n${built.stderr}`);
    pages = walkFiles(built.outDir)
      .filter((file) => file.endsWith('.html'))
      .map((file) => ({ file: path.relative(built.outDir, file), html: fs.readFileSync(file, 'utf8') }));
  });

  afterAll(() => tmp && removeTemp(tmp));

  it('is sent by every page, before any script and stylesheet', () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const { file, html } of pages) {
      const meta = html.indexOf('http-equiv="content-security-policy"');
      expect(meta, file).toBeGreaterThan(0);
      for (const tag of ['<link rel="stylesheet"', '<script']) {
        const at = html.indexOf(tag);
        if (at >= 0) expect(at, `${file}: ${tag}`).toBeGreaterThan(meta);
      }
    }
  });

  it('allows only the site’s own scripts and styles, and no plugins, frames or inline handlers', () => {
    for (const { file, html } of pages) {
      const policy = policyOf(html);
      expect(policy.get('default-src'), file).toEqual(["'self'"]);
      expect(policy.get('script-src')?.filter((source) => !source.startsWith("'sha256-")), file).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(policy.get('style-src')?.filter((source) => !source.startsWith("'sha256-")), file).toEqual(["'self'"]);
      expect(policy.get('script-src-attr'), file).toEqual(["'none'"]);
      expect(policy.get('style-src-attr'), file).toEqual(["'none'"]);
      expect(policy.get('object-src'), file).toEqual(["'none'"]);
      expect(policy.get('frame-src'), file).toEqual(["'none'"]);
      expect(policy.get('base-uri'), file).toEqual(["'none'"]);
    }
  });

  it('lists the hash of every inline style, so the browser applies them', () => {
    for (const { file, html } of pages) {
      const allowed = policyOf(html).get('style-src') ?? [];
      for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/gu)) {
        const hash = `'sha256-${createHash('sha256').update(css!).digest('base64')}'`;
        expect(allowed, file).toContain(hash);
      }
    }
  });

  it('lists the hash of every inline script Astro writes into a page, so the browser runs it', () => {
    for (const { file, html } of pages) {
      const allowed = policyOf(html).get('script-src') ?? [];
      for (const [, attributes, code] of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gu)) {
        // Data blocks are never run, so the policy does not apply to them.
        if (/type="application\/json"/u.test(attributes!)) continue;
        expect(allowed, file).toContain(`'sha256-${createHash('sha256').update(code!).digest('base64')}'`);
      }
    }
  });

  it('holds no event handler, style attribute or script address, which the policy would block', () => {
    for (const { file, html } of pages) {
      expect(html, file).not.toMatch(/<[^>]+\son[a-z]+=/u);
      expect(html, file).not.toMatch(/<[^>]+\sstyle=/u);
      expect(html, file).not.toMatch(/javascript:/iu);
    }
  });
});
