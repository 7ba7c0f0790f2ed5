import { z } from 'astro/zod';
import { ChannelsSchema, EntryBaseSchema, IdSchema, ParagraphSchema, StageSchema, TextSchema } from './common.ts';

/** Book chapters a call script belongs to, in reading order. */
export const CallChapterSchema = z.enum(['first-call', 'second-call', 'offer', 'relationship', 'difficult']);
export type CallChapter = z.output<typeof CallChapterSchema>;

/** A speech module: one step of a call, with interchangeable phrasings. */
export const SpeechModuleSchema = z
  .strictObject({
    /** Unique across the whole book in one language; the module's anchor and link target. */
    id: IdSchema.describe('Unique across the whole book in one language: lowercase letters, digits and hyphens. The module’s anchor and link target (module:ID).'),
    /** Stage of the conversation where this module is used. */
    stage: StageSchema.describe('Stage of the conversation where this module is used.'),
    /** What the rep wants to achieve with it. */
    intent: TextSchema.describe('What the rep wants to achieve with this module.'),
    /** One or more phrasings, each copyable on the site. */
    variants: z.array(ParagraphSchema.describe('One way to say it.')).min(1).describe('One or more phrasings, each copyable on the site.'),
    /** A tip shown under the variants. */
    note: ParagraphSchema.optional().describe('A tip shown under the variants.'),
  })
  .describe('A speech module: one step of the call with interchangeable phrasings.');
export type SpeechModule = z.output<typeof SpeechModuleSchema>;

/** A call script: `type: call`. */
export const CallScriptSchema = EntryBaseSchema.extend({
  /** Marks a call script (`call`); role-play scenarios use `scenario`. */
  type: z.literal('call').describe('call for a call script; scenario for a role-play scenario.'),
  /** Chapter of the book this script sits in. */
  chapter: CallChapterSchema.describe('Chapter of the book this script sits in: first-call, second-call, offer, relationship or difficult.'),
  /** Channels the script is written for. */
  channels: ChannelsSchema.describe('Channels the script is written for (at least one).'),
  /** What the call must achieve, stated first. */
  goal: ParagraphSchema.describe('What the call must achieve, stated first.'),
  /** The call's speech modules in the order they are used. */
  modules: z.array(SpeechModuleSchema).min(1).describe('The call’s speech modules in the order they are used (at least one).'),
}).describe('A call script (type: call): goal, channels and speech modules; the MDX body explains it.');
export type CallScript = z.output<typeof CallScriptSchema>;

/** Kinds of role-play scenario. */
export const ScenarioKindSchema = z.enum(['cold-call', 'repeat-call', 'complaint', 'meeting', 'chat', 'other']);

/** A role-play scenario: `type: scenario`; its dialogue lives in the body. */
export const ScenarioSchema = EntryBaseSchema.extend({
  /** Marks a role-play scenario (`scenario`); call scripts use `call`. */
  type: z.literal('scenario').describe('scenario for a role-play scenario; call for a call script.'),
  /** Scenarios always sit in their own chapter. */
  chapter: z.literal('scenarios').default('scenarios').describe('Scenarios always sit in the scenarios chapter; the field may be left out.'),
  /** Channels the conversation happens in. */
  channels: ChannelsSchema.describe('Channels the conversation happens in (at least one).'),
  /** What kind of conversation this is. */
  kind: ScenarioKindSchema.describe('What kind of conversation this is: cold-call, repeat-call, complaint, meeting, chat or other.'),
  /** Role key used in the dialogue → label shown to the reader. */
  roles: z
    .record(IdSchema, TextSchema.describe('The label readers see for this role, e.g. Sales manager.'))
    .refine((roles) => Object.keys(roles).length > 0, { error: 'at least one role, e.g. rep: Sales manager' })
    // The refinement is invisible to JSON Schema, so editors learn the same rule from minProperties.
    .meta({ minProperties: 1 })
    .describe('Who speaks: role key used in the dialogue (e.g. rep, client) → label shown to the reader.'),
  /** Role keys that speak for the company: their lines are checked for stop phrases and practised by learners. */
  staff: z
    .array(IdSchema)
    .min(1)
    .default(['rep'])
    .describe('Role keys that speak for the company: their lines are checked for stop phrases and practised by learners. Default: rep.'),
}).describe('A role-play scenario (type: scenario); its dialogue is the ```dialogue block in the body.');
export type Scenario = z.output<typeof ScenarioSchema>;

/** Everything in `content/scripts/`: call scripts and scenarios, told apart by `type`. */
export const ScriptsEntrySchema = z
  .discriminatedUnion('type', [CallScriptSchema, ScenarioSchema])
  .describe('An entry of scripts/: a call script (type: call) or a role-play scenario (type: scenario).');
export type ScriptsEntry = z.output<typeof ScriptsEntrySchema>;
