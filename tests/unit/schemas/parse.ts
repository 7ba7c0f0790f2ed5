import type { z } from 'astro/zod';

/** Paths of the fields a schema rejects, written the way the check prints them (`modules[0].stage`). */
export function rejectedPaths(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) =>
    issue.path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), ''),
  );
}

/** Fields every entry needs, valid. */
export const base = { title: 'T', summary: 'S.', owner: 'Team', reviewed: '2026-10-01' } as const;
