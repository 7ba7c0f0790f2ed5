import { inEdition } from '../audience.ts';
import { runContentCheck, type ContentCheckResult } from '../check-content.ts';
import { cacheIsStale, type PlaybookEntry, type PlaybookFileCache } from '../content/load-playbook.ts';
import type { ContentOptions } from '../content/options.ts';
import type { Problem } from '../problems.ts';
import { renderBody, type BodyLayout, type BodySegment } from '../markdown/render-body.ts';
import { resolveReference } from '../resolve-reference.ts';

/**
 * The validated playbook of one process: read and checked once, then shared by the content
 * loaders, the pages and the search index. In dev, `reload()` reads only the files that changed
 * and runs the cross-entry checks again; listeners hear about every reload.
 */
export class PlaybookSession {
  readonly options: ContentOptions;
  /** Dev: an entry whose file stopped passing its schema is still shown, as it last was, beside its problems. */
  readonly keepLastGood: boolean;
  #cache: PlaybookFileCache = new Map();
  #check: ContentCheckResult;
  #entries: PlaybookEntry[] | undefined;
  #lastGood = new Map<string, PlaybookEntry>();
  #bodies = new Map<BodyLayout, WeakMap<PlaybookEntry, BodySegment[]>>();
  #listeners = new Map<string, () => void>();
  #generation = 0;

  constructor(options: ContentOptions, { keepLastGood = false }: { keepLastGood?: boolean } = {}) {
    this.options = options;
    this.keepLastGood = keepLastGood;
    this.#check = this.#run();
  }

  #run(): ContentCheckResult {
    const check = runContentCheck(this.options, this.#cache);
    if (this.keepLastGood) {
      const present = new Set(this.#cache.keys());
      for (const file of this.#lastGood.keys()) if (!present.has(file)) this.#lastGood.delete(file);
      for (const entry of check.playbook.entries) this.#lastGood.set(entry.absPath, entry);
    }
    return check;
  }

  /** The result of the latest check: problems, and the playbook that passed its schemas. */
  get check(): ContentCheckResult {
    return this.#check;
  }

  /**
   * Entries of the edition being built: drafts and other audiences' entries are left out. In dev,
   * entries whose files no longer pass their schema are here as they last did.
   */
  get entries(): PlaybookEntry[] {
    // Every page asks; filtered once per check.
    return (this.#entries ??= (this.keepLastGood ? [...this.#lastGood.values()] : this.#check.playbook.entries).filter((entry) => inEdition(entry.data, this.options)));
  }

  /** False for an entry shown as it last passed its schema, because its file does not any more (dev). */
  isCurrent(entry: PlaybookEntry): boolean {
    return this.#check.playbook.entries.includes(entry);
  }

  /** Problems of one file, as authors see its path. */
  problemsOf(file: string): Problem[] {
    return this.#check.problems.filter((problem) => problem.file === file);
  }

  /** Reads what changed in the content folder, checks the whole book again and tells the listeners. */
  reload(): ContentCheckResult {
    this.#check = this.#run();
    this.#generation += 1;
    this.#entries = undefined;
    // Links may now lead elsewhere, so every body is rendered again when next asked for.
    this.#bodies = new Map();
    for (const listener of this.#listeners.values()) listener();
    return this.#check;
  }

  /** How many times the content was read again since the session opened: pages carry the one they show (dev). */
  get generation(): number {
    return this.#generation;
  }

  /** The files of the content folder as of the latest check: what Astro's page cache depends on. */
  get files(): string[] {
    return [...this.#cache.keys()].sort();
  }

  /**
   * True when a file read by the latest check has changed since: an editor may still have been
   * writing it when the check read it, and its last write does not always raise another event.
   */
  changedSinceCheck(): boolean {
    return cacheIsStale(this.#cache);
  }

  /** Registers `listener` under `key`, replacing the one registered before under the same key. */
  onReload(key: string, listener: () => void): void {
    this.#listeners.set(key, listener);
  }

  /** The entry's body as HTML, split where a scenario's dialogue goes; rendered once per check and layout. */
  bodyOf(entry: PlaybookEntry, layout: BodyLayout = 'page'): BodySegment[] {
    let rendered = this.#bodies.get(layout);
    if (!rendered) this.#bodies.set(layout, (rendered = new WeakMap()));
    let segments = rendered.get(entry);
    if (!segments) {
      const resolve = (type: Parameters<typeof resolveReference>[2], id: string) => {
        const result = resolveReference(this.#check.index, entry, type, id, this.options);
        return 'target' in result ? result.target.url : undefined;
      };
      segments = renderBody(entry.tree, resolve, layout);
      rendered.set(entry, segments);
    }
    return segments;
  }
}
