import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { contentJsonSchema, contentJsonSchemaFiles, CONTENT_SCHEMAS, type ContentSchemaName, type JsonSchema } from '../../../src/lib/authoring/editor-support/json-schemas.ts';
import { loadPlaybook } from '../../../src/lib/engine/content/load-playbook.ts';
import { discoverContent } from '../../../src/lib/engine/content/discover.ts';
import { splitFrontmatter } from '../../../src/lib/engine/content/yaml-source.ts';
import { formatPath } from '../../../src/lib/engine/content/schema-problems.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CONTENT_FOLDERS = [path.join(ROOT, 'content'), path.join(ROOT, 'tests/fixtures/valid')];

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validators = new Map<ContentSchemaName, ValidateFunction>();
function validator(name: ContentSchemaName): ValidateFunction {
  if (!validators.has(name)) validators.set(name, ajv.compile(contentJsonSchema(name)));
  return validators.get(name)!;
}

/** The data of a content file as an editor sees it: YAML read as YAML 1.2, dates staying text. */
function readData(file: string): unknown {
  const text = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.yaml')) return parse(text);
  const split = splitFrontmatter(text);
  if ('problem' in split) throw new Error(`${file} has no frontmatter`);
  return parse(split.yaml);
}

/** The schema of one kind of file, by its folder and `type`. */
function kindOf(file: string, data: unknown): ContentSchemaName {
  const base = path.basename(file);
  if (base === 'config.yaml') return 'config';
  if (base === 'stop-phrases.yaml') return 'stop-phrases';
  if (base === 'compensation.yaml') return 'compensation';
  const type = (data as { type?: string }).type;
  if (file.includes(`${path.sep}objections${path.sep}`)) return 'objection';
  if (type === 'call') return 'call-script';
  if (type === 'scenario' || type === 'standard' || type === 'method' || type === 'checklist') return type;
  throw new Error(`No kind for ${file}`);
}

/** The folder-wide schema editors map a file to. */
function folderSchemaOf(kind: ContentSchemaName): ContentSchemaName {
  if (kind === 'call-script' || kind === 'scenario') return 'scripts-entry';
  if (kind === 'standard' || kind === 'method' || kind === 'checklist') return 'standards-entry';
  return kind;
}

/** A field as the content check names it, from an ajv error. */
function fieldOf(error: ErrorObject): string {
  const at = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')));
  if (error.keyword === 'required') at.push((error.params as { missingProperty: string }).missingProperty);
  if (error.keyword === 'additionalProperties') at.push((error.params as { additionalProperty: string }).additionalProperty);
  return formatPath(at);
}

function everyContentFile(): string[] {
  return CONTENT_FOLDERS.flatMap((dir) => {
    const found = discoverContent(dir, (p) => p);
    return [...found.entries.map((e) => e.absPath), ...found.data.map((d) => d.absPath), ...(found.config ? [found.config] : [])];
  });
}

/** Walks a JSON Schema, calling `visit` on every property schema with its dotted place. */
function eachProperty(schema: JsonSchema, place: string, visit: (property: JsonSchema, place: string) => void): void {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  for (const [name, property] of Object.entries(properties)) {
    visit(property, `${place}.${name}`);
    eachProperty(property, `${place}.${name}`, visit);
  }
  for (const key of ['items', 'additionalProperties'] as const)
    if (schema[key] && typeof schema[key] === 'object') eachProperty(schema[key] as JsonSchema, `${place}[]`, visit);
  for (const key of ['oneOf', 'anyOf'] as const) for (const option of (schema[key] as JsonSchema[] | undefined) ?? []) eachProperty(option, place, visit);
}

describe('JSON Schemas of the content files', () => {
  it('are committed exactly as the zod schemas generate them (npm run schemas rewrites them)', () => {
    const dir = path.join(ROOT, 'json-schemas');
    const committed = new Map(fs.readdirSync(dir).map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]));
    expect(committed).toEqual(contentJsonSchemaFiles());
  });

  it('describe every field of every kind of file', () => {
    const undescribed: string[] = [];
    for (const name of Object.keys(CONTENT_SCHEMAS) as ContentSchemaName[])
      eachProperty(contentJsonSchema(name), name, (property, place) => {
        if (typeof property.description !== 'string' || property.description.length < 10) undescribed.push(place);
      });
    expect(undescribed).toEqual([]);
  });

  it('list the allowed values of every fixed-value field', () => {
    const call = contentJsonSchema('call-script') as { properties: Record<string, JsonSchema & { items?: JsonSchema }> };
    expect(call.properties.chapter!.enum).toEqual(['first-call', 'second-call', 'offer', 'relationship', 'difficult']);
    expect(call.properties.channels!.items!.enum).toEqual(['phone', 'chat', 'email', 'in-person', 'social', 'video']);
    const compensation = contentJsonSchema('compensation') as { properties: { tiers: { items: { properties: Record<string, JsonSchema> } } } };
    expect(compensation.properties.tiers.items.properties.authorizedBy!.enum).toEqual(['frontline', 'supervisor', 'manager']);
    const checklist = contentJsonSchema('checklist') as { properties: Record<string, JsonSchema> };
    expect(checklist.properties.scale!.enum).toEqual(['yes-no-partly', '1-5', '1-7', '1-10']);
  });

  it('accept every file of the sample book and the valid fixture, by kind and by folder', () => {
    const files = everyContentFile();
    expect(files.length).toBeGreaterThan(80);
    const failures: string[] = [];
    for (const file of files) {
      const data = readData(file);
      const kind = kindOf(file, data);
      for (const name of new Set([kind, folderSchemaOf(kind)])) {
        const validate = validator(name);
        if (!validate(data)) failures.push(`${path.relative(ROOT, file)} (${name}): ${ajv.errorsText(validate.errors)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('accept a review date written as a YAML date, and refuse a day that does not exist', () => {
    const validate = validator('objection');
    const base = readData(path.join(ROOT, 'content/objections/en/too-expensive.mdx')) as Record<string, unknown>;
    expect(parse('reviewed: 2026-10-01').reviewed).toBe('2026-10-01');
    expect(validate({ ...base, reviewed: parse('reviewed: 2026-10-01').reviewed })).toBe(true);
    expect(validate({ ...base, reviewed: '2026-02-30' })).toBe(false);
    expect(validate({ ...base, reviewed: '01.10.2026' })).toBe(false);
  });
});

/** A broken copy of a sample file: what to change, and where. */
interface Breakage {
  file: string;
  from: string;
  to: string;
}

const breakages: Breakage[] = [
  { file: 'objections/en/too-expensive.mdx', from: 'category: price', to: 'category: pricing' },
  { file: 'objections/en/too-expensive.mdx', from: 'owner: "Elena Varga, Sales Director"\n', to: '' },
  { file: 'objections/en/too-expensive.mdx', from: 'reviewed: 2026-09-14', to: 'reviewed: 2026-02-30' },
  { file: 'objections/en/too-expensive.mdx', from: 'channels: [phone, email, chat, in-person]', to: 'channels: [phone, fax]' },
  { file: 'objections/en/too-expensive.mdx', from: 'followUp:', to: 'follow_up:' },
  { file: 'scripts/en/first-call-gatekeeper.mdx', from: 'chapter: first-call', to: 'chapter: first-cal' },
  { file: 'scripts/en/first-call-gatekeeper.mdx', from: '    stage: opening', to: '    stage: hello' },
  { file: 'scripts/en/first-call-gatekeeper.mdx', from: '    intent:', to: '    intention:' },
  { file: 'scripts/en/cold-call-gatekeeper.mdx', from: 'kind: cold-call', to: 'kind: cold' },
  { file: 'scripts/en/cold-call-gatekeeper.mdx', from: 'channels: [phone]', to: 'channels: []' },
  { file: 'standards/en/mystery-shopper-checklist.mdx', from: 'scale: yes-no-partly', to: 'scale: 1-3' },
  { file: 'standards/en/mystery-shopper-checklist.mdx', from: '        weight: 2\n', to: '        weight: -2\n' },
  { file: 'standards/en/last-method.mdx', from: 'type: method', to: 'type: method\nsteps_old: []' },
  { file: 'standards/en/stop-phrases.yaml', from: '  severity: warning', to: '  severity: fatal' },
  { file: 'standards/en/compensation.yaml', from: 'currency: EUR', to: 'currency: eur' },
  { file: 'standards/en/compensation.yaml', from: '    authorizedBy: frontline', to: '    authorizedBy: boss' },
  { file: 'standards/en/compensation.yaml', from: '        costCap: 10', to: '        costCap: -10' },
  { file: 'config.yaml', from: 'reviewEveryDays: 180', to: 'reviewEveryDays: 0' },
  { file: 'config.yaml', from: 'defaultLang: en', to: 'defaultLang: en\nlanguages: [en]' },
];

describe('JSON Schemas and the content check on broken files', () => {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'salesbook-json-schema-'));
  afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

  it.each(breakages.map((b, index) => [`${b.file}: ${b.from.trim()} → ${b.to.trim() || '(removed)'}`, index] as const))(
    'name the same fields for %s',
    (_name, index) => {
      const breakage = breakages[index]!;
      const dir = path.join(temp, String(index));
      // Schema problems belong to the file alone, so the broken file is checked on its own.
      const file = path.join(dir, breakage.file);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const original = fs.readFileSync(path.join(ROOT, 'content', breakage.file), 'utf8');
      const occurrences = original.split(breakage.from).length - 1;
      expect(occurrences, `${breakage.from} in ${breakage.file}`).toBeGreaterThanOrEqual(1);
      fs.writeFileSync(file, original.replace(breakage.from, breakage.to));

      const checked = loadPlaybook(dir).problems.filter((p) => p.code === 'schema' && p.file.endsWith(breakage.file));
      const data = readData(file);
      const validate = validator(kindOf(file, data));
      expect(validate(data)).toBe(false);
      const rejected = new Set((validate.errors ?? []).map(fieldOf));
      expect(checked.length, 'the check reports the breakage').toBeGreaterThan(0);
      expect([...rejected].sort()).toEqual([...new Set(checked.map((p) => p.field))].sort());
      expect(validator(folderSchemaOf(kindOf(file, data)))(data)).toBe(false);
    },
  );
});

describe('the JSON Schema of interface texts (ui/<lang>.yaml)', () => {
  const german = path.join(ROOT, 'tests/fixtures/languages/ui/de.yaml');

  it('accepts a whole interface given from the content folder', () => {
    expect(validator('interface-text')(readData(german))).toBe(true);
  });

  it('refuses a misspelt key where the content check reports it', () => {
    const text = fs.readFileSync(german, 'utf8').replace(/^( +)skipToContent:/mu, '$1skipToContnet:');
    const validate = validator('interface-text');
    expect(validate(parse(text))).toBe(false);
    expect((validate.errors ?? []).map((error) => `${error.instancePath} ${JSON.stringify(error.params)}`)).toContain('/site {"additionalProperty":"skipToContnet"}');
  });
});
