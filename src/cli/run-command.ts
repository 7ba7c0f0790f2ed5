import { printable } from '../lib/engine/report.ts';
import { describeFailure, formatFailure } from './system-error.ts';

/** True when `--debug` was passed (it is taken out of process.argv) or SALESBOOK_DEBUG=1 is set. */
function takeDebugFlag(): boolean {
  const at = process.argv.indexOf('--debug', 2);
  if (at >= 0) process.argv.splice(at, 1);
  return at >= 0 || /^(1|true|yes)$/iu.test(process.env.SALESBOOK_DEBUG ?? '');
}

/**
 * Runs a command so that no error ever reaches the terminal as a stack trace: a file-system or OS
 * error becomes one line naming the path, what happened and what to do; anything else one line
 * asking to run again with --debug, which adds the stack. When `main` returns an exit code the
 * process ends with it; when it returns nothing (a server), the process keeps running.
 * Every npm command (check, new, stale, build, dev) starts through this.
 */
export function runCommand(main: () => number | void | Promise<number | void>): void {
  const debug = takeDebugFlag();
  const fail = (error: unknown) => {
    process.stderr.write(`${printable(formatFailure(describeFailure(error)))}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  // Output piped into a command that stops reading early (`| head`) is not an error of ours.
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      fail(error);
    });
  Promise.resolve()
    .then(main)
    .then((code) => {
      if (typeof code === 'number') process.exit(code);
    }, fail);
}
