import fs from 'node:fs';
import path from 'node:path';
import { contentJsonSchemaFiles } from '../lib/authoring/editor-support/json-schemas.ts';

// Regenerates the committed JSON Schemas after a change to src/schemas/; a unit test fails until they match.
const target = path.resolve(import.meta.dirname, '../../json-schemas');
fs.mkdirSync(target, { recursive: true });
const files = contentJsonSchemaFiles();
for (const name of fs.readdirSync(target)) if (name.endsWith('.schema.json') && !files.has(name)) fs.rmSync(path.join(target, name));
for (const [name, text] of files) fs.writeFileSync(path.join(target, name), text);
console.log(`Wrote ${files.size} JSON Schemas to json-schemas/.`);
