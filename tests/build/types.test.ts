import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE, REPO_ROOT } from '../helpers/build.ts';

/** Runs `astro check` with Node 24 and returns its exit code and output, colours off. */
function astroCheck(): Promise<{ exitCode: number; output: string }> {
  const args = [path.join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs'), 'check', '--minimumSeverity', 'warning', '--minimumFailingSeverity', 'warning'];
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, args, { cwd: REPO_ROOT, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? 1, output: output.replace(/\x1b\[[0-9;]*m/gu, '') }));
  });
}

describe('types', () => {
  it('passes astro check with no errors and no warnings (hints allowed)', async () => {
    const { exitCode, output } = await astroCheck();
    // Each diagnostic starts with `file:line:column - severity`; listing them makes a failure say where.
    const diagnostics = output.split('\n').filter((line) => /^\S+:\d+:\d+ - (error|warning)\b/u.test(line));
    expect(diagnostics).toEqual([]);
    expect(output).toMatch(/- 0 errors\s+- 0 warnings/u);
    expect(exitCode).toBe(0);
  }, 180_000);
});
