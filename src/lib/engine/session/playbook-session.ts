import { inEdition } from '../audience.ts';
import { runContentCheck, type ContentCheckResult } from '../check-content.ts';
import type { PlaybookEntry, PlaybookFileCache } from '../content/load-playbook.ts';
import type { ContentOptions } from '../content/options.ts';
import { renderBody, type BodyLayout, type BodySegment } from '../markdown/render-body.ts';
import { resolveReference } from '../resolve-reference.ts';

/**
 * The validated playbook of one process: read and checked once, then shared by the content
 * loaders, the pages and the search index. In dev, `reload()` reads only the files that changed
 * and runs the cross-entry checks again; listeners hear about every reload.
 */
export class PlaybookSession {
  readonly options: ContentOptions;
  #cache: PlaybookFileCache = new Map();
  #check: ContentCheckResult;
  #entries: PlaybookEntry[] | undefined;
  #bodies = new Map<BodyLayout, WeakMap<PlaybookEntry, BodySegment[]>>();
  #listeners = new Map<string, () => void>();

  constructor(options: ContentOptions) {
    this.options = options;
    this.#check = runContentCheck(options, this.#cache);
  }

  /** The result of the latest check: problems, and the playbook that passed its schemas. */
  get check(): ContentCheckResult {
    return this.#check;
  }

  /** Entries of the edition being built: drafts and other audiences' entries are left out. */
  get entries(): PlaybookEntry[] {
    // Every page asks; filtered once per check.
    return (this.#entries ??= this.#check.playbook.entries.filter((entry) => inEdition(entry.data, this.options)));
  }

  /** Reads what changed in the content folder, checks the whole book again and tells the listeners. */
  reload(): ContentCheckResult {
    this.#check = runContentCheck(this.options, this.#cache);
    this.#entries = undefined;
    // Links may now lead elsewhere, so every body is rendered again when next asked for.
    this.#bodies = new Map();
    for (const listener of this.#listeners.values()) listener();
    return this.#check;
  }

  /** The files of the content folder as of the latest check: what Astro's page cache depends on. */
  get files(): string[] {
    return [...this.#cache.keys()].sort();
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
