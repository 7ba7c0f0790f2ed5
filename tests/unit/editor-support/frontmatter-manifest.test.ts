import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentInsideProject, manifestKey, writeFrontmatterManifest } from '../../../src/lib/authoring/editor-support/frontmatter-manifest.ts';

function project() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'salesbook-manifest-'));
  const content = path.join(root, 'content');
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
    fs.writeFileSync(path.join(content, file), text);
  };
  return { root, content, write };
}

describe('the frontmatter manifest for the Astro language server', () => {
  it('maps every entry file to its folder’s schema, broken and draft files included', () => {
    const { root, content, write } = project();
    write('scripts/en/a.mdx', '---\ntitle: broken: yaml\n---\n');
    write('objections/ru/b.mdx', '---\ndraft: true\n---\n');
    write('standards/he/c.mdx', '---\n---\n');
    write('standards/he/stop-phrases.yaml', '[]\n');
    writeFrontmatterManifest(root, content);
    const manifest = JSON.parse(fs.readFileSync(path.join(root, '.astro/collections/collections.json'), 'utf8'));
    expect(manifest.entries).toEqual({
      [manifestKey(path.join(content, 'scripts/en/a.mdx'))]: 'salesbook-scripts',
      [manifestKey(path.join(content, 'objections/ru/b.mdx'))]: 'salesbook-objections',
      [manifestKey(path.join(content, 'standards/he/c.mdx'))]: 'salesbook-standards',
    });
    const schema = JSON.parse(fs.readFileSync(path.join(root, '.astro/collections/salesbook-standards.schema.json'), 'utf8'));
    expect(schema.oneOf).toHaveLength(3);
  });

  it('keeps what other tools wrote into the manifest and drops our entries of files that are gone', () => {
    const { root, content, write } = project();
    write('scripts/en/a.mdx', '---\n---\n');
    writeFrontmatterManifest(root, content);
    const file = path.join(root, '.astro/collections/collections.json');
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
    manifest.collections.push({ hasSchema: true, name: 'blog' });
    manifest.entries['file:///somewhere/post.md'] = 'blog';
    fs.writeFileSync(file, JSON.stringify(manifest));
    fs.rmSync(path.join(content, 'scripts/en/a.mdx'));
    writeFrontmatterManifest(root, content);
    const after = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(after.entries).toEqual({ 'file:///somewhere/post.md': 'blog' });
    expect(after.collections.map((c: { name: string }) => c.name)).toEqual(['blog', 'salesbook-scripts', 'salesbook-objections', 'salesbook-standards']);
  });

  it('replaces a manifest that lists nothing', () => {
    const { root, content, write } = project();
    write('scripts/en/a.mdx', '---\n---\n');
    fs.mkdirSync(path.join(root, '.astro/collections'), { recursive: true });
    fs.writeFileSync(path.join(root, '.astro/collections/collections.json'), '{}');
    writeFrontmatterManifest(root, content);
    expect(Object.values(JSON.parse(fs.readFileSync(path.join(root, '.astro/collections/collections.json'), 'utf8')).entries)).toEqual(['salesbook-scripts']);
  });

  it('keys a file the way the language server looks it up: its decoded address in lower case', () => {
    expect(manifestKey('/Work/My Book/a.mdx')).toBe('file:///work/my book/a.mdx');
    expect(manifestKey('/w/a.mdx')).toBe(pathToFileURL('/w/a.mdx').href);
  });

  it('keeps the manifest current by itself only for a content folder inside the project', () => {
    expect(contentInsideProject('/p', '/p/content')).toBe(true);
    expect(contentInsideProject('/p', '/elsewhere/playbook')).toBe(false);
    expect(contentInsideProject('/p', '/p')).toBe(false);
  });
});
