import { z } from 'astro/zod';
import { ChannelSchema, EntryBaseSchema, IdSchema, ParagraphSchema, TextSchema } from './common.ts';

/** A channel or service standard with measurable norms. */
export const ServiceStandardSchema = EntryBaseSchema.extend({
  /** Marks a channel or service standard; methods use `method`, checklists `checklist`. */
  type: z.literal('standard').describe('standard for a channel or service standard; method and checklist are the other kinds.'),
  /** Channels the standard covers. */
  channels: z.array(ChannelSchema).default([]).describe('Channels the standard covers.'),
  /** Measurable norms. */
  norms: z
    .array(
      z
        .strictObject({
          /** What is measured, e.g. First reply. */
          metric: TextSchema.describe('What is measured, e.g. First reply.'),
          /** The target, e.g. 30 seconds or less. */
          target: TextSchema.describe('The target, e.g. 30 seconds or less.'),
        })
        .describe('One measurable norm.'),
    )
    .default([])
    .describe('Measurable norms of the standard.'),
}).describe('A channel or service standard (type: standard) with measurable norms.');
export type ServiceStandard = z.output<typeof ServiceStandardSchema>;

/** A method such as LAST: named steps in order. */
export const MethodSchema = EntryBaseSchema.extend({
  /** Marks a method such as LAST. */
  type: z.literal('method').describe('method for a method such as LAST; standard and checklist are the other kinds.'),
  /** The method's steps in order. */
  steps: z
    .array(
      z
        .strictObject({
          /** Short name of the step, e.g. Listen. */
          name: TextSchema.describe('Short name of the step, e.g. Listen.'),
          /** What to do in this step. */
          text: ParagraphSchema.describe('What to do in this step.'),
        })
        .describe('One step of the method.'),
    )
    .min(1)
    .describe('The method’s steps in order (at least one).'),
}).describe('A method (type: method) such as LAST: named steps in order.');
export type Method = z.output<typeof MethodSchema>;

/** Scales a checklist item is scored on. */
export const ChecklistScaleSchema = z.enum(['yes-no-partly', '1-5', '1-7', '1-10']);
export type ChecklistScale = z.output<typeof ChecklistScaleSchema>;

/** One scored item of a checklist. */
export const ChecklistItemSchema = z
  .strictObject({
    /** Unique across the whole book in one language. */
    id: IdSchema.describe('Unique across the whole book in one language: lowercase letters, digits and hyphens.'),
    /** What the assessor checks. */
    text: ParagraphSchema.describe('What the assessor checks.'),
    /** How much the item counts in the total. */
    weight: z.number().positive().default(1).describe('How much the item counts in the total. Default: 1.'),
    /** True for items that prove the visit happened (date, time, staff name); they are not scored. */
    control: z.boolean().default(false).describe('true for items that prove the visit happened (date, time, staff name); they are not scored.'),
  })
  .describe('One item of the checklist.');
export type ChecklistItem = z.output<typeof ChecklistItemSchema>;

/** A QA or mystery-shopper form. */
export const ChecklistSchema = EntryBaseSchema.extend({
  /** Marks a QA or mystery-shopper checklist. */
  type: z.literal('checklist').describe('checklist for a QA or mystery-shopper form; standard and method are the other kinds.'),
  /** How every item is scored. */
  scale: ChecklistScaleSchema.describe('How every item is scored: yes-no-partly, 1-5, 1-7 or 1-10.'),
  /** True to give every scored item a comment field, for the reason behind its score. */
  comments: z.boolean().default(false).describe('true gives every scored item a comment field, for the reason behind its score. Default: false.'),
  /** Sections of items, in order. */
  sections: z
    .array(
      z
        .strictObject({
          /** Section heading. */
          title: TextSchema.describe('Section heading.'),
          /** Items in this section. */
          items: z.array(ChecklistItemSchema).min(1).describe('Items in this section (at least one).'),
        })
        .describe('A section of the checklist.'),
    )
    .min(1)
    .describe('Sections of items, in order (at least one).'),
}).describe('A QA or mystery-shopper checklist (type: checklist): sections of scored items.');
export type Checklist = z.output<typeof ChecklistSchema>;

/** Everything in `content/standards/*.mdx`, told apart by `type`. */
export const StandardsEntrySchema = z
  .discriminatedUnion('type', [ServiceStandardSchema, MethodSchema, ChecklistSchema])
  .describe('An entry of standards/: a standard (type: standard), a method (type: method) or a checklist (type: checklist).');
export type StandardsEntry = z.output<typeof StandardsEntrySchema>;
