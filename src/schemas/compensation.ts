import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common.ts';

/** Who may give a compensation option. */
export const AuthorizerSchema = z.enum(['frontline', 'supervisor', 'manager']);
export type Authorizer = z.output<typeof AuthorizerSchema>;

/** One tier of compensation, matched to the size of the problem. */
export const CompensationTierSchema = z.strictObject({
  /** Unique within the file. */
  id: IdSchema,
  /** Name shown in the matrix. */
  name: TextSchema,
  /** The size of problem this tier answers. */
  problem: TextSchema,
  /** Typical cases. */
  examples: z.array(TextSchema).default([]),
  /** What may be offered, each with the most it may cost. */
  options: z
    .array(
      z.strictObject({
        /** The option as offered to the client. */
        text: TextSchema,
        /** Most this option may cost, in the file's currency. */
        costCap: z.number().nonnegative(),
      }),
    )
    .min(1),
  /** The lowest role allowed to give this tier on the spot. */
  authorizedBy: AuthorizerSchema,
  /** What to do after giving it. */
  followUp: TextSchema.optional(),
});
export type CompensationTier = z.output<typeof CompensationTierSchema>;

/** The whole `compensation.yaml` of one language; tiers from the smallest problem to the largest. */
export const CompensationSchema = z.strictObject({
  /** ISO 4217 code, e.g. EUR. */
  currency: z.string().regex(/^[A-Z]{3}$/, { error: 'a three-letter currency code such as EUR' }),
  /** Tiers from the smallest problem to the largest. */
  tiers: z.array(CompensationTierSchema).min(1),
});
export type Compensation = z.output<typeof CompensationSchema>;
