import type { EditorField } from '../../../src/lib/authoring/web-editor/editor-fields.ts';

/**
 * What the web editor hands back for a file it opened: Sveltia CMS trims the file before parsing,
 * fills every missing field that has a default (seen in Chromium: `audience: [everyone]`,
 * `draft: false`), and appends one line break to what our format writes.
 */
export function asEditorHandsBack(data: Record<string, unknown>, fields: readonly EditorField[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  for (const field of fields) {
    if (out[field.name] === undefined && field.default !== undefined && field.widget !== 'hidden') out[field.name] = structuredClone(field.default);
    const value = out[field.name];
    if (field.widget === 'list' && field.fields && Array.isArray(value))
      out[field.name] = value.map((item) => (typeof item === 'object' && item !== null ? asEditorHandsBack(item as Record<string, unknown>, field.fields!) : item));
    if (field.widget === 'object' && field.fields && typeof value === 'object' && value !== null)
      out[field.name] = asEditorHandsBack(value as Record<string, unknown>, field.fields);
  }
  return out;
}

/** How the editor reads a file (trimmed) and writes what our format returns (trimmed, one final line break). */
export const editorReads = (text: string) => text.trim().replace(/\r\n?/g, '\n');
export const editorWrites = (text: string) => `${text.trim()}\n`;

/** Lines of `after` that differ from `before`, when both have the same number of lines. */
export function changedLines(before: string, after: string): { line: number; from: string; to: string }[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) throw new Error(`Line count changed from ${a.length} to ${b.length}:\n${after}`);
  return a.flatMap((line, index) => (line === b[index] ? [] : [{ line: index + 1, from: line, to: b[index]! }]));
}
