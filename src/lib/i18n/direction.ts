/** Languages written right to left; their pages get `dir="rtl"`. */
export const RTL_LANGUAGES: ReadonlySet<string> = new Set(['he', 'ar', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv']);

/** Text direction of a language tag such as `he` or `ar-EG`. */
export function textDirection(lang: string): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
