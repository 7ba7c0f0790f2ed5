import CMS from '@sveltia/cms';
import { registerFormats, type ConfigCollection } from './register-formats.ts';
import { registerProblemsPreview } from './problems-preview.ts';

// In `npm run dev` every open page reloads when a content file changes, and saving from here changes
// one: a reload would throw away what the author is editing, so this page holds every reload back.
if (import.meta.hot) import.meta.hot.on('vite:beforeFullReload', () => new Promise<void>(() => {}));

// Loaded by /admin/ only. The configuration is data the server generated from the zod schemas.
const config = JSON.parse(document.getElementById('salesbook-editor-config')?.textContent ?? '{}') as { collections: ConfigCollection[] };
registerFormats(CMS, config.collections);
const checkUrl = document.body.dataset.checkUrl;
if (checkUrl) registerProblemsPreview(CMS, config.collections, checkUrl);
void CMS.init({ config: config as never });
