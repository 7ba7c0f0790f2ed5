import CMS from '@sveltia/cms';
import { registerFormats, type ConfigCollection } from './register-formats.ts';
import { registerProblemsPreview } from './problems-preview.ts';

// Loaded by /admin/ only. The configuration is data the server generated from the zod schemas.
const config = JSON.parse(document.getElementById('salesbook-editor-config')?.textContent ?? '{}') as { collections: ConfigCollection[] };
registerFormats(CMS, config.collections);
const checkUrl = document.body.dataset.checkUrl;
if (checkUrl) registerProblemsPreview(CMS, config.collections, checkUrl);
void CMS.init({ config: config as never });
