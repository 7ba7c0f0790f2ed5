// @ts-check
// The floor: the same content files rendered by a bare Astro + MDX site with no features at all
// (no checks, no remark plugins, no cross-links, no lists), indexed by Pagefind like any site.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';

export default defineConfig({
  cacheDir: process.env.BENCH_CACHE_DIR,
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [
    mdx(),
    {
      name: 'floor-pagefind',
      hooks: {
        'astro:build:done': async ({ dir }) => {
          const out = fileURLToPath(dir);
          const { index } = await pagefind.createIndex({});
          await index?.addDirectory({ path: out });
          await index?.writeFiles({ outputPath: path.join(out, 'pagefind') });
          await pagefind.close();
        },
      },
    },
  ],
});
