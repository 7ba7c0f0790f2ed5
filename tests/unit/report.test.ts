import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/lib/engine/problems.ts';
import { applyStrict, formatProblem, formatReport, problemTally, sortProblems } from '../../src/lib/engine/report.ts';

const problem = (over: Partial<Problem>): Problem => ({
  code: 'schema',
  severity: 'error',
  file: 'scripts/en/a.mdx',
  line: 3,
  field: 'chapter',
  message: '“first” is not one of the allowed values.',
  expected: 'Use one of: first-call, second-call.',
  ...over,
});

describe('formatProblem', () => {
  it('prints path:line — field — what is wrong — what was expected', () => {
    expect(formatProblem(problem({}))).toBe('scripts/en/a.mdx:3 — chapter — “first” is not one of the allowed values. — Use one of: first-call, second-call.');
  });

  it('leaves the line out when it is not known', () => {
    expect(formatProblem(problem({ line: undefined, field: 'dialogue' }))).toMatch(/^scripts\/en\/a\.mdx — dialogue — /);
  });
});

describe('sortProblems', () => {
  it('orders problems by file, then by line', () => {
    const sorted = sortProblems([problem({ file: 'b.mdx', line: 1 }), problem({ file: 'a.mdx', line: 9 }), problem({ file: 'a.mdx', line: 2 })]);
    expect(sorted.map((p) => `${p.file}:${p.line}`)).toEqual(['a.mdx:2', 'a.mdx:9', 'b.mdx:1']);
  });
});

describe('problemTally', () => {
  const of = (...severities: Problem['severity'][]) => severities.map((severity) => ({ severity }));
  it('names only the kinds of problem there are, with their counts', () => {
    expect(problemTally(of('error', 'warning', 'error'))).toBe('2 errors and 1 warning');
    expect(problemTally(of('warning', 'warning'))).toBe('2 warnings');
    expect(problemTally(of('error'))).toBe('1 error');
    expect(problemTally([])).toBe('');
  });
});

describe('applyStrict', () => {
  it('turns warnings into errors under --strict', () => {
    expect(applyStrict([problem({ severity: 'warning' })], true)[0]?.severity).toBe('error');
  });

  it('keeps warnings as they are otherwise', () => {
    expect(applyStrict([problem({ severity: 'warning' })], false)[0]?.severity).toBe('warning');
  });
});

describe('formatReport', () => {
  it('lists errors, then warnings, then a summary that says the check failed', () => {
    const report = formatReport(
      [problem({ severity: 'warning', file: 'a.mdx', field: 'body' }), problem({ file: 'z.mdx' }), problem({ file: 'b.mdx', line: 1 })],
      { files: 12, seconds: 0.234 },
    );
    expect(report.split('\n').map((line) => line.split(' — ').slice(0, 2).join(' — '))).toEqual([
      'Errors:',
      'b.mdx:1 — chapter',
      'z.mdx:3 — chapter',
      '',
      'Warnings:',
      'a.mdx:3 — body',
      '',
      '✖ Content check failed: 2 errors, 1 warning in 12 files (0.23 s).',
    ]);
  });

  it('says the check passed when there are only warnings', () => {
    expect(formatReport([problem({ severity: 'warning' })], { files: 1, seconds: 0.1 }).split('\n').at(-1)).toBe(
      '✔ Content check passed: 0 errors, 1 warning in 1 file (0.10 s).',
    );
  });

  it('is one summary line when nothing is wrong', () => {
    expect(formatReport([], { files: 30, seconds: 0.5 })).toBe('✔ Content check passed: 0 errors, 0 warnings in 30 files (0.50 s).');
  });
});
