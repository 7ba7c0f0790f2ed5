import { stringify } from 'yaml';
import { ID_PATTERN } from '../../schemas/common.ts';
import type { Dictionary } from '../i18n/dictionary.ts';
import { interfaceText, type InterfaceOverrides } from '../i18n/interface-text.ts';

/** Every placeholder of a new entry, in one language: the `scaffold` group of the interface texts. */
export type ScaffoldStrings = Dictionary['scaffold'];
type ScaffoldStringKey = keyof ScaffoldStrings;

/**
 * The placeholders for a new entry in `lang`: the content folder's ui/<lang>.yaml first (key by key),
 * then the built-in texts of the language or its base language (`pt` for `pt-BR`), then English.
 */
export function scaffoldStrings(lang: string, overrides: InterfaceOverrides = {}): ScaffoldStrings {
  const texts = interfaceText(lang, overrides).scaffold;
  // Pages isolate an English fallback inside right-to-left text; a file of content gets the plain words.
  return Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, text.replace(/[\u2066-\u2069]/gu, '')])) as ScaffoldStrings;
}

/** Kinds of entry the scaffold command can start. */
export const SCAFFOLD_KINDS = ['script', 'scenario', 'objection', 'standard', 'method', 'checklist'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

/** What each kind is, for the command's usage. */
const KIND_DESCRIPTIONS: Record<ScaffoldKind, string> = {
  script: 'a call script with speech modules',
  scenario: 'a role-play scenario with a dialogue',
  objection: 'an objection with two answers',
  standard: 'a channel or service standard with norms',
  method: 'a method such as LAST, in steps',
  checklist: 'a QA or mystery-shopper checklist',
};

/** The usage of `npm run new`, listing every kind and where its file goes. */
export function scaffoldUsage(): string {
  const width = Math.max(...SCAFFOLD_KINDS.map((kind) => kind.length));
  const kinds = SCAFFOLD_KINDS.map((kind) => `  ${kind.padEnd(width)}  ${KIND_DESCRIPTIONS[kind]} → ${scaffoldPath(kind, '<lang>', '<id>')}`);
  return [
    'Usage: npm run new -- <kind> <id> [--lang en] [--owner NAME] [--content DIR]',
    '',
    'Creates a new entry as a draft that already passes the check, with placeholders in the',
    'language given by --lang (default en). An existing file is never overwritten.',
    '',
    'Kinds:',
    ...kinds,
    '',
    'Example: npm run new -- objection too-expensive --lang ru',
  ].join('\n');
}

/** Where a new entry of this kind lives, relative to the content folder. */
export function scaffoldPath(kind: ScaffoldKind, lang: string, id: string): string {
  const folder = kind === 'script' || kind === 'scenario' ? 'scripts' : kind === 'objection' ? 'objections' : 'standards';
  return `${folder}/${lang}/${id}.mdx`;
}

/** Why an id cannot be used, or undefined when it can. */
export function invalidId(id: string): string | undefined {
  return ID_PATTERN.test(id) ? undefined : `“${id}” is not a valid id: use lowercase letters, digits and single hyphens, e.g. "price-too-high".`;
}

/** What a new entry is made from. */
export interface ScaffoldOptions {
  owner: string;
  /** Today as YYYY-MM-DD: the entry counts as reviewed today. */
  today: string;
  /** Language of the entry: its placeholders are written in it. */
  lang?: string;
  /** Interface texts from the content folder (ui/<lang>.yaml), whose `scaffold` group overrides the built-in placeholders. */
  overrides?: InterfaceOverrides;
}

// A placeholder may hold ": " or start with a quote in some language, so each is written as YAML would.
const yamlValue = (text: string) => stringify(text, { lineWidth: 0 }).trimEnd();

/**
 * The text of a new entry: valid against the schema, marked as a draft so it is not published
 * by accident, with every field present and every placeholder in the entry's language, so the
 * author only has to overwrite.
 */
export function scaffoldText(kind: ScaffoldKind, id: string, options: ScaffoldOptions): string {
  const { owner, today, lang = 'en', overrides = {} } = options;
  const s = scaffoldStrings(lang, overrides);
  const v = (key: ScaffoldStringKey) => yamlValue(s[key]);
  const titleKey = `${kind}Title` as const satisfies ScaffoldStringKey;
  // English placeholders would be the only English in a book of another language, so the title comes
  // from the id only where English is the entry's language (or its fallback).
  const englishTitle = s[titleKey] === scaffoldStrings('en')[titleKey] && kind !== 'objection';
  const title = englishTitle ? yamlValue(id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())) : v(titleKey);
  const head = [`title: ${title}`, `summary: ${v('summary')}`, `owner: ${yamlValue(owner)}`, `reviewed: ${today}`, 'tags: []', 'draft: true'].join('\n');
  switch (kind) {
    case 'script':
      return `---\ntype: call\n${head}\nchapter: first-call\nchannels: [phone]\ngoal: ${v('goal')}\nmodules:\n  - id: ${id}-opening\n    stage: opening\n    intent: ${v('intent')}\n    variants:\n      - ${v('variantFirst')}\n      - ${v('variantSecond')}\n---\n\n${s.scriptBody}\n`;
    case 'scenario':
      return `---\ntype: scenario\n${head}\nchannels: [phone]\nkind: cold-call\nroles:\n  rep: ${v('roleRep')}\n  client: ${v('roleClient')}\n---\n\n${s.scenarioIntro}\n\n\`\`\`dialogue\nrep: ${s.lineFirst}\nclient:\n  * ${s.optionAgree} -> agree\n  * ${s.optionHesitate} -> hesitate\n\n== agree\nrep: ${s.lineNext}\n-> end\n\n== hesitate\nrep: ${s.lineAnswer}\n-> agree\n\`\`\`\n\n## ${s.debriefHeading}\n\n${s.debriefText}\n`;
    case 'objection':
      return `---\n${head}\naliases: []\ncategory: other\nstages: [presentation]\nchannels: [phone]\nresponses:\n  - technique: ${v('techniqueClarify')}\n    text: ${v('responseClarify')}\n  - technique: ${v('techniqueReframe')}\n    text: ${v('responseOther')}\nfollowUp: ${v('followUp')}\n---\n\n${s.objectionBody}\n`;
    case 'standard':
      return `---\ntype: standard\n${head}\nchannels: [phone]\nnorms:\n  - metric: ${v('normMetric')}\n    target: ${v('normTarget')}\n---\n\n${s.standardBody}\n`;
    case 'method':
      return `---\ntype: method\n${head}\nsteps:\n  - name: ${v('stepFirstName')}\n    text: ${v('stepFirstText')}\n  - name: ${v('stepSecondName')}\n    text: ${v('stepSecondText')}\n---\n\n${s.methodBody}\n`;
    case 'checklist':
      return `---\ntype: checklist\n${head}\nscale: yes-no-partly\nsections:\n  - title: ${v('sectionTitle')}\n    items:\n      - id: ${id}-visit-date\n        text: ${v('itemVisitDate')}\n        control: true\n      - id: ${id}-first-item\n        text: ${v('itemFirst')}\n---\n\n${s.checklistBody}\n`;
  }
}
