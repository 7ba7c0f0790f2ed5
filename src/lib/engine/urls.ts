/** Every address of the site in one place, so pages, links in content and tests agree. */
export const urls = {
  root: () => '/',
  home: (lang: string) => `/${lang}/`,
  script: (lang: string, id: string) => `/${lang}/scripts/${id}/`,
  module: (lang: string, scriptId: string, moduleId: string) => `/${lang}/scripts/${scriptId}/#${moduleId}`,
  scenarios: (lang: string) => `/${lang}/scenarios/`,
  scenario: (lang: string, id: string) => `/${lang}/scenarios/${id}/`,
  objections: (lang: string) => `/${lang}/objections/`,
  objection: (lang: string, id: string) => `/${lang}/objections/${id}/`,
  standards: (lang: string) => `/${lang}/standards/`,
  standard: (lang: string, id: string) => `/${lang}/standards/${id}/`,
  stopPhrases: (lang: string) => `/${lang}/stop-phrases/`,
  phraseCheck: (lang: string) => `/${lang}/phrase-check/`,
  compensation: (lang: string) => `/${lang}/compensation/`,
  search: (lang: string) => `/${lang}/search/`,
  print: (lang: string) => `/${lang}/print/`,
} as const;
