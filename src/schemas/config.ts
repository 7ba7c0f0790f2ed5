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
export const SiteConfigSchema = z
  .strictObject({
    /** Site title shown in the header. */
    name: TextSchema.default('Sales Book').describe('Site title shown in the header. Default: Sales Book.'),
    /** Language `/` sends readers to; defaults to `en` when present, else the first language found. */
    defaultLang: z
      .string()
      .optional()
      .describe('Language folder / sends readers to, e.g. en. Default: en when present, else the first language found.'),
    /** Audience names entries may use; `everyone` always exists. */
    audiences: z.array(TextSchema).default([]).describe('Audience names entries may use in audience; everyone always exists.'),
    /** Days between reviews before an entry counts as stale. */
    reviewEveryDays: z.number().int().positive().default(180).describe('Days between reviews before an entry counts as stale. Default: 180.'),
    /** Chapter labels per language, e.g. `ru: { first-call: Первый звонок }`. */
    chapters: z
      .record(
        z.string(),
        z
          .partialRecord(z.enum(CHAPTER_KEYS), TextSchema)
          .describe('Chapter key (first-call, second-call, offer, objections, stop-phrases, relationship, difficult, scenarios) → label.'),
      )
      .default({})
      .describe('Chapter labels per language, e.g. de: { first-call: Erstanruf }.'),
  })
  .describe('content/config.yaml: site name, default language, audiences, review interval and chapter labels; everything is optional.');
export type SiteConfig = z.output<typeof SiteConfigSchema>;
