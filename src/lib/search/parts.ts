/**
 * The vocabulary shared by the index builder and the search results: a search record is a list
 * of parts (a variant, a response, an alias…), each written as an element whose id is its kind's
 * code plus its position (`v0`, `r2`). Pagefind returns those ids with the word where each part
 * starts, so a result can show and copy the very part that matched.
 */

/** Part kinds and their id codes; codes are lowercase letters only, so the index can follow. */
export const PART_CODES = {
  title: 't',
  summary: 's',
  keywords: 'k',
  intent: 'i',
  variant: 'v',
  note: 'n',
  goal: 'g',
  alias: 'a',
  response: 'r',
  followUp: 'f',
  body: 'b',
  line: 'l',
  pattern: 'm',
  why: 'w',
  replacement: 'x',
  norm: 'o',
  step: 'p',
  item: 'c',
  problem: 'q',
  example: 'e',
  option: 'op',
} as const;

/** What a part holds. */
export type PartKind = keyof typeof PART_CODES;

const KIND_BY_CODE = new Map<string, PartKind>(Object.entries(PART_CODES).map(([kind, code]) => [code, kind as PartKind]));

/** Parts a rep says to a client word for word: they get a copy button. */
export const COPYABLE_KINDS: ReadonlySet<PartKind> = new Set<PartKind>(['variant', 'response', 'followUp', 'replacement', 'option']);

/** Types of search record; `type` is also the filter that the type chips set. */
export const RECORD_TYPES = ['stop-phrase', 'objection', 'module', 'call', 'scenario', 'standard', 'method', 'checklist', 'compensation'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** The filters a search can be narrowed by, in the order the chips show them. */
export const FILTER_GROUPS = ['type', 'stage', 'channel', 'category'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

/** The element id of the `index`-th part of a kind. */
export function partId(kind: PartKind, index: number): string {
  return `${PART_CODES[kind]}${index}`;
}

/** Reads an element id written by `partId`; undefined for any other id. */
export function parsePartId(id: string): { kind: PartKind; index: number } | undefined {
  const match = /^([a-z]+)(\d+)$/u.exec(id);
  const kind = match ? KIND_BY_CODE.get(match[1]!) : undefined;
  return kind === undefined ? undefined : { kind, index: Number(match![2]) };
}
