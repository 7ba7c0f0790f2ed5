import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { editorConfig } from '../../../src/lib/authoring/web-editor/editor-config.ts';
import { z } from 'astro/zod';
import { editorField, labelOf, type EditorField } from '../../../src/lib/authoring/web-editor/editor-fields.ts';
import { backendFrom } from '../../../src/lib/authoring/web-editor/admin-setup.ts';
import { CompensationSchema } from '../../../src/schemas/compensation.ts';
import { ObjectionSchema } from '../../../src/schemas/objection.ts';
import { CallScriptSchema, ScenarioSchema } from '../../../src/schemas/script.ts';
import { ChecklistSchema, MethodSchema, ServiceStandardSchema } from '../../../src/schemas/standard.ts';
import { SiteConfigSchema } from '../../../src/schemas/config.ts';

// The package does not export its schema file, so it is read from where npm put it.
const EDITOR_SCHEMA = path.resolve(import.meta.dirname, '../../../node_modules/@sveltia/cms/schema/sveltia-cms.json');

interface Collection {
  name: string;
  label: string;
  folder?: string;
  format?: string;
  filter?: { field: string; value: string };
  fields?: EditorField[];
  files?: { name: string; file: string; format: string; fields: EditorField[] }[];
  divider?: boolean;
}
const config = editorConfig({ languages: ['en', 'he'], contentPath: 'content', siteName: 'Karavella', repositoryName: 'salesbook' }) as { collections: Collection[]; backend: unknown };
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const field = (fields: readonly EditorField[] | undefined, ...names: string[]): EditorField => {
  let found: EditorField | undefined;
  let list = fields;
  for (const name of names) {
    found = list?.find((f) => f.name === name);
    list = found?.fields ?? (found?.field ? [found.field] : undefined);
  }
  if (!found) throw new Error(`No field ${names.join('.')}`);
  return found;
};

describe('the web editor’s configuration', () => {
  it('is valid for the editor, as its own JSON Schema says', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(EDITOR_SCHEMA, 'utf8')));
    expect(validate(config), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('has one collection per kind of entry and language, filtered by type in shared folders', () => {
    const names = config.collections.filter((c) => c.folder).map((c) => c.name);
    expect(names).toEqual(['call-en', 'scenario-en', 'objection-en', 'standard-en', 'method-en', 'checklist-en', 'call-he', 'scenario-he', 'objection-he', 'standard-he', 'method-he', 'checklist-he']);
    expect(collection('scenario-he')).toMatchObject({ folder: 'content/scripts/he', filter: { field: 'type', value: 'scenario' } });
    expect(collection('objection-en').filter).toBeUndefined();
  });

  it('has every field of every schema, in the schema’s order, and nothing hand-written besides the body', () => {
    const kinds = { call: CallScriptSchema, scenario: ScenarioSchema, objection: ObjectionSchema, standard: ServiceStandardSchema, method: MethodSchema, checklist: ChecklistSchema };
    for (const [kind, schema] of Object.entries(kinds)) {
      const names = collection(`${kind}-en`).fields!.map((f) => f.name);
      const body = kind === 'scenario' ? ['body', 'dialogue', 'debrief'] : ['body'];
      expect(names).toEqual([...Object.keys(schema.shape), ...body, 'salesbookSource']);
    }
    expect(collection('data-en').files!.map((f) => f.file)).toEqual(['content/standards/en/stop-phrases.yaml', 'content/standards/en/compensation.yaml']);
    expect(collection('data-en').files![1]!.fields.map((f) => f.name)).toEqual([...Object.keys(CompensationSchema.shape), 'salesbookSource']);
    expect(collection('settings').files![0]!.fields.map((f) => f.name)).toEqual([...Object.keys(SiteConfigSchema.shape), 'salesbookSource']);
  });

  it('edits the nested lists: modules with their variants, responses, aliases, sections with items, tiers with options', () => {
    expect(field(collection('call-en').fields, 'modules')).toMatchObject({ widget: 'list', min: 1 });
    expect(field(collection('call-en').fields, 'modules', 'variants')).toMatchObject({ widget: 'list', min: 1, field: { widget: 'text' } });
    expect(field(collection('objection-en').fields, 'responses')).toMatchObject({ widget: 'list', min: 2, max: 4 });
    expect(field(collection('objection-en').fields, 'responses', 'text')).toMatchObject({ widget: 'text', required: true });
    expect(field(collection('objection-en').fields, 'aliases')).toMatchObject({ widget: 'list', field: { widget: 'string' } });
    expect(field(collection('checklist-en').fields, 'sections', 'items', 'weight')).toMatchObject({ widget: 'number', value_type: 'float', default: 1 });
    expect(field(collection('data-en').files![1]!.fields, 'tiers', 'options', 'costCap')).toMatchObject({ widget: 'number', min: 0 });
    expect(field(collection('data-en').files![0]!.fields, 'phrases', 'replacements')).toMatchObject({ widget: 'list' });
    expect(field(collection('scenario-en').fields, 'dialogue')).toMatchObject({ widget: 'text', required: true });
    expect(field(collection('scenario-en').fields, 'roles')).toMatchObject({ widget: 'keyvalue' });
  });

  it('offers fixed values as choices and dates as dates', () => {
    expect(field(collection('call-en').fields, 'chapter')).toMatchObject({ widget: 'select', options: ['first-call', 'second-call', 'offer', 'relationship', 'difficult'] });
    expect(field(collection('call-en').fields, 'channels')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(field(collection('call-en').fields, 'modules', 'stage')).toMatchObject({ widget: 'select', options: ['opening', 'rapport', 'needs', 'presentation', 'objection', 'agreement', 'closing', 'follow-up'] });
    expect(field(collection('data-en').files![1]!.fields, 'tiers', 'authorizedBy')).toMatchObject({ widget: 'select', options: ['frontline', 'supervisor', 'manager'] });
    expect(field(collection('checklist-en').fields, 'scale')).toMatchObject({ widget: 'select', options: ['yes-no-partly', '1-5', '1-7', '1-10'] });
    expect(field(collection('objection-en').fields, 'reviewed')).toMatchObject({ widget: 'datetime', type: 'date', time_format: false, format: 'YYYY-MM-DD' });
    expect(field(collection('call-en').fields, 'type')).toEqual({ name: 'type', label: 'Type', widget: 'hidden', default: 'call' });
  });

  it('explains every field with the description from its schema', () => {
    const undescribed = (fields: readonly EditorField[]): string[] =>
      fields.flatMap((f) => [...(f.widget === 'hidden' || f.hint ? [] : [f.name]), ...undescribed(f.fields ?? [])]);
    for (const c of config.collections) for (const fields of [c.fields ?? [], ...(c.files ?? []).map((f) => f.fields)]) expect(undescribed(fields), c.name).toEqual([]);
  });

  it('leaves a value the form cannot show to the file as it is', () => {
    expect(editorField('mixed', z.union([z.string(), z.number()]))).toEqual({ name: 'mixed', label: 'Mixed', widget: 'hidden' });
    expect(labelOf('reviewEveryDays')).toBe('Review every days');
  });

  it('works on a local folder only unless the company’s Git server is configured', () => {
    expect(config.backend).toEqual({ name: 'gitea', repo: 'local/salesbook', base_url: 'http://127.0.0.1', auth_methods: ['token'] });
    const gitlab = editorConfig({ languages: ['en'], contentPath: '', siteName: 'X', repositoryName: 'x', backend: backendFrom({ backend: 'gitlab', repo: 'sales/playbook', baseUrl: 'https://git.example.com', appId: 'abc' }) });
    expect(gitlab.backend).toEqual({ name: 'gitlab', repo: 'sales/playbook', base_url: 'https://git.example.com', app_id: 'abc', auth_type: 'pkce' });
    expect(backendFrom({ backend: 'gitea', repo: 'sales/playbook', branch: 'main' })).toEqual({ name: 'gitea', repo: 'sales/playbook', branch: 'main', auth_methods: ['token'] });
    expect((gitlab.collections as Collection[]).find((c) => c.name === 'call-en')!.folder).toBe('scripts/en');
  });
});
