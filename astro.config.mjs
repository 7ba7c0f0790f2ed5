// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import salesbook from './src/integration/salesbook.ts';

// Everything else (addresses, the content folder, the edition, output and cache folders) is set by
// the Salesbook integration and by `npm run build` / `npm run dev`.
export default defineConfig({
  integrations: [mdx(), salesbook()],
});
