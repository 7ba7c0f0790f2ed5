import { COPYABLE_KINDS, parsePartId, type PartKind, type RecordType } from '../parts.ts';
import type { ParsedQuery } from './query.ts';
import { occurrences, textSegments } from './text-marks.ts';
import { findPhrase, splitWords } from './words.ts';

/** The parts of a Pagefind result fragment that results are built from. */
export interface ResultFragment {
  url: string;
  content: string;
  word_count?: number;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  /** Elements with an id, with the word index where each starts. */
  anchors: { id: string; location: number; text?: string }[];
  /** Word indices of the query's matches in `content`. */
  locations: number[];
  /** The same matches with Pagefind's relevance of each (exact word, element weight). */
  weighted_locations?: { location: number; balanced_score: number }[];
}

/** A piece of a shown phrase; `mark` pieces matched the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** One part of a record as found in a fragment. */
export interface FoundPart {
  kind: PartKind;
  text: string;
  /** Word index in the fragment where the part starts. */
  start: number;
  /** Word index just past the part. */
  end: number;
  /**
   * True for text in a script written without spaces (Chinese, Japanese, Thai): Pagefind splits
   * it into words of its own, so matches are marked by where the query's text occurs instead.
   */
  spaceless?: boolean;
}

/** The fields of a stop phrase, for the stop-phrase card at the top of the results. */
export interface StopPhraseView {
  phrase: string;
  patterns: string[];
  /** Wordings that contain a pattern but are fine to say. */
  except?: string[];
  why: string;
  replacements: string[];
  severity: 'warning' | 'error';
}

/** A search result, ready to render. */
export interface ResultView {
  url: string;
  type: RecordType;
  title: string;
  context?: string;
  /** Raw filter values of the facets shown with the result. */
  facets: { stage: string[]; channel: string[]; category: string[] };
  /** The part that matched best, split into marked and plain pieces. */
  matched: { kind: PartKind; segments: Segment[] };
  /** What the copy action puts on the clipboard: the matched phrase, or the record's first approved one. */
  copy?: { kind: PartKind; text: string };
  stopPhrase?: StopPhraseView;
  /** What the record is called: its title (or a module's intent), aliases and stop-phrase patterns. */
  names: string[];
}

const SPACELESS = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]/u;

/** Splits a fragment into its parts, in order, using the part ids the index was written with. */
export function fragmentParts(fragment: ResultFragment): FoundPart[] {
  const words = splitWords(fragment.content);
  const starts = fragment.anchors
    .map((anchor) => ({ parsed: parsePartId(anchor.id), location: anchor.location, text: anchor.text }))
    .filter((a) => a.parsed !== undefined)
    .sort((a, b) => a.location - b.location);
  return starts.map((anchor, i) => {
    const next = starts[i + 1]?.location;
    const end = next ?? words.length;
    // The element's own text is the phrase as written (Pagefind adds a full stop after headings
    // in `content`); the content's words are the fallback when the two do not line up. Text
    // without spaces never lines up: Pagefind counts its words by its own dictionary.
    const own = anchor.text?.trim();
    if (own && splitWords(own).length === end - anchor.location) return { kind: anchor.parsed!.kind, text: own, start: anchor.location, end };
    if (own && SPACELESS.test(own)) return { kind: anchor.parsed!.kind, text: own, start: anchor.location, end: next ?? Number.MAX_SAFE_INTEGER, spaceless: true };
    return { kind: anchor.parsed!.kind, text: words.slice(anchor.location, end).join(' '), start: anchor.location, end };
  });
}

/**
 * Builds the view of one result; undefined when the query has an exact phrase that the record
 * does not contain word for word (Pagefind also returns other word forms for quoted queries).
 */
export function shapeResult(fragment: ResultFragment, query: ParsedQuery): ResultView | undefined {
  const parts = fragmentParts(fragment);
  const marks = parts.map(() => new Set<number>());
  const relevance = parts.map(() => 0);
  const phraseHits = parts.map(() => 0);
  for (const phrase of query.phrases) {
    let found = false;
    parts.forEach((p, i) => {
      if (p.spaceless) {
        const hits = occurrences(p.text, [phrase.join('')]).length;
        found ||= hits > 0;
        phraseHits[i]! += hits;
        if (hits > 0) marks[i]!.add(0);
        return;
      }
      for (const [start, end] of findPhrase(p.text, phrase)) {
        found = true;
        phraseHits[i]! += 1;
        for (let w = start; w < end; w += 1) marks[i]!.add(w);
      }
    });
    if (!found) return undefined;
  }
  if (query.phrases.length === 0) {
    const located = fragment.weighted_locations ?? fragment.locations.map((location) => ({ location, balanced_score: 1 }));
    for (const { location, balanced_score } of located) {
      const i = parts.findIndex((p) => location >= p.start && location < p.end);
      if (i === -1) continue;
      marks[i]!.add(location - parts[i]!.start);
      relevance[i]! += balanced_score;
    }
  }
  const best = bestPart(parts, marks, relevance, phraseHits);
  const type = (fragment.filters.type?.[0] ?? 'call') as RecordType;
  const shown = best === -1 ? undefined : parts[best];
  const copyPart = shown && COPYABLE_KINDS.has(shown.kind) ? shown : parts.find((p) => COPYABLE_KINDS.has(p.kind) && p.kind !== 'option');
  const title = fragment.meta.title ?? parts[0]?.text ?? fragment.url;
  return {
    url: fragment.url,
    type,
    title,
    ...(fragment.meta.context ? { context: fragment.meta.context } : {}),
    facets: {
      stage: fragment.filters.stage ?? [],
      channel: fragment.filters.channel ?? [],
      category: fragment.filters.category ?? [],
    },
    matched: shown
      ? { kind: shown.kind, segments: shown.spaceless ? textSegments(shown.text, queryTexts(query)) : COPYABLE_KINDS.has(shown.kind) ? segments(shown.text, marks[best]!) : excerpt(shown.text, marks[best]!, EXCERPT_WORDS) }
      : { kind: 'title', segments: [{ text: title, mark: false }] },
    ...(copyPart ? { copy: { kind: copyPart.kind, text: copyPart.text } } : {}),
    ...(type === 'stop-phrase' ? { stopPhrase: stopPhraseView(parts, fragment) } : {}),
    names: parts.filter((p) => NAME_KINDS.has(p.kind)).map((p) => p.text),
  };
}

// Parts that name a record: a whole-query match in one of them ranks the record first.
const NAME_KINDS: ReadonlySet<PartKind> = new Set<PartKind>(['title', 'intent', 'alias', 'pattern']);

// What the query asks for, as text to find in text without spaces.
function queryTexts(query: ParsedQuery): string[] {
  return [...query.phrases.map((phrase) => phrase.join('')), ...query.plain.split(/\s+/u)].filter((text) => text !== '');
}

// Parts that name a record rather than say something: shown only when nothing else matched.
const LABEL_KINDS: ReadonlySet<PartKind> = new Set<PartKind>(['title', 'keywords']);

// Longer parts (prose, summaries) are cut to this many words around the first match; phrases a
// rep can say are always shown whole, since they are what gets copied.
const EXCERPT_WORDS = 28;

// The part with most exact-phrase matches, else a part that says something over the title and
// tags, then the one Pagefind scores highest (whole words over longer words that merely start
// with a query word, weighty parts such as aliases over prose); on a tie a phrase a rep can say wins.
function bestPart(parts: FoundPart[], marks: Set<number>[], relevance: number[], phraseHits: number[]): number {
  let best = -1;
  let bestKey: number[] = [];
  parts.forEach((p, i) => {
    if (marks[i]!.size === 0) return;
    const key = [phraseHits[i]!, LABEL_KINDS.has(p.kind) ? 0 : 1, relevance[i]!, COPYABLE_KINDS.has(p.kind) ? 1 : 0];
    if (best === -1 || isGreater(key, bestKey)) {
      best = i;
      bestKey = key;
    }
  });
  if (best !== -1) return best;
  // Nothing located (a match in the metadata only): show the first phrase a rep can say, if any.
  const copyable = parts.findIndex((p) => COPYABLE_KINDS.has(p.kind));
  return copyable !== -1 ? copyable : parts.findIndex((p) => p.kind !== 'title');
}

/** Splits a text into pieces, marking the words whose indices are in `marked`. */
export function segments(text: string, marked: ReadonlySet<number>): Segment[] {
  const result: Segment[] = [];
  splitWords(text).forEach((word, i) => {
    const mark = marked.has(i);
    const last = result[result.length - 1];
    if (last && last.mark === mark) last.text += ` ${word}`;
    else if (last) {
      // The space between a marked and a plain word belongs to the plain side.
      if (mark) last.text += ' ';
      result.push({ text: mark ? word : ` ${word}`, mark });
    } else result.push({ text: word, mark });
  });
  return result;
}

/** Like `segments`, cut to `maxWords` words starting a little before the first marked word, with ellipses where cut. */
export function excerpt(text: string, marked: ReadonlySet<number>, maxWords: number): Segment[] {
  const words = splitWords(text);
  if (words.length <= maxWords) return segments(text, marked);
  const first = Math.min(...marked, words.length);
  const start = Math.max(0, Math.min(first === words.length ? 0 : first - 4, words.length - maxWords));
  const end = start + maxWords;
  const kept = new Set([...marked].filter((i) => i >= start && i < end).map((i) => i - start));
  const pieces = segments(words.slice(start, end).join(' '), kept);
  if (start > 0) pieces.unshift({ text: '… ', mark: false });
  if (end < words.length) pieces.push({ text: ' …', mark: false });
  return pieces;
}

function isGreater(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

function stopPhraseView(parts: FoundPart[], fragment: ResultFragment): StopPhraseView {
  const texts = (kind: PartKind) => parts.filter((p) => p.kind === kind).map((p) => p.text);
  const except = exceptionsOf(fragment.meta.except);
  return {
    phrase: texts('title')[0] ?? fragment.meta.title ?? '',
    patterns: texts('pattern'),
    ...(except.length > 0 ? { except } : {}),
    why: texts('why').join(' '),
    replacements: texts('replacement'),
    severity: fragment.filters.severity?.[0] === 'error' ? 'error' : 'warning',
  };
}

// Written by the index as a JSON list of strings; anything else reads as no exceptions.
function exceptionsOf(meta: string | undefined): string[] {
  if (!meta) return [];
  try {
    const value: unknown = JSON.parse(meta);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}
