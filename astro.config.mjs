// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { contentSecurityPolicy } from './src/integration/content-security-policy.ts';
import salesbook, { resolveEntryLink } from './src/integration/salesbook.ts';
import { remarkDialogueBlock } from './src/lib/engine/markdown/remark-dialogue-block.ts';
import { remarkEntryLinks } from './src/lib/engine/markdown/remark-entry-links.ts';

const edition = `${process.env.SALESBOOK_AUDIENCE ?? 'everyone'}${process.env.SALESBOOK_DRAFTS === '1' ? '-drafts' : ''}`;

export default defineConfig({
  // Each edition keeps its own content cache, so an entry left out of one edition
  // can never be served from the cache of another.
  // SALESBOOK_CACHE_DIR lets tests and parallel builds keep their caches apart.
  cacheDir: process.env.SALESBOOK_CACHE_DIR ?? `./node_modules/.astro/${edition}`,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  security: { csp: contentSecurityPolicy },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkDialogueBlock, [remarkEntryLinks, { resolve: resolveEntryLink }]],
    }),
  },
  integrations: [mdx(), salesbook()],
});
