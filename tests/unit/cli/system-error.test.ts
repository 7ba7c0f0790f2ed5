import { describe, expect, it } from 'vitest';
import { describeFailure, describeSystemError, formatFailure } from '../../../src/cli/system-error.ts';

const systemError = (code: string, fields: Record<string, unknown> = {}) => Object.assign(new Error(`${code}: something`), { code, ...fields });

describe('errors of the system, in words', () => {
  it('names the path, what happened and what to do when a folder is read-only', () => {
    const line = describeSystemError(systemError('EACCES', { syscall: 'mkdir', path: '/book/content/scripts/de' }), '/book');
    expect(formatFailure(line!)).toBe('content/scripts/de — Permission denied while creating it. — Give the user who runs Salesbook access to it (or run from a folder you own), then try again.');
  });

  it('explains a full disk and a read-only disk', () => {
    expect(describeSystemError(systemError('ENOSPC', { syscall: 'write' }))?.what).toBe('The disk is full.');
    expect(describeSystemError(systemError('EROFS', { syscall: 'open', path: '/mnt/x' }), '/')?.what).toBe('The disk is read-only, so opening it failed.');
  });

  it('names a port that is taken', () => {
    expect(formatFailure(describeSystemError(systemError('EADDRINUSE', { port: 4321 }))!)).toBe('port 4321 — Another program already listens on this port. — Stop the other server, or choose another port with --port N.');
  });

  it('turns any other error into one line that asks for --debug', () => {
    expect(formatFailure(describeFailure(new TypeError('x is not a function\n    at y (z.ts:1:1)')))).toBe(
      'Salesbook stopped because of an unexpected error: x is not a function. — Run the command again with --debug to see where it happened, and report it with that output.',
    );
  });
});
