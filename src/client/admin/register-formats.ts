import type CMS from '@sveltia/cms';
import type { EditorField } from '../../lib/authoring/web-editor/editor-fields.ts';
import { dataFromFile, dataToFile, type DataFileKind } from '../../lib/authoring/web-editor/data-format.ts';
import { entryFromFile, entryToFile } from '../../lib/authoring/web-editor/entry-format.ts';
import { kindOfFormat } from '../../lib/authoring/web-editor/editor-names.ts';

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
  for (const collection of collections) {
    if (collection.folder && collection.format && collection.fields) {
      const fields = collection.fields;
      const options = { splitDialogue: kindOfFormat(collection.format) === 'scenario' };
      cms.registerCustomFormat(collection.format, 'mdx', {
        fromFile: (text) => entryFromFile(text, options),
        toFile: (data) => entryToFile(data as Record<string, unknown>, fields, options),
      });
    }
    for (const file of collection.files ?? []) {
      const kind = kindOfFormat(file.format) as DataFileKind;
      cms.registerCustomFormat(file.format, 'yaml', {
        fromFile: (text) => dataFromFile(text, kind),
        toFile: (data) => dataToFile(data as Record<string, unknown>, file.fields, kind),
      });
    }
  }
}
