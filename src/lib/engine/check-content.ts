import { performance } from 'node:perf_hooks';
import { checkPlaybook } from './checks/check-playbook.ts';
import { loadPlaybook } from './content/load-playbook.ts';
import type { ContentOptions } from './content/options.ts';
import type { Problem } from './problems.ts';
import { applyStrict } from './report.ts';

/** The outcome of checking a content folder. */
export interface ContentCheckResult {
  problems: Problem[];
  /** True when any problem is an error (after --strict is applied). */
  failed: boolean;
  /** Files read: entries and data files. */
  files: number;
  seconds: number;
}

/** Reads and checks the whole content folder, without building anything. */
export function runContentCheck(options: ContentOptions): ContentCheckResult {
  const started = performance.now();
  const playbook = loadPlaybook(options.contentDir);
  const problems = applyStrict([...playbook.problems, ...checkPlaybook(playbook, options)], options.strict);
  return {
    problems,
    failed: problems.some((problem) => problem.severity === 'error'),
    files: playbook.fileCount,
    seconds: (performance.now() - started) / 1000,
  };
}
