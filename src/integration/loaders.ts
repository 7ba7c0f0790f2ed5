import type { Loader } from 'astro/loaders';
import { currentSession } from '../lib/engine/session/current-session.ts';

/**
 * Tells Astro when the list of content files changed. The pages read the checked playbook from the
 * session, not from this collection; its one record carries a digest of the file list, so adding,
 * removing or renaming an entry makes Astro's dev server forget the pages it knows (a saved edit
 * reloads open tabs at once, without waiting for this; see watch-content.ts). Nothing of the
 * content is stored, so nothing of an entry left out of the edition reaches `.astro/`.
 */
export function playbookChanges(): Loader {
  return {
    name: 'salesbook-playbook',
    async load({ store, generateDigest }) {
      const session = currentSession();
      const sync = () => {
        const digest = generateDigest(session.files.join('\n'));
        if (store.get('playbook')?.digest === digest) return;
        store.set({ id: 'playbook', data: {}, digest });
      };
      sync();
      session.onReload('content-loader', sync);
    },
  };
}
