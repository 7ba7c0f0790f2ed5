import { z } from 'astro/zod';
import { ParagraphSchema, TextSchema } from './common.ts';

/** One banned or discouraged phrase with approved replacements. */
export const StopPhraseSchema = z
  .strictObject({
    /** The phrase as people know it, shown in the table. */
    phrase: TextSchema.describe('The phrase as people know it, shown in the table.'),
    /** Wordings to flag (case-insensitive, whole words; `*` stands for letters inside one word). Defaults to the phrase. */
    match: z
      .array(TextSchema)
      .min(1)
      .optional()
      .describe('Wordings to flag: case-insensitive, whole words; * stands for the rest of one word. Default: the phrase itself.'),
    /** Wordings that contain a pattern but are fine to say, e.g. "you must have been waiting" for "you must"; written like `match`. */
    except: z
      .array(TextSchema)
      .min(1)
      .optional()
      .describe('Wordings that contain a pattern but are fine to say, e.g. "you must have been waiting" for "you must"; written like match.'),
    /** Why it hurts the conversation. */
    why: ParagraphSchema.describe('Why it hurts the conversation.'),
    /** What to say instead: a whole sentence replaces the sentence that held the stop phrase; a few words replace just the stop phrase. */
    replacements: z
      .array(ParagraphSchema)
      .min(1)
      .describe('What to say instead (at least one): a whole sentence replaces the sentence that held the stop phrase; a few words replace just the stop phrase.'),
    /** Word swaps that keep the rest of the sentence: a wording of the stop phrase → what to write instead, e.g. `постараюсь: сделаю`. */
    substitutes: z
      .record(TextSchema, TextSchema)
      .optional()
      .describe('Word swaps that keep the rest of the sentence: a wording of the stop phrase → what to write instead, e.g. постараюсь: сделаю.'),
    /** `error` fails the build; `warning` is printed (an error under --strict). */
    severity: z
      .enum(['warning', 'error'])
      .default('warning')
      .describe('error stops the build; warning is printed (and stops it under --strict). Default: warning.'),
  })
  .describe('A banned or discouraged phrase with approved replacements.');
export type StopPhrase = z.output<typeof StopPhraseSchema>;

/** The whole `stop-phrases.yaml` of one language. */
export const StopPhraseListSchema = z
  .array(StopPhraseSchema)
  .describe('standards/<lang>/stop-phrases.yaml: the stop phrases of one language.');
