import { z } from 'astro/zod';
import { IdSchema, ParagraphSchema, TextSchema } from './common.ts';

/** Who may give a compensation option. */
export const AuthorizerSchema = z.enum(['frontline', 'supervisor', 'manager']);
export type Authorizer = z.output<typeof AuthorizerSchema>;

/** One tier of compensation, matched to the size of the problem. */
export const CompensationTierSchema = z
  .strictObject({
    /** Unique within the file. */
    id: IdSchema.describe('Unique within the file: lowercase letters, digits and hyphens.'),
    /** Name shown in the matrix. */
    name: TextSchema.describe('Name shown in the matrix.'),
    /** The size of problem this tier answers. */
    problem: ParagraphSchema.describe('The size of problem this tier answers.'),
    /** Typical cases. */
    examples: z.array(TextSchema).default([]).describe('Typical cases.'),
    /** What may be offered, each with the most it may cost. */
    options: z
      .array(
        z
          .strictObject({
            /** The option as offered to the client. */
            text: TextSchema.describe('The option as offered to the client.'),
            /** Most this option may cost, in the file's currency. */
            costCap: z.number().nonnegative().describe('Most this option may cost, in the file’s currency.'),
          })
          .describe('Something that may be offered.'),
      )
      .min(1)
      .describe('What may be offered, each with the most it may cost (at least one).'),
    /** The lowest role allowed to give this tier on the spot. */
    authorizedBy: AuthorizerSchema.describe('The lowest role allowed to give this tier on the spot: frontline, supervisor or manager.'),
    /** What to do after giving it. */
    followUp: ParagraphSchema.optional().describe('What to do after giving it.'),
  })
  .describe('A tier of compensation, matched to the size of the problem.');
export type CompensationTier = z.output<typeof CompensationTierSchema>;

/** The whole `compensation.yaml` of one language; tiers from the smallest problem to the largest. */
export const CompensationSchema = z
  .strictObject({
    /** ISO 4217 code, e.g. EUR. */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { error: 'a three-letter currency code such as EUR' })
      .describe('Three-letter ISO 4217 currency code, e.g. EUR.'),
    /** Tiers from the smallest problem to the largest. */
    tiers: z.array(CompensationTierSchema).min(1).describe('Tiers from the smallest problem to the largest; cost caps never decrease.'),
  })
  .describe('standards/<lang>/compensation.yaml: what may be offered to a client on the spot, and who may give it.');
export type Compensation = z.output<typeof CompensationSchema>;
