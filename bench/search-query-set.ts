import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** One query of the bench's query set: what a rep types and the entry that should come up. */
export interface BenchQuery {
  /** The query with one letter slipped. */
  query: string;
  /** The same query as the entry writes it. */
  written: string;
  /** The entry's address, without its #fragment. */
  expect: string;
  /** What the slip is: a letter left out, swapped, wrong or doubled. */
  slip: 'left out' | 'swapped' | 'wrong' | 'doubled';
}

const SLIPS: BenchQuery['slip'][] = ['left out', 'swapped', 'wrong', 'doubled'];

// Letters a slip may put in: a neighbour in the alphabet of the word's own script.
function wrongLetter(letter: string): string {
  const code = letter.codePointAt(0)!;
  const isCyrillic = code >= 0x430 && code <= 0x44f;
  const last = isCyrillic ? 0x44f : 0x7a;
  return String.fromCodePoint(code === last ? code - 1 : code + 1);
}

/** The word with one letter slipped, never the first one (slips there are rare and change the word). */
export function slipped(word: string, slip: BenchQuery['slip']): string {
  const letters = [...word];
  const at = Math.max(1, Math.floor(letters.length / 2));
  if (slip === 'left out') letters.splice(at, 1);
  else if (slip === 'swapped') [letters[at], letters[at + 1]] = [letters[at + 1]!, letters[at]!];
  else if (slip === 'wrong') letters[at] = wrongLetter(letters[at]!.toLowerCase());
  else letters.splice(at, 0, letters[at]!);
  return letters.join('');
}

/**
 * A query set for the bench's synthetic playbook: for up to `count` objections of a language
 * whose title names a client, the last three words of the title (the object and the client, as
 * a rep who heard them would type them), with one letter slipped in the longest word; kept only
 * where those three words name one objection title alone.
 */
export function benchQuerySet(contentDir: string, lang: string, count: number): BenchQuery[] {
  const dir = path.join(contentDir, 'objections', lang);
  const titles = fs
    .readdirSync(dir)
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const { title } = parse(text.split('\n---')[0]!.replace(/^---\n/u, '')) as { title: string };
      return { id: file.replace(/\.mdx$/u, ''), words: title.replace(/[«»":,]/gu, ' ').split(/\s+/u).filter(Boolean) };
    });
  const clientMarker = lang === 'ru' ? 'для' : 'for';
  const tail = (words: string[]) => words.slice(-3).join(' ').toLowerCase();
  const seen = new Map<string, number>();
  for (const { words } of titles) seen.set(tail(words), (seen.get(tail(words)) ?? 0) + 1);
  const queries: BenchQuery[] = [];
  for (const { id, words } of titles) {
    if (queries.length >= count) break;
    if (words.at(-2) !== clientMarker || seen.get(tail(words)) !== 1) continue;
    const written = words.slice(-3);
    const longest = written.reduce((best, word, i) => ([...word].length > [...written[best]!].length ? i : best), 0);
    if ([...written[longest]!].length < 5) continue;
    const slip = SLIPS[queries.length % SLIPS.length]!;
    const query = written.map((word, i) => (i === longest ? slipped(word, slip) : word)).join(' ');
    queries.push({ query, written: written.join(' '), expect: `/${lang}/objections/${id}/`, slip });
  }
  return queries;
}
