import { z } from 'astro/zod';

/** What the web editor needs to know about a field beyond its type; JSON Schema has no word for these. */
export interface EditorHint {
  /** The text may run to a paragraph: the editor shows a text area rather than a one-line box. */
  multiline?: boolean;
}

/** Hints of the web editor, looked up by schema (clones made by `.describe()` inherit them). */
export const editorHints = z.registry<EditorHint>();
