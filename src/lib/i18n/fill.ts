/** Fills `{name}` placeholders of an interface string; unknown names stay as written. Kept apart so browser code can use it without the dictionaries. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
