import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, FIXTURES, makeTempDir, removeTemp, walkFiles } from '../helpers/build.ts';

// `npm run build -- --admin` ships the web editor; the handbook's own pages must not notice.

describe('a build with the web editor (--admin)', () => {
  let temp: string;
  let plain: string;
  let admin: string;

  beforeAll(async () => {
    temp = makeTempDir('admin-build');
    const content = path.join(FIXTURES, 'valid');
    const withoutEditor = await buildSite({ content, outDir: path.join(temp, 'plain') });
    expect(withoutEditor.exitCode, withoutEditor.stderr).toBe(0);
    const withEditor = await buildSite({ content, outDir: path.join(temp, 'admin'), astroArgs: ['--admin'] });
    expect(withEditor.exitCode, withEditor.stderr).toBe(0);
    plain = withoutEditor.outDir;
    admin = withEditor.outDir;
  });
  afterAll(() => removeTemp(temp));

  const files = (dir: string) => walkFiles(dir).map((file) => path.relative(dir, file)).sort();

  it('leaves every other file of the site byte for byte as the build without it', () => {
    const others = files(admin).filter((file) => !file.startsWith(`admin${path.sep}`));
    expect(others).toEqual(files(plain));
    const differing = others.filter((file) => !fs.readFileSync(path.join(admin, file)).equals(fs.readFileSync(path.join(plain, file))));
    expect(differing).toEqual([]);
  });

  it('puts the editor at /admin/ with its configuration as data and its script beside it', () => {
    const html = fs.readFileSync(path.join(admin, 'admin/index.html'), 'utf8');
    const config = JSON.parse(/<script type="application\/json" id="salesbook-editor-config">(.*?)<\/script>/s.exec(html)![1]!);
    expect(config.collections.map((c: { name: string }) => c.name)).toContain('scenario-he');
    const script = /<script type="module" src="\.\/(assets\/editor\.[\w-]+\.js)">/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect(fs.existsSync(path.join(admin, 'admin', script!))).toBe(true);
    // Nothing is loaded from elsewhere, and without a Git server in config.yaml the editor saves nowhere else.
    expect(html).not.toMatch(/(?:src|href)="(?!\.\/)/);
    expect(config.backend).toMatchObject({ base_url: 'http://127.0.0.1' });
  });

  it('keeps the editor’s script to the size its package has, loaded on /admin/ only', () => {
    const html = fs.readFileSync(path.join(admin, 'admin/index.html'), 'utf8');
    const script = /src="\.\/(assets\/editor\.[\w-]+\.js)"/.exec(html)![1]!;
    const gzipped = zlib.gzipSync(fs.readFileSync(path.join(admin, 'admin', script))).length;
    // Sveltia CMS alone is about 640 KB gzipped; our formats and the YAML library add the rest.
    expect(gzipped).toBeLessThan(750_000);
    const pages = files(admin).filter((file) => file.endsWith('.html') && !file.startsWith(`admin${path.sep}`));
    for (const page of pages) expect(fs.readFileSync(path.join(admin, page), 'utf8'), page).not.toContain('/admin/');
  });
});
