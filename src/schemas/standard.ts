import { z } from 'astro/zod';
import { ChannelSchema, EntryBaseSchema, IdSchema, TextSchema } from './common.ts';

/** A channel or service standard with measurable norms. */
export const ServiceStandardSchema = EntryBaseSchema.extend({
  type: z.literal('standard'),
  /** Channels the standard covers. */
  channels: z.array(ChannelSchema).default([]),
  /** Measurable norms. */
  norms: z
    .array(
      z.strictObject({
        /** What is measured, e.g. First reply. */
        metric: TextSchema,
        /** The target, e.g. 30 seconds or less. */
        target: TextSchema,
      }),
    )
    .default([]),
});
export type ServiceStandard = z.output<typeof ServiceStandardSchema>;

/** A method such as LAST: named steps in order. */
export const MethodSchema = EntryBaseSchema.extend({
  type: z.literal('method'),
  /** The method's steps in order. */
  steps: z
    .array(
      z.strictObject({
        /** Short name of the step, e.g. Listen. */
        name: TextSchema,
        /** What to do in this step. */
        text: TextSchema,
      }),
    )
    .min(1),
});
export type Method = z.output<typeof MethodSchema>;

/** Scales a checklist item is scored on. */
export const ChecklistScaleSchema = z.enum(['yes-no-partly', '1-5', '1-7', '1-10']);
export type ChecklistScale = z.output<typeof ChecklistScaleSchema>;

/** One scored item of a checklist. */
export const ChecklistItemSchema = z.strictObject({
  /** Unique across the whole book in one language. */
  id: IdSchema,
  /** What the assessor checks. */
  text: TextSchema,
  /** How much the item counts in the total. */
  weight: z.number().positive().default(1),
  /** True for items that prove the visit happened (date, time, staff name); they are not scored. */
  control: z.boolean().default(false),
});
export type ChecklistItem = z.output<typeof ChecklistItemSchema>;

/** A QA or mystery-shopper form. */
export const ChecklistSchema = EntryBaseSchema.extend({
  type: z.literal('checklist'),
  /** How every item is scored. */
  scale: ChecklistScaleSchema,
  /** True to give every scored item a comment field, for the reason behind its score. */
  comments: z.boolean().default(false),
  /** Sections of items, in order. */
  sections: z
    .array(
      z.strictObject({
        /** Section heading. */
        title: TextSchema,
        /** Items in this section. */
        items: z.array(ChecklistItemSchema).min(1),
      }),
    )
    .min(1),
});
export type Checklist = z.output<typeof ChecklistSchema>;

/** Everything in `content/standards/*.mdx`, told apart by `type`. */
export const StandardsEntrySchema = z.discriminatedUnion('type', [ServiceStandardSchema, MethodSchema, ChecklistSchema]);
export type StandardsEntry = z.output<typeof StandardsEntrySchema>;
