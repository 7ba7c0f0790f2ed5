import { z } from 'astro/zod';
import { CompensationSchema } from '../../../schemas/compensation.ts';
import { SiteConfigSchema } from '../../../schemas/config.ts';
import { InterfaceTextSchema } from '../../../schemas/interface-text.ts';
import { ObjectionSchema } from '../../../schemas/objection.ts';
import { CallScriptSchema, ScenarioSchema, ScriptsEntrySchema } from '../../../schemas/script.ts';
import { ChecklistSchema, MethodSchema, ServiceStandardSchema, StandardsEntrySchema } from '../../../schemas/standard.ts';
import { StopPhraseListSchema } from '../../../schemas/stop-phrases.ts';

/** A JSON Schema document, as editors and validators read it. */
export type JsonSchema = Record<string, unknown>;

/**
 * Every kind of content file, named as its JSON Schema file is (`<name>.schema.json`). The per-folder
 * unions are what editors map to a folder, since one folder holds several kinds told apart by `type`.
 */
export const CONTENT_SCHEMAS = {
  'call-script': CallScriptSchema,
  scenario: ScenarioSchema,
  'scripts-entry': ScriptsEntrySchema,
  objection: ObjectionSchema,
  standard: ServiceStandardSchema,
  method: MethodSchema,
  checklist: ChecklistSchema,
  'standards-entry': StandardsEntrySchema,
  'stop-phrases': StopPhraseListSchema,
  compensation: CompensationSchema,
  config: SiteConfigSchema,
  'interface-text': InterfaceTextSchema,
} as const satisfies Record<string, z.ZodType>;
export type ContentSchemaName = keyof typeof CONTENT_SCHEMAS;

/** The JSON Schema of one kind of content file, as the author writes it (zod's input side, defaults included). */
export function contentJsonSchema(name: ContentSchemaName): JsonSchema {
  // Draft 7 is what the YAML language server, Astro's language server and ajv all read without options.
  return z.toJSONSchema(CONTENT_SCHEMAS[name], { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as JsonSchema;
}

/** File name → text of every content JSON Schema, formatted as they are committed. */
export function contentJsonSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of Object.keys(CONTENT_SCHEMAS) as ContentSchemaName[])
    files.set(`${name}.schema.json`, `${JSON.stringify(contentJsonSchema(name), null, 2)}\n`);
  return files;
}
