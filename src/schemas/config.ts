import { z } from 'astro/zod';
import { TextSchema } from './common.ts';

/** Chapters of the book, in reading order. */
export const CHAPTER_KEYS = [
  'first-call',
  'second-call',
  'offer',
  'objections',
  'stop-phrases',
  'relationship',
  'difficult',
  'scenarios',
] as const;
export type ChapterKey = (typeof CHAPTER_KEYS)[number];

/** `content/config.yaml`: everything is optional. */
export const SiteConfigSchema = z.strictObject({
  /** Site title shown in the header. */
  name: TextSchema.default('Sales Book'),
  /** Language `/` sends readers to; defaults to `en` when present, else the first language found. */
  defaultLang: z.string().optional(),
  /** Audience names entries may use; `everyone` always exists. */
  audiences: z.array(TextSchema).default([]),
  /** Days between reviews before an entry counts as stale. */
  reviewEveryDays: z.number().int().positive().default(180),
  /** Most words a module variant, objection response or staff dialogue line may have before the check warns. */
  maxSpokenWords: z.number().int().positive().default(30),
  /** Chapter labels per language, e.g. `ru: { first-call: Первый звонок }`. */
  chapters: z.record(z.string(), z.partialRecord(z.enum(CHAPTER_KEYS), TextSchema)).default({}),
});
export type SiteConfig = z.output<typeof SiteConfigSchema>;
