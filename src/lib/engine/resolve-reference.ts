import { audiencesLosingTarget, type EditionFilter } from './audience.ts';
import type { PlaybookEntry } from './content/load-playbook.ts';
import { closestName } from './content/closest-name.ts';
import type { ProblemArgs } from './errors.ts';
import { wording } from './problems.ts';
import { actualType, idsOfType, LINK_TYPES, lookup, otherLanguagesWith, type LanguageIndex, type LinkTarget, type LinkType } from './playbook-index.ts';

/** Reads a Markdown link target of the form `TYPE:ID`; anything else (https:, mailto:, paths) is not ours. */
export function parseLinkTarget(url: string): { type: LinkType; id: string } | undefined {
  const match = /^([a-z]+):([^\s#?/]*)$/.exec(url.trim());
  if (!match || !(LINK_TYPES as readonly string[]).includes(match[1]!)) return undefined;
  return { type: match[1] as LinkType, id: match[2]! };
}

/** Why a reference cannot be followed, in the author's terms. */
export interface UnresolvedReference {
  message: string;
  expected: string;
}

/** Why a reference cannot be followed, as facts for `problem('unknown-reference', reason, place)`. */
export interface ReferenceFailure {
  reason: ProblemArgs<'unknown-reference'>;
}

const unresolved = (reason: ProblemArgs<'unknown-reference'>): ReferenceFailure => ({ reason });

/** Like `followReference`, with the failure put into words. */
export function resolveReference(...args: Parameters<typeof followReference>): { target: LinkTarget } | UnresolvedReference {
  const result = followReference(...args);
  return 'target' in result ? result : wording('unknown-reference', result.reason);
}

/**
 * Resolves a reference made by `from` in its own language, and makes sure every reader of `from`
 * in this edition can follow it: the target must exist, be of that type, not be a left-out draft,
 * and be readable by every audience that reads `from`. When `declaredAudiences` is given, audiences
 * not declared there are left to their own error rather than reported again on every link.
 */
export function followReference(
  index: Map<string, LanguageIndex>,
  from: Pick<PlaybookEntry, 'lang'> & { data: { audience: readonly string[]; draft: boolean } },
  type: LinkType,
  id: string,
  filter: EditionFilter,
  declaredAudiences?: ReadonlySet<string>,
): { target: LinkTarget } | ReferenceFailure {
  const target = lookup(index, from.lang, type, id);
  if (!target) {
    const actual = actualType(index, from.lang, id);
    if (actual) return unresolved({ case: 'wrong-type', type, id, actual });
    const elsewhere = otherLanguagesWith(index, from.lang, type, id);
    if (elsewhere.length > 0) return unresolved({ case: 'other-language', type, id, lang: from.lang, languages: elsewhere });
    return unresolved({ case: 'not-found', type, id, lang: from.lang, suggestion: closestName(id, idsOfType(index, from.lang, type)) });
  }
  const targetData = target.entry.data;
  if (targetData.draft && !filter.drafts && !from.data.draft) return unresolved({ case: 'draft', type, id });
  const undeclared = (names: readonly string[]) => declaredAudiences !== undefined && names.some((name) => !declaredAudiences.has(name));
  if (undeclared(from.data.audience) || undeclared(targetData.audience)) return { target };
  const losing = audiencesLosingTarget(from.data.audience, targetData.audience);
  if (losing.length > 0) return unresolved({ case: 'audience', type, id, targetAudience: targetData.audience, losing });
  return { target };
}
