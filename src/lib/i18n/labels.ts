/** Shows a free label written as a slug (`agree-and-argue`) as words: `Agree and argue`. */
export function slugLabel(lang: string, value: string): string {
  const words = value.replace(/-/gu, ' ').trim();
  return words.charAt(0).toLocaleUpperCase(lang) + words.slice(1);
}

/** The label of a fixed value (a stage, a channel…) from its interface-text group; the value itself where the group has none. */
export function valueLabel(labels: object, value: string): string {
  return (labels as Readonly<Record<string, string | undefined>>)[value] ?? value;
}
