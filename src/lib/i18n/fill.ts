/** A piece of a filled template: text of the template itself, or a value put into it. */
export type FilledPart = { text: string } | { value: string };

/** Splits a template at its `{name}` placeholders; unknown names stay as written text. */
export function fillParts(template: string, values: Readonly<Record<string, string | number>>): FilledPart[] {
  const parts: FilledPart[] = [];
  let from = 0;
  for (const match of template.matchAll(/\{(\w+)\}/gu)) {
    const name = match[1]!;
    if (!(name in values)) continue;
    if (match.index > from) parts.push({ text: template.slice(from, match.index) });
    parts.push({ value: String(values[name]) });
    from = match.index + match[0].length;
  }
  if (from < template.length) parts.push({ text: template.slice(from) });
  return parts;
}

/**
 * Fills `{name}` placeholders of an interface text; unknown names stay as written. For text that
 * becomes page content prefer `fillParts`, so each value can be isolated in its own direction.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return fillParts(template, values).map((part) => ('text' in part ? part.text : part.value)).join('');
}
