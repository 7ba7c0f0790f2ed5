import { editDistance, prefixDistance } from './edit-distance.ts';

/** A word of the vocabulary close to a word of the query. */
export interface NearWord {
  word: string;
  /** Edits between the two. */
  distance: number;
  /** True when only the start of the word is that close (the query's word is still being typed). */
  partial: boolean;
}

/**
 * The words of a language's search index, as the build wrote them (most widespread first), with
 * the lookups that correcting a query needs.
 */
export class Vocabulary {
  readonly #rank = new Map<string, number>();
  readonly #words: string[];
  readonly #sorted: string[];

  constructor(text: string) {
    this.#words = text.split('\n').filter((word) => word !== '');
    this.#words.forEach((word, rank) => this.#rank.set(word, rank));
    this.#sorted = [...this.#words].sort();
  }

  /** How many words it holds. */
  get size(): number {
    return this.#words.length;
  }

  /** Whether the index holds this (folded) word. */
  has(word: string): boolean {
    return this.#rank.has(word);
  }

  /** Words that start with `prefix` (not the prefix itself), most widespread first, at most `limit`. */
  completions(prefix: string, limit = 5): string[] {
    const found: string[] = [];
    for (let i = this.#firstAtOrAfter(prefix); i < this.#sorted.length && this.#sorted[i]!.startsWith(prefix); i += 1) {
      if (this.#sorted[i] !== prefix) found.push(this.#sorted[i]!);
    }
    return found.sort((a, b) => this.#rank.get(a)! - this.#rank.get(b)!).slice(0, limit);
  }

  /**
   * Words within `max` edits of `word` — of the whole word, or of its start when `typing` (the
   * word is still being typed) — nearest first, whole words before word starts, then those that
   * keep its first letter, then the most widespread.
   */
  nearest(word: string, max: number, options: { typing?: boolean; limit?: number } = {}): NearWord[] {
    const found: NearWord[] = [];
    const first = word.charAt(0);
    for (const candidate of this.#words) {
      if (candidate === word) continue;
      const whole = editDistance(word, candidate, max);
      // A half-typed word is compared with the starts of words that begin with its letter: a
      // slip is rarely in the first letter, and thousands of words are compared on every key.
      const start = options.typing && candidate.length > word.length && candidate.charAt(0) === first ? prefixDistance(word, candidate, max) : max + 1;
      const distance = Math.min(whole, start);
      if (distance <= max) found.push({ word: candidate, distance, partial: start < whole });
    }
    const key = (near: NearWord) => [near.distance, near.partial ? 1 : 0, near.word.charAt(0) === first ? 0 : 1, this.#rank.get(near.word)!];
    found.sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      return ka[0]! - kb[0]! || ka[1]! - kb[1]! || ka[2]! - kb[2]! || ka[3]! - kb[3]!;
    });
    return found.slice(0, options.limit ?? 5);
  }

  /** Whether a word starts with `prefix` and goes on for at most `extra` letters: a form of the same word ("руководител" → "руководителю"). */
  hasForm(prefix: string, extra: number): boolean {
    const limit = [...prefix].length + extra;
    // Checked among the first few hundred words that start so; enough to tell.
    for (let i = this.#firstAtOrAfter(prefix), seen = 0; i < this.#sorted.length && seen < 500 && this.#sorted[i]!.startsWith(prefix); i += 1, seen += 1) {
      if ([...this.#sorted[i]!].length <= limit) return true;
    }
    return false;
  }

  #firstAtOrAfter(prefix: string): number {
    let low = 0;
    let high = this.#sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.#sorted[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
