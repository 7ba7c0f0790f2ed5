import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPlaybook, type LoadedPlaybook, type PlaybookEntry } from '../../../src/lib/engine/content/load-playbook.ts';

/** The valid fixture playbook: en, ru, he and a little zh. */
export const VALID_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/valid');

let loaded: LoadedPlaybook | undefined;

/** The valid fixture, read once per test file. */
export function validPlaybook(): LoadedPlaybook {
  return (loaded ??= loadPlaybook(VALID_DIR));
}

/** One entry of the valid fixture. */
export function entryOf(lang: string, id: string): PlaybookEntry {
  const entry = validPlaybook().entries.find((e) => e.lang === lang && e.id === id);
  if (!entry) throw new Error(`No entry ${lang}/${id} in the valid fixture.`);
  return entry;
}
