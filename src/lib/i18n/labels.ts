/** Shows a free label written as a slug (`agree-and-argue`) as words: `Agree and argue`. */
export function slugLabel(lang: string, value: string): string {
  const words = value.replace(/-/gu, ' ').trim();
  return words.charAt(0).toLocaleUpperCase(lang) + words.slice(1);
}
