import type { LoadedPlaybook } from '../content/load-playbook.ts';
import { problem, type Problem } from '../problems.ts';

/**
 * Refuses a content folder without a single entry, which would build an empty handbook. When the
 * folder or a file could not be read, that error already explains the missing entries.
 */
export function checkEntriesExist(playbook: LoadedPlaybook, display: (absPath: string) => string): Problem[] {
  if (playbook.entries.length > 0 || playbook.unreadable.length > 0 || playbook.problems.some((p) => p.severity === 'error')) return [];
  return [problem('no-entries', {}, { file: display(playbook.contentDir) || '.', field: 'content folder' })];
}
