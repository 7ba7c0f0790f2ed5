import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { inEdition } from '../lib/engine/audience.ts';
import type { CollectionName } from '../lib/engine/content/discover.ts';
import { buildOptions, currentPlaybook, forgetPlaybook } from './playbook-cache.ts';

/** Reloads on any change under the content folder, so `npm run dev` shows edits live. */
function watchContent(watcher: Parameters<Loader['load']>[0]['watcher'], sync: () => Promise<void>) {
  if (!watcher) return;
  const contentDir = buildOptions().contentDir;
  watcher.add(contentDir);
  watcher.on('all', (_event, changed) => {
    if (!path.resolve(changed).startsWith(contentDir + path.sep)) return;
    forgetPlaybook();
    void sync();
  });
}

/**
 * Loads one MDX collection from the playbook already validated by our own check, keeping only
 * what this edition may contain: left-out entries never reach the store, so nothing of them is built.
 */
export function playbookEntries(collection: CollectionName): Loader {
  return {
    name: `salesbook-${collection}`,
    async load({ store, parseData, generateDigest, config, watcher }) {
      const sync = async () => {
        const options = buildOptions();
        const { playbook } = currentPlaybook();
        const keep = new Set<string>();
        for (const entry of playbook.entries) {
          if (entry.collection !== collection || !inEdition(entry.data, options)) continue;
          const id = `${entry.lang}/${entry.id}`;
          keep.add(id);
          const data = await parseData({ id, data: entry.data as Record<string, unknown>, filePath: entry.absPath });
          store.set({
            id,
            data,
            body: entry.body,
            filePath: path.relative(config.root.pathname, entry.absPath).split(path.sep).join('/'),
            // The path is part of the digest: the same entry read from another content folder must replace the cached one.
            digest: generateDigest(`${entry.absPath}\n${JSON.stringify(entry.data)}\n${entry.body}`),
            deferredRender: true,
          });
        }
        for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
      };
      await sync();
      watchContent(watcher, sync);
    },
  };
}

/** Loads the per-language YAML data files (stop phrases or compensation), keyed by language. */
export function playbookData(kind: 'stopPhrases' | 'compensation'): Loader {
  return {
    name: `salesbook-${kind}`,
    async load({ store, parseData, generateDigest, watcher }) {
      const sync = async () => {
        const { playbook } = currentPlaybook();
        store.clear();
        const sources = kind === 'stopPhrases' ? playbook.stopPhrases : playbook.compensation;
        for (const source of sources) {
          const raw = kind === 'stopPhrases' ? { phrases: source.data } : (source.data as unknown as Record<string, unknown>);
          const data = await parseData({ id: source.lang, data: raw as Record<string, unknown> });
          store.set({ id: source.lang, data, digest: generateDigest(JSON.stringify(raw)) });
        }
      };
      await sync();
      watchContent(watcher, sync);
    },
  };
}
