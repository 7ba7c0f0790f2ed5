import { performance } from 'node:perf_hooks';
import { checkPlaybook } from './checks/check-playbook.ts';
import { loadPlaybook, type LoadedPlaybook, type PlaybookFileCache } from './content/load-playbook.ts';
import type { ContentOptions } from './content/options.ts';
import { indexPlaybook, type LanguageIndex } from './playbook-index.ts';
import type { Problem } from './problems.ts';
import { applyStrict } from './report.ts';

/** The outcome of checking a content folder, with what was read so nothing needs reading again. */
export interface ContentCheckResult {
  problems: Problem[];
  /** True when any problem is an error (after --strict is applied). */
  failed: boolean;
  /** Files read: entries and data files. */
  files: number;
  seconds: number;
  /** Everything that passed its schema. */
  playbook: LoadedPlaybook;
  /** Linkable ids per language. */
  index: Map<string, LanguageIndex>;
}

/**
 * Reads and checks the whole content folder, without building anything. With a cache (a dev
 * session), only files changed since the last check are read again; the cross-entry rules always
 * run on the whole book.
 */
export function runContentCheck(options: ContentOptions, cache?: PlaybookFileCache): ContentCheckResult {
  const started = performance.now();
  const playbook = loadPlaybook(options.contentDir, cache);
  const index = indexPlaybook(playbook.entries);
  const problems = applyStrict([...playbook.problems, ...checkPlaybook(playbook, options, index)], options.strict);
  return {
    problems,
    failed: problems.some((problem) => problem.severity === 'error'),
    files: playbook.fileCount,
    seconds: (performance.now() - started) / 1000,
    playbook,
    index,
  };
}
