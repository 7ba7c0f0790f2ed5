import { inEdition, type EditionFilter } from '../../engine/audience.ts';
import type { LoadedPlaybook, PlaybookEntry } from '../../engine/content/load-playbook.ts';
import { parseScenarioDialogue } from '../../engine/dialogue/scenario-dialogue.ts';
import { interfaceText } from '../../i18n/interface-text.ts';
import type { Dictionary } from '../../i18n/dictionary.ts';
import { urls } from '../../engine/urls.ts';
import type { Compensation } from '../../../schemas/compensation.ts';
import type { StopPhrase } from '../../../schemas/stop-phrases.ts';
import { bodyParagraphs } from './body-text.ts';
import type { FilterGroup, PartKind, RecordType } from '../parts.ts';

/** One piece of text of a search record. */
export interface DocumentPart {
  kind: PartKind;
  text: string;
}

/**
 * One search record: a thing a rep may be looking for, with its own address. A speech module is
 * a record of its own (search lands on the module, not on the top of its script).
 */
export interface SearchDocument {
  lang: string;
  url: string;
  type: RecordType;
  /** Shown as the result's heading. */
  title: string;
  /** Where the record sits, e.g. the script that holds a module. */
  context?: string;
  /** Further metadata the results read but nobody searches for, e.g. a stop phrase's exceptions. */
  meta?: Record<string, string>;
  /** Filter values (raw keys, e.g. `stage: ['opening']`); labels are looked up by the page. */
  filters: Partial<Record<FilterGroup | 'severity', string[]>>;
  parts: DocumentPart[];
}

const part = (kind: PartKind, texts: readonly (string | undefined)[]): DocumentPart[] =>
  texts.filter((text): text is string => text !== undefined && text.trim() !== '').map((text) => ({ kind, text: text.trim() }));

const unique = (values: readonly string[]): string[] => [...new Set(values)];

/** The search records of one MDX entry: one per entry, plus one per speech module of a call script. */
export function entryDocuments(entry: PlaybookEntry, t: Dictionary = interfaceText(entry.lang)): SearchDocument[] {
  const { lang, id, data } = entry;
  const common = [...part('summary', [data.summary]), ...part('keywords', [data.tags.join(', ')])];
  const body = part('body', bodyParagraphs(entry.tree));
  if (entry.collection === 'objections') {
    const o = entry.data;
    return [
      {
        lang,
        // A rep opens an objection for what to answer: the result lands on the responses.
        url: `${urls.objection(lang, id)}#responses`,
        type: 'objection',
        title: o.title,
        filters: { type: ['objection'], stage: o.stages, channel: o.channels, category: [o.category] },
        parts: [
          ...part('title', [o.title]),
          ...part('alias', o.aliases),
          ...part('response', o.responses.map((r) => r.text)),
          ...part('followUp', [o.followUp]),
          ...common,
          ...body,
        ],
      },
    ];
  }
  if (entry.collection === 'standards') {
    const s = entry.data;
    const details =
      s.type === 'standard'
        ? part('norm', s.norms.map((n) => `${n.metric}: ${n.target}`))
        : s.type === 'method'
          ? part('step', s.steps.map((step) => `${step.name} — ${step.text}`))
          : part('item', s.sections.flatMap((section) => section.items.map((item) => item.text)));
    return [
      {
        lang,
        url: urls.standard(lang, id),
        type: s.type,
        title: s.title,
        filters: { type: [s.type], ...(s.type === 'standard' && s.channels.length > 0 ? { channel: s.channels } : {}) },
        parts: [...part('title', [s.title]), ...details, ...common, ...body],
      },
    ];
  }
  const script = entry.data;
  if (script.type === 'scenario') {
    return [
      {
        lang,
        url: urls.scenario(lang, id),
        type: 'scenario',
        title: script.title,
        context: t.kind[script.kind],
        filters: { type: ['scenario'], channel: script.channels },
        parts: [...part('title', [script.title]), ...common, ...part('line', dialogueLines(entry, script.roles)), ...body],
      },
    ];
  }
  const modules: SearchDocument[] = script.modules.map((module) => ({
    lang,
    url: urls.module(lang, id, module.id),
    type: 'module',
    title: module.intent,
    context: script.title,
    filters: { type: ['module'], stage: [module.stage], channel: script.channels },
    parts: [...part('intent', [module.intent]), ...part('variant', module.variants), ...part('note', [module.note])],
  }));
  return [
    {
      lang,
      url: urls.script(lang, id),
      type: 'call',
      title: script.title,
      filters: { type: ['call'], stage: unique(script.modules.map((m) => m.stage)), channel: script.channels },
      parts: [...part('title', [script.title]), ...part('goal', [script.goal]), ...common, ...body],
    },
    ...modules,
  ];
}

// Lines read "Role: what is said", as on the scenario page; choices list each option.
function dialogueLines(entry: PlaybookEntry, roles: Record<string, string>): string[] {
  // Parsed when the file was read; entries made in code (tests) are parsed here.
  const graph = ('dialogue' in entry ? entry.dialogue : undefined)?.graph ?? parseScenarioDialogue(entry.body, entry.bodyLine).graph;
  if (!graph) return [];
  const said = (role: string, text: string) => `${roles[role] ?? role}: ${text}`;
  return graph.sections.flatMap((section) => {
    const exit = section.exit;
    const options = exit?.kind === 'choice' ? exit.options.map((option) => said(exit.role, option.text)) : [];
    return [...section.steps.map((step) => said(step.role, step.text)), ...options];
  });
}

/** The search records of a language's stop phrases: one per phrase, at its place in the stop-phrase list. */
export function stopPhraseDocuments(lang: string, phrases: readonly StopPhrase[]): SearchDocument[] {
  return phrases.map((rule, i) => ({
    lang,
    url: `${urls.stopPhrases(lang)}#stop-${i + 1}`,
    type: 'stop-phrase',
    title: rule.phrase,
    ...(rule.except ? { meta: { except: JSON.stringify(rule.except) } } : {}),
    filters: { type: ['stop-phrase'], severity: [rule.severity] },
    parts: [
      ...part('title', [rule.phrase]),
      ...part('pattern', rule.match ?? []),
      ...part('why', [rule.why]),
      ...part('replacement', rule.replacements),
    ],
  }));
}

/** The search records of a language's compensation tiers: one per tier, at its place in the matrix. */
export function compensationDocuments(lang: string, compensation: Compensation, t: Dictionary = interfaceText(lang)): SearchDocument[] {
  return compensation.tiers.map((tier) => ({
    lang,
    url: `${urls.compensation(lang)}#${tier.id}`,
    type: 'compensation',
    title: tier.name,
    context: t.authorizer[tier.authorizedBy],
    filters: { type: ['compensation'] },
    parts: [
      ...part('title', [tier.name]),
      ...part('problem', [tier.problem]),
      ...part('example', tier.examples),
      ...part('option', tier.options.map((option) => option.text)),
      ...part('note', [tier.followUp]),
    ],
  }));
}

/** Every search record of the edition: entries the edition holds, their modules, stop phrases, compensation tiers. */
export function searchDocuments(playbook: LoadedPlaybook, options: EditionFilter): SearchDocument[] {
  // Labels in records (a scenario's kind, who authorizes a tier) use the content folder's interface texts too.
  const texts = new Map<string, Dictionary>();
  const t = (lang: string) => texts.get(lang) ?? texts.set(lang, interfaceText(lang, playbook.interfaceText)).get(lang)!;
  return [
    ...playbook.entries.filter((entry) => inEdition(entry.data, options)).flatMap((entry) => entryDocuments(entry, t(entry.lang))),
    ...playbook.stopPhrases.flatMap((source) => stopPhraseDocuments(source.lang, source.data)),
    ...playbook.compensation.flatMap((source) => compensationDocuments(source.lang, source.data, t(source.lang))),
  ];
}
