import { z } from 'astro/zod';
import { editorHints } from './editor-hints.ts';

/** Ids of entries, speech modules, checklist items and tiers: they become file names and URL parts. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id: lowercase letters, digits and single hyphens. */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, { error: 'an id of lowercase letters, digits and single hyphens, e.g. "pass-the-gatekeeper"' });

/** Channels a script, objection or standard applies to. */
export const ChannelSchema = z
  .enum(['phone', 'chat', 'email', 'in-person', 'social', 'video'])
  .describe('A channel: phone, chat, email, in-person, social or video.');
export type Channel = z.output<typeof ChannelSchema>;

/** Stages of a conversation; speech modules and objections are filed under them. */
export const StageSchema = z
  .enum(['opening', 'rapport', 'needs', 'presentation', 'objection', 'agreement', 'closing', 'follow-up'])
  .describe('A stage of the conversation: opening, rapport, needs, presentation, objection, agreement, closing or follow-up.');
export type Stage = z.output<typeof StageSchema>;

/** A non-empty line of text written by an author. */
export const TextSchema = z.string().trim().min(1, { error: 'a non-empty text' });

/** A non-empty text that may run to a paragraph (a phrase, an answer, a reason). */
export const ParagraphSchema = TextSchema.clone().register(editorHints, { multiline: true });

/**
 * Lets through a date already read and a real YYYY-MM-DD day; anything else (an empty value, a number,
 * "12.10.2026", "2026-02-30") fails instead of being coerced into some other day.
 */
function calendarDateOnly(value: unknown): unknown {
  if (value instanceof Date) return value;
  const text = typeof value === 'string' ? value.trim() : '';
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text)) && new Date(text).toISOString().slice(0, 10) === text;
  return valid ? text : Number.NaN;
}

/**
 * A calendar day written as YYYY-MM-DD. Editors read `2026-10-01` in YAML as text, so the JSON Schema
 * says "a string in date format" rather than the date-time a converted zod date would claim.
 */
export const CalendarDateSchema = z
  .preprocess(calendarDateOnly, z.coerce.date({ error: 'a date written as YYYY-MM-DD, e.g. 2026-10-01' }))
  .meta({ type: 'string', format: 'date' });

/** Fields every MDX entry carries, whatever its collection. */
export const EntryBaseSchema = z.strictObject({
  /** Shown as the page heading and in search results. */
  title: TextSchema.describe('Shown as the page heading and in search results.'),
  /** One or two sentences shown in lists and search results. */
  summary: ParagraphSchema.describe('One or two sentences shown in lists and search results.'),
  /** The person or team answerable for this entry. */
  owner: TextSchema.describe('The person or team answerable for this entry.'),
  /** Date of the last review (YYYY-MM-DD); with the review interval it decides when the entry is stale. */
  reviewed: CalendarDateSchema.describe('Date of the last review, written as YYYY-MM-DD, e.g. 2026-10-01; with the review interval it decides when the entry is stale.'),
  /** Days between reviews for this entry; overrides `reviewEveryDays` in config.yaml. */
  reviewEveryDays: z.number().int().positive().optional().describe('Days between reviews for this entry; overrides reviewEveryDays in config.yaml.'),
  /** Audiences allowed to read this entry; names come from config.yaml. */
  audience: z.array(TextSchema).min(1).default(['everyone']).describe('Audiences allowed to read this entry; names come from audiences in config.yaml. Default: everyone.'),
  /** Free keywords, searchable. */
  tags: z.array(TextSchema).default([]).describe('Free keywords, searchable.'),
  /** Drafts are left out of the build unless it is asked for drafts. */
  draft: z.boolean().default(false).describe('true keeps the entry out of the built site unless the build is asked for drafts.'),
});
export type EntryBase = z.output<typeof EntryBaseSchema>;

/** Channels an entry applies to: at least one. */
export const ChannelsSchema = z.array(ChannelSchema).min(1);
