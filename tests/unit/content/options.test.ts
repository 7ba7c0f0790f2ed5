import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContentOptions, UsageError } from '../../../src/lib/engine/content/options.ts';

const cwd = path.resolve('/projects/book');
const resolve = (argv: string[], env: Record<string, string> = {}) => resolveContentOptions(argv, env, cwd);

describe('resolveContentOptions', () => {
  it('reads content/ of the working directory for the everyone edition, without drafts, not strict', () => {
    expect(resolve([])).toEqual({ options: { contentDir: path.join(cwd, 'content'), audience: 'everyone', strict: false, drafts: false }, rest: [] });
  });

  it('reads the four flags', () => {
    expect(resolve(['--content', 'playbook', '--audience', 'managers', '--strict', '--drafts']).options).toEqual({
      contentDir: path.join(cwd, 'playbook'),
      audience: 'managers',
      strict: true,
      drafts: true,
    });
  });

  it('reads flags written with an equals sign', () => {
    expect(resolve(['--content=../other', '--audience=managers']).options).toMatchObject({ contentDir: path.resolve(cwd, '../other'), audience: 'managers' });
  });

  it('keeps an absolute content folder as it is', () => {
    expect(resolve(['--content', '/srv/playbook']).options.contentDir).toBe(path.resolve('/srv/playbook'));
  });

  it('reads the environment variables', () => {
    const env = { SALESBOOK_CONTENT: 'company', SALESBOOK_AUDIENCE: 'managers', SALESBOOK_STRICT: '1', SALESBOOK_DRAFTS: 'true' };
    expect(resolve([], env).options).toEqual({ contentDir: path.join(cwd, 'company'), audience: 'managers', strict: true, drafts: true });
  });

  it('lets flags win over environment variables', () => {
    expect(resolve(['--content', 'flag', '--audience', 'trainers'], { SALESBOOK_CONTENT: 'env', SALESBOOK_AUDIENCE: 'managers' }).options).toMatchObject({
      contentDir: path.join(cwd, 'flag'),
      audience: 'trainers',
    });
  });

  it('takes 1, true and yes as on, anything else as off', () => {
    for (const value of ['1', 'true', 'TRUE', 'yes']) expect(resolve([], { SALESBOOK_STRICT: value }).options.strict, value).toBe(true);
    for (const value of ['0', 'false', 'no', '']) expect(resolve([], { SALESBOOK_STRICT: value }).options.strict, value).toBe(false);
  });

  it('treats empty environment variables as unset', () => {
    expect(resolve([], { SALESBOOK_CONTENT: ' ', SALESBOOK_AUDIENCE: '' }).options).toMatchObject({ contentDir: path.join(cwd, 'content'), audience: 'everyone' });
  });

  it('hands the arguments it does not know to the wrapped command', () => {
    expect(resolve(['--outDir', '/tmp/out', '--strict', '--verbose']).rest).toEqual(['--outDir', '/tmp/out', '--verbose']);
  });

  it('refuses a flag without its value', () => {
    expect(() => resolve(['--content'])).toThrow(UsageError);
    expect(() => resolve(['--audience='])).toThrow('--audience needs a value, e.g. --audience managers.');
  });
});
