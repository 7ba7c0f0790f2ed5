import { z } from 'astro/zod';

/** Ids of entries, speech modules, checklist items and tiers: they become file names and URL parts. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id: lowercase letters, digits and single hyphens. */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, { error: 'an id of lowercase letters, digits and single hyphens, e.g. "pass-the-gatekeeper"' });

/** Channels a script, objection or standard applies to. */
export const ChannelSchema = z.enum(['phone', 'chat', 'email', 'in-person', 'social', 'video']);
export type Channel = z.output<typeof ChannelSchema>;

/** Stages of a conversation; speech modules and objections are filed under them. */
export const StageSchema = z.enum([
  'opening',
  'rapport',
  'needs',
  'presentation',
  'objection',
  'agreement',
  'closing',
  'follow-up',
]);
export type Stage = z.output<typeof StageSchema>;

/** A non-empty line of text written by an author. */
export const TextSchema = z.string().trim().min(1, { error: 'a non-empty text' });

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

/** Fields every MDX entry carries, whatever its collection. */
export const EntryBaseSchema = z.strictObject({
  /** Shown as the page heading and in search results. */
  title: TextSchema,
  /** One or two sentences shown in lists and search results. */
  summary: TextSchema,
  /** The person or team answerable for this entry. */
  owner: TextSchema,
  /** Date of the last review (YYYY-MM-DD); with the review interval it decides when the entry is stale. */
  reviewed: z.preprocess(calendarDateOnly, z.coerce.date({ error: 'a date written as YYYY-MM-DD, e.g. 2026-10-01' })),
  /** Days between reviews for this entry; overrides `reviewEveryDays` in config.yaml. */
  reviewEveryDays: z.number().int().positive().optional(),
  /** Audiences allowed to read this entry; names come from config.yaml. */
  audience: z.array(TextSchema).min(1).default(['everyone']),
  /** Free keywords, searchable. */
  tags: z.array(TextSchema).default([]),
  /** Drafts are left out of the build unless it is asked for drafts. */
  draft: z.boolean().default(false),
});
export type EntryBase = z.output<typeof EntryBaseSchema>;

/** Channels an entry applies to: at least one. */
export const ChannelsSchema = z.array(ChannelSchema).min(1);
