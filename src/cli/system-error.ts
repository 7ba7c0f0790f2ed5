import { displayPath } from '../lib/engine/content/load-playbook.ts';

/** What an operating-system error means for the person at the terminal: where, what happened, what to do. */
export interface FailureLine {
  place?: string;
  what: string;
  fix: string;
}

const ACTIONS: Record<string, string> = {
  open: 'opening',
  read: 'reading',
  write: 'writing',
  mkdir: 'creating',
  scandir: 'listing',
  opendir: 'listing',
  rename: 'moving',
  unlink: 'deleting',
  rmdir: 'deleting',
  rm: 'deleting',
  copyfile: 'copying',
  cp: 'copying',
  stat: 'looking at',
  lstat: 'looking at',
  readlink: 'following',
  realpath: 'following',
  symlink: 'linking',
  chmod: 'changing',
  utime: 'changing',
};

/** The line a command prints for an error of the system (files, disk, network port), or undefined for other errors. */
export function describeSystemError(error: unknown, cwd = process.cwd()): FailureLine | undefined {
  if (!(error instanceof Error) || typeof (error as NodeJS.ErrnoException).code !== 'string') return undefined;
  const { code, syscall, path: file, port } = error as NodeJS.ErrnoException & { port?: number };
  const place = file ? displayPath(file, cwd) || '.' : port !== undefined ? `port ${port}` : undefined;
  const doing = syscall ? ACTIONS[syscall] ?? 'using' : 'using';
  const it = place && !place.startsWith('port') ? 'it' : 'a file';
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return { place, what: `Permission denied while ${doing} ${it}.`, fix: 'Give the user who runs Salesbook access to it (or run from a folder you own), then try again.' };
    case 'EROFS':
      return { place, what: `The disk is read-only, so ${doing} ${it} failed.`, fix: 'Choose a folder on a writable disk (--content DIR, --outDir DIR), then try again.' };
    case 'ENOSPC':
    case 'EDQUOT':
      return { place, what: 'The disk is full.', fix: 'Free some space, then try again.' };
    case 'ENOENT':
      return { place, what: 'It does not exist.', fix: 'Check the path: run the command from the project folder, or pass --content DIR.' };
    case 'EISDIR':
      return { place, what: 'It is a folder where a file was expected.', fix: 'Remove or rename the folder, then try again.' };
    case 'ENOTDIR':
      return { place, what: 'Part of the path is a file where a folder was expected.', fix: 'Remove or rename that file, then try again.' };
    case 'EEXIST':
      return { place, what: 'It already exists.', fix: 'Remove it or choose another name; Salesbook never overwrites it.' };
    case 'ELOOP':
      return { place, what: 'Symbolic links lead round in a circle here.', fix: 'Replace the links with the files or folders themselves.' };
    case 'ENAMETOOLONG':
      return { place, what: 'The path is too long for this system.', fix: 'Use a shorter folder or file name.' };
    case 'EMFILE':
    case 'ENFILE':
      return { place, what: 'Too many files are open at once.', fix: 'Close other programs or raise the limit (ulimit -n), then try again.' };
    case 'EBUSY':
    case 'ETXTBSY':
      return { place, what: 'Another program is using it.', fix: 'Close that program, then try again.' };
    case 'EADDRINUSE':
      return { place, what: 'Another program already listens on this port.', fix: 'Stop the other server, or choose another port with --port N.' };
    case 'EIO':
      return { place, what: `The disk failed while ${doing} ${it}.`, fix: 'Check the disk or network drive, then try again.' };
    default:
      return code?.startsWith('E')
        ? { place, what: `The system refused ${doing} ${it} (${code}).`, fix: 'Check the path and its permissions, then try again; run with --debug for details.' }
        : undefined;
  }
}

/** One line for any error: a system error in its own words, anything else as an unexpected error to report. */
export function describeFailure(error: unknown, cwd = process.cwd()): FailureLine {
  const system = describeSystemError(error, cwd);
  if (system) return system;
  const text = error instanceof Error ? error.message : String(error);
  const first = text.split('\n')[0]!.trim().replace(/[.:]$/u, '') || 'no details';
  return {
    what: `Salesbook stopped because of an unexpected error: ${first}.`,
    fix: 'Run the command again with --debug to see where it happened, and report it with that output.',
  };
}

/** `place — what — fix`, as the content report prints its problems. */
export function formatFailure(line: FailureLine): string {
  return [line.place, line.what, line.fix].filter((part) => part !== undefined && part !== '').join(' — ');
}
