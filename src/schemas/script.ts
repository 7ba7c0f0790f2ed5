import { z } from 'astro/zod';
import { ChannelsSchema, EntryBaseSchema, IdSchema, StageSchema, TextSchema } from './common.ts';

/** Book chapters a call script belongs to, in reading order. */
export const CallChapterSchema = z.enum(['first-call', 'second-call', 'offer', 'relationship', 'difficult']);
export type CallChapter = z.output<typeof CallChapterSchema>;

/** A speech module: one step of a call, with interchangeable phrasings. */
export const SpeechModuleSchema = z.strictObject({
  /** Unique across the whole book in one language; the module's anchor and link target. */
  id: IdSchema,
  /** Stage of the conversation where this module is used. */
  stage: StageSchema,
  /** What the rep wants to achieve with it. */
  intent: TextSchema,
  /** One or more phrasings, each copyable on the site. */
  variants: z.array(TextSchema).min(1),
  /** A tip shown under the variants. */
  note: TextSchema.optional(),
});
export type SpeechModule = z.output<typeof SpeechModuleSchema>;

/** A call script: `type: call`. */
export const CallScriptSchema = EntryBaseSchema.extend({
  type: z.literal('call'),
  /** Chapter of the book this script sits in. */
  chapter: CallChapterSchema,
  /** Channels the script is written for. */
  channels: ChannelsSchema,
  /** What the call must achieve, stated first. */
  goal: TextSchema,
  /** The call's speech modules in the order they are used. */
  modules: z.array(SpeechModuleSchema).min(1),
});
export type CallScript = z.output<typeof CallScriptSchema>;

/** Kinds of role-play scenario. */
export const ScenarioKindSchema = z.enum(['cold-call', 'repeat-call', 'complaint', 'meeting', 'chat', 'other']);

/** A role-play scenario: `type: scenario`; its dialogue lives in the body. */
export const ScenarioSchema = EntryBaseSchema.extend({
  type: z.literal('scenario'),
  /** Scenarios always sit in their own chapter. */
  chapter: z.literal('scenarios').default('scenarios'),
  /** Channels the conversation happens in. */
  channels: ChannelsSchema,
  /** What kind of conversation this is. */
  kind: ScenarioKindSchema,
  /** Role key used in the dialogue → label shown to the reader. */
  roles: z
    .record(IdSchema, TextSchema)
    .refine((roles) => Object.keys(roles).length > 0, { error: 'at least one role, e.g. rep: Sales manager' }),
  /** Role keys that speak for the company: their lines are checked for stop phrases and practised by learners. */
  staff: z.array(IdSchema).min(1).default(['rep']),
});
export type Scenario = z.output<typeof ScenarioSchema>;

/** Everything in `content/scripts/`: call scripts and scenarios, told apart by `type`. */
export const ScriptsEntrySchema = z.discriminatedUnion('type', [CallScriptSchema, ScenarioSchema]);
export type ScriptsEntry = z.output<typeof ScriptsEntrySchema>;
