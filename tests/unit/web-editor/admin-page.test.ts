import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminPageHtml } from '../../../src/lib/authoring/web-editor/admin-page.ts';
import { adminEditorConfig, repositoryRoot } from '../../../src/lib/authoring/web-editor/admin-setup.ts';
import { folderWith } from '../../helpers/build.ts';

const repository = (files: Record<string, string>) => folderWith('admin', files);

describe('the web editor’s page', () => {
  it('carries the configuration as data that no text in it can end early', () => {
    const html = adminPageHtml({ config: { app_title: 'Book <b>', note: '</script><script>alert(1)</script>' }, script: './assets/editor.js', checkUrl: '' });
    expect(html).toContain('<title>Book &lt;b></title>');
    expect(html).not.toContain('</script><script>alert(1)');
    const json = /id="salesbook-editor-config">(.*)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(json).note).toBe('</script><script>alert(1)</script>');
    expect(html).toContain('<script type="module" src="./assets/editor.js"></script>');
    expect(adminPageHtml({ config: {}, script: '/e.js', checkUrl: '/check/' })).toContain('<title>Editor</title>');
  });
});

describe('setting the editor up for a content folder', () => {
  it('addresses files from the root of the repository holding the content', () => {
    const root = repository({ '.git/HEAD': 'ref: refs/heads/main\n', 'books/sales/scripts/en/a.mdx': '---\n---\n', 'books/sales/config.yaml': 'name: Our book\n' });
    const contentDir = path.join(root, 'books/sales');
    expect(repositoryRoot(contentDir)).toBe(root);
    const config = adminEditorConfig(contentDir) as { app_title: string; collections: { name: string; folder?: string }[]; backend: { repo: string } };
    expect(config.app_title).toBe('Our book · editor');
    expect(config.collections.find((c) => c.name === 'call-en')?.folder).toBe('books/sales/scripts/en');
    expect(config.backend.repo).toBe(`local/${path.basename(root)}`);
  });

  it('saves through the Git server named in config.yaml, and opens with the defaults when config.yaml has errors', () => {
    const root = repository({ '.git': 'gitdir: elsewhere\n', 'content/config.yaml': 'editor:\n  backend: gitea\n  repo: sales/playbook\n  baseUrl: https://git.example.com\n  appId: abc\n' });
    expect(adminEditorConfig(path.join(root, 'content')).backend).toEqual({ name: 'gitea', repo: 'sales/playbook', base_url: 'https://git.example.com', app_id: 'abc' });
    fs.writeFileSync(path.join(root, 'content/config.yaml'), 'editor: [not, a, server]\n');
    const fallback = adminEditorConfig(path.join(root, 'content'));
    expect((fallback as { collections: { name: string }[] }).collections.map((c) => c.name)).toContain('call-en');
    expect(fallback.backend).toEqual({ name: 'gitea', repo: `local/${path.basename(root)}`, base_url: 'http://127.0.0.1', auth_methods: ['token'] });
  });
});
