import { audiencesLosingTarget, type EditionFilter } from './audience.ts';
import type { PlaybookEntry } from './content/load-playbook.ts';
import { closestName } from './content/closest-name.ts';
import { actualType, idsOfType, LINK_TYPES, lookup, otherLanguagesWith, type LanguageIndex, type LinkTarget, type LinkType } from './playbook-index.ts';

/** Reads a Markdown link target of the form `TYPE:ID`; anything else (https:, mailto:, paths) is not ours. */
export function parseLinkTarget(url: string): { type: LinkType; id: string } | undefined {
  const match = /^([a-z]+):([^\s#?/]*)$/.exec(url.trim());
  if (!match || !(LINK_TYPES as readonly string[]).includes(match[1]!)) return undefined;
  return { type: match[1] as LinkType, id: match[2]! };
}

const article = (type: LinkType) => `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;

/** Why a reference cannot be followed, in the author's terms. */
export interface UnresolvedReference {
  message: string;
  expected: string;
}

/**
 * Resolves a reference made by `from` in its own language, and makes sure every reader of `from`
 * in this edition can follow it: the target must exist, be of that type, not be a left-out draft,
 * and be readable by every audience that reads `from`. When `declaredAudiences` is given, audiences
 * not declared there are left to their own error rather than reported again on every link.
 */
export function resolveReference(
  index: Map<string, LanguageIndex>,
  from: Pick<PlaybookEntry, 'lang'> & { data: { audience: readonly string[]; draft: boolean } },
  type: LinkType,
  id: string,
  filter: EditionFilter,
  declaredAudiences?: ReadonlySet<string>,
): { target: LinkTarget } | UnresolvedReference {
  // Quoted so that a message never starts with a lowercase word.
  const ref = `“${type}:${id}”`;
  const target = lookup(index, from.lang, type, id);
  if (!target) {
    const other = actualType(index, from.lang, id);
    if (other) return { message: `“${id}” is ${article(other)}, not ${article(type)}.`, expected: `Write ${other}:${id}.` };
    const elsewhere = otherLanguagesWith(index, from.lang, type, id);
    if (elsewhere.length > 0)
      return {
        message: `${ref} exists in ${elsewhere.join(', ')} but not in ${from.lang}.`,
        expected: `Add the ${from.lang} translation of ${ref}, or remove the reference; references stay within one language.`,
      };
    const suggestion = closestName(id, idsOfType(index, from.lang, type));
    return {
      message: `No ${type} with the id “${id}” exists in ${from.lang}.`,
      expected: `${suggestion ? `Did you mean “${suggestion}”? Otherwise use` : 'Use'} the id of an existing ${type} (${type === 'module' ? 'the id: field of a speech module' : 'the file name without .mdx'}), or create it.`,
    };
  }
  const targetData = target.entry.data;
  if (targetData.draft && !filter.drafts && !from.data.draft)
    return {
      message: `${ref} is a draft, and drafts are left out of the build.`,
      expected: 'Finish the draft (remove draft: true), remove the reference, or build with --drafts.',
    };
  const undeclared = (names: readonly string[]) => declaredAudiences !== undefined && names.some((name) => !declaredAudiences.has(name));
  if (undeclared(from.data.audience) || undeclared(targetData.audience)) return { target };
  const losing = audiencesLosingTarget(from.data.audience, targetData.audience);
  if (losing.length > 0)
    return {
      message: `${ref} is only for ${targetData.audience.join(', ')}, but this entry is read by ${losing.join(', ')}: the link would be broken in their edition.`,
      expected: `Remove the reference, or give ${ref} an audience that includes ${losing.join(', ')}.`,
    };
  return { target };
}
