import path from 'node:path';
import { InterfaceTextSchema } from '../../../schemas/interface-text.ts';
import type { SiteConfig } from '../../../schemas/config.ts';
import type { PartialDictionary } from '../../i18n/dictionary.ts';
import { missingInterfaceKeys, type InterfaceOverrides } from '../../i18n/interface-text.ts';
import { missingPluralForms, missingTextsProblem, unknownInterfaceKeys, unknownPlaceholders } from '../../i18n/interface-text-problems.ts';
import { PLURAL_CATEGORIES } from '../../i18n/plural.ts';
import { inFile, problem, type Problem } from '../problems.ts';
import type { InterfaceFile } from './discover.ts';
import { readContentText } from './read-content.ts';
import { schemaProblems } from './schema-problems.ts';
import { parseYamlSource } from './yaml-source.ts';

/** What the content folder says about the interface: texts per language, and what is wrong with them. */
export interface LoadedInterfaceText {
  overrides: InterfaceOverrides;
  problems: Problem[];
}

/** One `ui/<lang>.yaml` as read: its texts when they passed the checks. */
export interface ReadInterfaceFile {
  lang: string;
  /** The file as shown to authors. */
  file: string;
  texts?: PartialDictionary;
}

const FIELD_NAMES = [...Object.keys(InterfaceTextSchema.shape), ...PLURAL_CATEGORIES];

/**
 * Reads one `ui/<lang>.yaml` and checks it on its own: YAML, unknown groups and keys (with the key
 * probably meant), the shape of each text, placeholders the page never fills, missing plural forms.
 */
export function readInterfaceFile(ui: InterfaceFile, file: string, problems: Problem[]): ReadInterfaceFile {
  const read = readContentText(ui.absPath, `${ui.lang}.yaml`);
  problems.push(...inFile(file, read.problems));
  if (read.text === undefined) return { lang: ui.lang, file };
  const parsed = parseYamlSource(read.text, 1);
  problems.push(...inFile(file, parsed.problems));
  if (!parsed.source) return { lang: ui.lang, file };
  const { lineOf } = parsed.source;
  const unknown = unknownInterfaceKeys(parsed.source.data ?? {}, lineOf);
  problems.push(...inFile(file, unknown.problems));
  const result = InterfaceTextSchema.safeParse(unknown.known);
  if (!result.success) {
    problems.push(...inFile(file, schemaProblems(result.error, parsed.source, FIELD_NAMES)));
    return { lang: ui.lang, file };
  }
  const texts = result.data as PartialDictionary;
  problems.push(...inFile(file, [...unknownPlaceholders(texts, lineOf), ...missingPluralForms(ui.lang, texts, lineOf)]));
  return { lang: ui.lang, file, texts };
}

/** Does `lang` (e.g. `pt-BR`) take texts from the file of `fileLang` (`pt` or `pt-BR`)? */
const usesFileOf = (lang: string, fileLang: string) => lang === fileLang || lang.split('-')[0] === fileLang;

/**
 * Puts the read ui files and config.yaml's chapter labels together into interface texts per
 * language, warning about a file no content language uses and, once per content language, about
 * the texts that will show in English.
 */
export function combineInterfaceText(
  files: readonly ReadInterfaceFile[],
  context: { languages: readonly string[]; chapters: SiteConfig['chapters']; display: (absPath: string) => string; contentDir: string },
): LoadedInterfaceText {
  const problems: Problem[] = [];
  const overrides: Record<string, PartialDictionary> = {};
  for (const [lang, chapter] of Object.entries(context.chapters)) overrides[lang] = { chapter };

  const fileOf = new Map<string, string>();
  for (const { lang, file, texts } of files) {
    fileOf.set(lang, file);
    if (!context.languages.some((content) => usesFileOf(content, lang))) {
      problems.push(problem('misplaced-file', { case: 'unused-interface-language', lang, languages: context.languages }, { file, field: 'file name' }));
    }
    if (texts) overrides[lang] = { ...texts, chapter: { ...overrides[lang]?.chapter, ...texts.chapter } };
  }

  for (const lang of context.languages) {
    const own = fileOf.get(lang) ?? fileOf.get(lang.split('-')[0]!);
    const missing = missingTextsProblem(lang, missingInterfaceKeys(lang, overrides), own !== undefined);
    if (missing) problems.push({ ...missing, file: own ?? context.display(path.join(context.contentDir, 'ui', `${lang}.yaml`)) });
  }
  return { overrides, problems };
}
