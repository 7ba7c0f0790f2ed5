import { z } from 'astro/zod';
import { en } from '../lib/i18n/builtin/en.ts';
import { GROUP_DESCRIPTIONS, PLURAL_CHOSEN_BY, placeholdersOf, type DictionaryGroup, type InterfaceLeaf } from '../lib/i18n/dictionary.ts';
import { TextSchema } from './common.ts';

/** The forms of a counted text, by CLDR plural category; `other` is required, the rest as the language needs. */
export const PluralFormsSchema = z.strictObject({
  /** The form for zero, in languages that have one (Arabic, Welsh…). */
  zero: TextSchema.optional().describe('The form for zero, in languages that have one (Arabic, Welsh…).'),
  /** The form for one (and, in Russian, 21, 31…). */
  one: TextSchema.optional().describe('The form for one (and, in Russian, 21, 31…).'),
  /** The form for two (Hebrew, Arabic, Slovenian…). */
  two: TextSchema.optional().describe('The form for two (Hebrew, Arabic, Slovenian…).'),
  /** The form for a few (2–4 in Russian, Polish, Czech…). */
  few: TextSchema.optional().describe('The form for a few (2–4 in Russian, Polish, Czech…).'),
  /** The form for many (5–20 in Russian and Polish…). */
  many: TextSchema.optional().describe('The form for many (5–20 in Russian and Polish…).'),
  /** The form for every other number; the only form in Chinese, Japanese, Korean. */
  other: TextSchema.describe('The form for every other number; the only form in Chinese, Japanese, Korean.'),
});

// The colon after a label carries its own space (": " in English, "：" in Chinese), so it is not trimmed.
const UNTRIMMED = new Set(['site.colon']);

/** What an editor shows on hover: the English text, which placeholders it fills and, for counted texts, by which number. */
function describeText(key: string, english: InterfaceLeaf): string {
  const names = placeholdersOf(english).map((name) => `{${name}}`);
  const fills = names.length > 0 ? ` Keep ${names.join(', ')}: the page fills them in.` : '';
  if (typeof english === 'string') return `English: “${english}”.${fills}`;
  const forms = Object.entries(english).map(([form, text]) => `${form}: “${text}”`).join('; ');
  return `Forms by plural category (one, few, many, other…), chosen by {${PLURAL_CHOSEN_BY[key] ?? 'count'}}. English: ${forms}.${fills}`;
}

/** One group of texts, every text optional, each described by its English text. */
function group(name: DictionaryGroup) {
  const shape = Object.fromEntries(
    Object.entries(en[name] as Record<string, InterfaceLeaf>).map(([key, english]) => [
      key,
      (typeof english !== 'string' ? PluralFormsSchema : UNTRIMMED.has(`${name}.${key}`) ? z.string().min(1) : TextSchema).optional().describe(describeText(`${name}.${key}`, english)),
    ]),
  );
  return z.strictObject(shape).optional().describe(GROUP_DESCRIPTIONS[name]);
}

/**
 * `content/ui/<lang>.yaml`: the interface texts of one language, grouped as in the README's
 * interface text reference. Every text is optional: a missing one comes from the built-in
 * language, else English (with a warning that lists what is missing).
 */
export const InterfaceTextSchema = z.strictObject({
  /** Header, navigation, footer and texts every page shares. */
  site: group('site'),
  /** The home page: tagline, quick links and the new hire path. */
  home: group('home'),
  /** Call script pages. */
  script: group('script'),
  /** Objection pages. */
  objection: group('objection'),
  /** The objections index and its filters. */
  objections: group('objections'),
  /** The index of role-play scenarios. */
  scenarios: group('scenarios'),
  /** Standards, methods and their index. */
  standards: group('standards'),
  /** Interactive checklists: answers, score and buttons. */
  checklist: group('checklist'),
  /** The compensation matrix and its picker. */
  compensation: group('compensation'),
  /** The stop-phrase table. */
  stopPhrases: group('stopPhrases'),
  /** The phrase checker. */
  checker: group('checker'),
  /** The search dialog and the search page. */
  search: group('search'),
  /** Scenario pages: the transcript, the branch map and the role-play viewer. */
  roleplay: group('roleplay'),
  /** The printable book. */
  print: group('print'),
  /** The page shown for an address that does not exist. */
  notFound: group('notFound'),
  /** Chapter names, by chapter key; config.yaml `chapters` may give them too (this file wins). */
  chapter: group('chapter'),
  /** Stage names, by the stage values of the content format. */
  stage: group('stage'),
  /** Channel names, by the channel values of the content format. */
  channel: group('channel'),
  /** Objection category names. */
  category: group('category'),
  /** Names of the kinds of role-play scenario. */
  kind: group('kind'),
  /** Who may authorize a compensation tier. */
  authorizer: group('authorizer'),
  /** Stop-phrase severities. */
  severity: group('severity'),
  /** Names of the kinds of entry, as badges and search results show them. */
  type: group('type'),
  /** Placeholders of new entries written by npm run new. */
  scaffold: group('scaffold'),
});
export type InterfaceTextFile = z.output<typeof InterfaceTextSchema>;
