import { parse } from 'yaml';
import type { EditorField } from './editor-fields.ts';
import { SOURCE_FIELD } from './editor-names.ts';
import { patchYaml, sameData, shapeOf, type Shape } from './yaml-patch.ts';

/** The data files the editor edits; `stop-phrases.yaml` is a bare list, shown as the field `phrases`. */
export type DataFileKind = 'stop-phrases' | 'compensation' | 'config';

const LIST_FIELD = 'phrases';

/** What the editor shows of a YAML data file, and the file as it was. */
export function dataFromFile(text: string, kind: DataFileKind): Record<string, unknown> {
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    data = undefined;
  }
  if (kind === 'stop-phrases') return { [LIST_FIELD]: Array.isArray(data) ? data : [], [SOURCE_FIELD]: text };
  return { ...(typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {}), [SOURCE_FIELD]: text };
}

/** The file for what the editor holds, changing only the edited values of the original text. */
export function dataToFile(data: Record<string, unknown>, fields: readonly EditorField[], kind: DataFileKind): string {
  const source = typeof data[SOURCE_FIELD] === 'string' ? (data[SOURCE_FIELD] as string) : '';
  const { [SOURCE_FIELD]: _source, ...values } = data;
  const listField = fields.find((field) => field.name === LIST_FIELD);
  const next = kind === 'stop-phrases' ? (values[LIST_FIELD] ?? []) : values;
  const shape: Shape = kind === 'stop-phrases' && listField ? shapeOf(listField) : { fields: fields.filter((field) => field.name !== SOURCE_FIELD) };
  const before = dataFromFile(source, kind);
  const { [SOURCE_FIELD]: _before, ...beforeValues } = before;
  if (sameData(beforeValues, values)) return source;
  return patchYaml(source, next, shape);
}
