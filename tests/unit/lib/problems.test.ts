import { describe, expect, it } from 'vitest';
import { inFile } from '../../../src/lib/engine/problems.ts';

describe('inFile', () => {
  it('ties every problem found in a text to its file, keeping the rest as it was', () => {
    const problem = { code: 'schema' as const, severity: 'error' as const, line: 3, field: 'title', message: 'M.', expected: 'E.' };
    expect(inFile('scripts/en/a.mdx', [problem])).toEqual([{ ...problem, file: 'scripts/en/a.mdx' }]);
  });
});
