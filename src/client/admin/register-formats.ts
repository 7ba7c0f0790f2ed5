import type CMS from '@sveltia/cms';
import type { EditorField } from '../../lib/authoring/web-editor/editor-fields.ts';
import { dataFromFile, dataToFile, type DataFileKind } from '../../lib/authoring/web-editor/data-format.ts';
import { entryFromFile, entryToFile } from '../../lib/authoring/web-editor/entry-format.ts';
import { kindOfFormat } from '../../lib/authoring/web-editor/editor-names.ts';

/**
 * Each folder's format with the fields of all its collections (call scripts and scenarios share
 * scripts/): the editor reads a file once, for whichever collection of its folder asks first.
 */
export function entryFormats(collections: readonly ConfigCollection[]): Map<string, EditorField[]> {
  const formats = new Map<string, EditorField[]>();
  for (const collection of collections) {
    if (!collection.folder || !collection.format || !collection.fields) continue;
    const fields = formats.get(collection.format) ?? [];
    for (const field of collection.fields) if (!fields.some((known) => known.name === field.name)) fields.push(field);
    formats.set(collection.format, fields);
  }
  return formats;
}

/** A collection of the generated configuration, as far as the formats need it. */
export interface ConfigCollection {
  name: string;
  folder?: string;
  format?: string;
  fields?: EditorField[];
  files?: { name: string; file: string; format: string; fields: EditorField[] }[];
}

/**
 * Registers our file formats: each reads a file into the editor's fields and writes back only what
 * was edited, so saving never reformats an author's file.
 */
export function registerFormats(cms: typeof CMS, collections: readonly ConfigCollection[]): void {
  for (const [format, fields] of entryFormats(collections))
    cms.registerCustomFormat(format, 'mdx', {
      fromFile: (text) => entryFromFile(text),
      toFile: (data) => entryToFile(data as Record<string, unknown>, fields),
    });
  for (const collection of collections) {
    for (const file of collection.files ?? []) {
      const kind = kindOfFormat(file.format) as DataFileKind;
      cms.registerCustomFormat(file.format, 'yaml', {
        fromFile: (text) => dataFromFile(text, kind),
        toFile: (data) => dataToFile(data as Record<string, unknown>, file.fields, kind),
      });
    }
  }
}
