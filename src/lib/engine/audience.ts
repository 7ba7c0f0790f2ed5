/** The audience every reader belongs to; the default edition is built for it. */
export const EVERYONE = 'everyone';

/** What decides whether an entry is in an edition. */
export interface EditionFilter {
  /** The audience the edition is built for. */
  audience: string;
  /** Whether drafts are built. */
  drafts: boolean;
}

/** Fields of an entry that decide who may read it. */
export interface Readership {
  audience: readonly string[];
  draft: boolean;
}

/** True when the edition built for `filter` contains an entry with this readership. */
export function inEdition(entry: Readership, filter: EditionFilter): boolean {
  if (entry.draft && !filter.drafts) return false;
  return entry.audience.includes(EVERYONE) || entry.audience.includes(filter.audience);
}

/**
 * Audiences that can read `from` but not `to`: a link from one to the other would break in their editions.
 * Empty when every reader of `from` may also read `to`.
 */
export function audiencesLosingTarget(from: readonly string[], to: readonly string[]): string[] {
  if (to.includes(EVERYONE)) return [];
  if (from.includes(EVERYONE)) return [EVERYONE];
  return from.filter((audience) => !to.includes(audience));
}
