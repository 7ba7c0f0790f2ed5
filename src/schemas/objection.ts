import { z } from 'astro/zod';
import { ChannelsSchema, EntryBaseSchema, IdSchema, ParagraphSchema, StageSchema, TextSchema } from './common.ts';

/** Categories objections are grouped by. */
export const ObjectionCategorySchema = z.enum(['price', 'timing', 'competitor', 'trust', 'need', 'authority', 'other']);
export type ObjectionCategory = z.output<typeof ObjectionCategorySchema>;

/** One way to answer an objection. */
export const ObjectionResponseSchema = z
  .strictObject({
    /** Label for the technique, e.g. clarify, reframe, social-proof. */
    technique: TextSchema.describe('Label for the technique, e.g. clarify, reframe, agree-and-argue, social-proof.'),
    /** What the rep says. */
    text: ParagraphSchema.describe('What the rep says.'),
  })
  .describe('One way to answer the objection.');

/** An objection as the client says it, with approved answers. The title is the client's wording. */
export const ObjectionSchema = EntryBaseSchema.extend({
  /** Other wordings clients use; searchable. */
  aliases: z.array(TextSchema).default([]).describe('Other wordings clients use; searchable.'),
  /** Category the objection is filed under. */
  category: ObjectionCategorySchema.describe('Category the objection is filed under: price, timing, competitor, trust, need, authority or other.'),
  /** Stages where clients raise it. */
  stages: z.array(StageSchema).min(1).describe('Stages of the conversation where clients raise it (at least one).'),
  /** Channels where it comes up. */
  channels: ChannelsSchema.describe('Channels where it comes up (at least one).'),
  /** Two to four answer variants. */
  responses: z.array(ObjectionResponseSchema).min(2).max(4).describe('Two to four answer variants.'),
  /** A question to ask after answering. */
  followUp: ParagraphSchema.optional().describe('A question to ask after answering.'),
  /** Speech modules and scenarios to read next; ids in the same language. */
  related: z
    .strictObject({
      /** Speech module ids. */
      modules: z.array(IdSchema).default([]).describe('Ids of speech modules in the same language.'),
      /** Scenario ids. */
      scenarios: z.array(IdSchema).default([]).describe('Ids of role-play scenarios in the same language.'),
    })
    .default({ modules: [], scenarios: [] })
    .describe('Speech modules and scenarios to read next; ids in the same language.'),
}).describe('An objection as the client says it (the title), with two to four approved answers.');
export type Objection = z.output<typeof ObjectionSchema>;
