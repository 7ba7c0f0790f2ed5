import { z } from 'astro/zod';
import { CompensationSchema } from '../../../schemas/compensation.ts';
import { SiteConfigSchema } from '../../../schemas/config.ts';
import { ObjectionSchema } from '../../../schemas/objection.ts';
import { ScriptsEntrySchema } from '../../../schemas/script.ts';
import { StandardsEntrySchema } from '../../../schemas/standard.ts';
import { StopPhraseListSchema } from '../../../schemas/stop-phrases.ts';

function collect(schema: unknown, into: Set<string>): void {
  if (schema instanceof z.ZodObject) {
    for (const [key, value] of Object.entries(schema.shape)) {
      into.add(key);
      collect(value, into);
    }
  } else if (schema instanceof z.ZodArray) collect(schema.element, into);
  else if (schema instanceof z.ZodUnion || schema instanceof z.ZodDiscriminatedUnion) schema.options.forEach((o: unknown) => collect(o, into));
  else if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) collect(schema.unwrap(), into);
}

/** Every field name the content format knows, to suggest the right one for a misspelt field. */
export const schemaFieldNames: readonly string[] = (() => {
  const names = new Set<string>();
  for (const schema of [ScriptsEntrySchema, ObjectionSchema, StandardsEntrySchema, StopPhraseListSchema, CompensationSchema, SiteConfigSchema]) collect(schema, names);
  return [...names];
})();
