import path from 'node:path';

/** What to build and how strictly: from command-line flags, then environment variables. */
export interface ContentOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** The edition: only entries this audience may read are built. */
  audience: string;
  /** Warnings count as errors. */
  strict: boolean;
  /** Draft entries are built too. */
  drafts: boolean;
  /** The day review dates are compared with; the real today unless a test fixes it. */
  today?: Date | undefined;
}

/** Environment variables that set the options when no flag does. */
export const ENV = {
  content: 'SALESBOOK_CONTENT',
  audience: 'SALESBOOK_AUDIENCE',
  strict: 'SALESBOOK_STRICT',
  drafts: 'SALESBOOK_DRAFTS',
} as const;

const truthy = (value: string | undefined) => value !== undefined && /^(1|true|yes)$/i.test(value);

/** Thrown for a flag the command does not know or a flag without its value. */
export class UsageError extends Error {}

/**
 * Reads `--content DIR`, `--audience NAME`, `--strict`, `--drafts` (flags win over environment variables).
 * Returns the options and the arguments it did not consume, for the wrapped command.
 */
export function resolveContentOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): { options: ContentOptions; rest: string[] } {
  let content = env[ENV.content];
  let audience = env[ENV.audience];
  let strict = truthy(env[ENV.strict]);
  let drafts = truthy(env[ENV.drafts]);
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--content' || flag === '--audience') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${flag} needs a value, e.g. ${flag === '--content' ? '--content ./playbook' : '--audience managers'}.`);
      if (flag === '--content') content = value;
      else audience = value;
    } else if (flag === '--strict') strict = true;
    else if (flag === '--drafts') drafts = true;
    else rest.push(arg);
  }
  return {
    options: {
      contentDir: path.resolve(cwd, content && content.trim() !== '' ? content : 'content'),
      audience: audience && audience.trim() !== '' ? audience.trim() : 'everyone',
      strict,
      drafts,
    },
    rest,
  };
}

