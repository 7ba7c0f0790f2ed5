import { z } from 'astro/zod';
import { editorHints } from '../../../schemas/editor-hints.ts';

/** One field of the web editor's configuration (Sveltia CMS, Decap-compatible). */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  options?: string[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  fields?: EditorField[];
  field?: EditorField;
  summary?: string;
  collapsed?: boolean;
  time_format?: false;
  format?: string;
  type?: string;
  modes?: string[];
  key_label?: string;
  value_label?: string;
}

type Schema = z.ZodType;
const def = (schema: Schema) => (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;

/** Field names as people read them: `reviewEveryDays` → `Review every days`, `followUp` → `Follow up`. */
export function labelOf(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

interface Unwrapped {
  inner: Schema;
  optional: boolean;
  defaultValue?: unknown;
  description?: string;
}

// Descriptions may sit on the wrapper (`.optional().describe()`) or on what it wraps.
function unwrap(schema: Schema): Unwrapped {
  let inner = schema;
  let optional = false;
  let defaultValue: unknown;
  let description = z.globalRegistry.get(schema)?.description;
  for (;;) {
    const d = def(inner);
    if (d.type === 'optional') optional = true;
    else if (d.type === 'default') {
      optional = true;
      defaultValue = typeof d.defaultValue === 'function' ? (d.defaultValue as () => unknown)() : d.defaultValue;
    } else break;
    inner = d.innerType as Schema;
    description ??= z.globalRegistry.get(inner)?.description;
  }
  return { inner, optional, defaultValue, description: description ?? z.globalRegistry.get(inner)?.description };
}

const isDate = (schema: Schema) => z.globalRegistry.get(schema)?.format === 'date';

function enumValues(schema: Schema): string[] | undefined {
  const d = def(schema);
  return d.type === 'enum' ? Object.values(d.entries as Record<string, string>) : undefined;
}

/** The editor field for one zod field; the object's own field names become the editor's keys. */
export function editorField(name: string, schema: Schema): EditorField {
  const { inner, optional, defaultValue, description } = unwrap(schema);
  const base: EditorField = { name, label: labelOf(name), widget: 'string', ...(description ? { hint: description } : {}), required: !optional };
  if (defaultValue !== undefined) base.default = defaultValue;
  const d = def(inner);
  if (isDate(inner)) return { ...base, widget: 'datetime', type: 'date', time_format: false, format: 'YYYY-MM-DD' };
  switch (d.type) {
    case 'string':
      return { ...base, widget: editorHints.get(inner)?.multiline ? 'text' : 'string' };
    case 'number': {
      const checks = (d.checks as { _zod: { def: { check: string; value?: number; inclusive?: boolean } } }[] | undefined) ?? [];
      const integer = checks.some((c) => c._zod.def.check === 'number_format');
      const min = checks.find((c) => c._zod.def.check === 'greater_than')?._zod.def;
      return { ...base, widget: 'number', value_type: integer ? 'int' : 'float', ...(min ? { min: min.inclusive ? min.value! : integer ? min.value! + 1 : min.value! } : {}) };
    }
    case 'boolean':
      return { ...base, widget: 'boolean', required: false };
    case 'enum':
      return { ...base, widget: 'select', options: enumValues(inner)! };
    case 'literal':
      return { name, label: base.label, widget: 'hidden', default: (d.values as unknown[])[0] };
    case 'record':
      return { ...base, widget: 'keyvalue', key_label: 'Key', value_label: 'Label' };
    case 'object':
      return { ...base, widget: 'object', fields: objectFields(inner as z.ZodObject) };
    case 'array': {
      const element = unwrap(d.element as Schema);
      const values = enumValues(element.inner);
      const sizes = arraySizes(inner);
      if (values) return { ...base, widget: 'select', multiple: true, options: values, ...sizes };
      if (def(element.inner).type === 'object') {
        const fields = objectFields(element.inner as z.ZodObject);
        return { ...base, widget: 'list', ...sizes, fields, summary: `{{fields.${fields[0]!.name}}}`, collapsed: false };
      }
      return { ...base, widget: 'list', ...sizes, field: { ...editorField('value', d.element as Schema), label: labelOf(name) } };
    }
    default:
      // Anything the editor cannot show as a form stays as written: the editor leaves it alone.
      return { name, label: base.label, widget: 'hidden' };
  }
}

function arraySizes(schema: Schema): { min?: number; max?: number } {
  const checks = (def(schema).checks as { _zod: { def: { check: string; minimum?: number; maximum?: number } } }[] | undefined) ?? [];
  const min = checks.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum;
  const max = checks.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;
  return { ...(min ? { min } : {}), ...(max ? { max } : {}) };
}

/** The editor fields of a zod object, in the schema's order. */
export function objectFields(schema: z.ZodObject): EditorField[] {
  return Object.entries(schema.shape).map(([name, field]) => editorField(name, field as Schema));
}
