import { z } from 'astro/zod';
import { ChannelsSchema, EntryBaseSchema, IdSchema, StageSchema, TextSchema } from './common.ts';

/** Categories objections are grouped by. */
export const ObjectionCategorySchema = z.enum(['price', 'timing', 'competitor', 'trust', 'need', 'authority', 'other']);
export type ObjectionCategory = z.output<typeof ObjectionCategorySchema>;

/** One way to answer an objection. */
export const ObjectionResponseSchema = z.strictObject({
  /** Label for the technique, e.g. clarify, reframe, social-proof. */
  technique: TextSchema,
  /** What the rep says. */
  text: TextSchema,
});

/** An objection as the client says it, with approved answers. The title is the client's wording. */
export const ObjectionSchema = EntryBaseSchema.extend({
  /** Other wordings clients use; searchable. */
  aliases: z.array(TextSchema).default([]),
  /** Category the objection is filed under. */
  category: ObjectionCategorySchema,
  /** Stages where clients raise it. */
  stages: z.array(StageSchema).min(1),
  /** Channels where it comes up. */
  channels: ChannelsSchema,
  /** Two to four answer variants. */
  responses: z.array(ObjectionResponseSchema).min(2).max(4),
  /** A question to ask after answering. */
  followUp: TextSchema.optional(),
  /** Speech modules and scenarios to read next; ids in the same language. */
  related: z
    .strictObject({
      /** Speech module ids. */
      modules: z.array(IdSchema).default([]),
      /** Scenario ids. */
      scenarios: z.array(IdSchema).default([]),
    })
    .default({ modules: [], scenarios: [] }),
});
export type Objection = z.output<typeof ObjectionSchema>;
