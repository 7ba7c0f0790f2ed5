import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../../src/lib/engine/content/yaml-source.ts';

// Inputs the property-based tests once found throwing, kept as plain examples.
describe('YAML aliases', () => {
  it('reports an alias without an anchor as a YAML problem on its line instead of throwing', () => {
    expect(parseYamlSource('title: Call\ntags:\n  - *missing\n', 2)).toEqual({
      problems: [
        {
          code: 'yaml-syntax',
          severity: 'error',
          line: 4,
          field: 'YAML',
          message: 'The YAML cannot be read: Unresolved alias (the anchor must be set before the alias): missing.',
          expected: 'Put &name on a value before any *name that repeats it, use aliases sparingly, or write the values out.',
        },
      ],
    });
  });

  it('reports aliases that would expand into a huge document as a YAML problem instead of throwing', () => {
    const levels = 'bcdefgh'.split('');
    const text = ['a: &a [x, x, x, x, x, x, x, x, x]', ...levels.map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    const { source, problems } = parseYamlSource(text, 1);
    expect(source).toBeUndefined();
    expect(problems.map(({ code, line, message }) => ({ code, line, message }))).toEqual([
      { code: 'yaml-syntax', line: 2, message: 'The YAML cannot be read: Excessive alias count indicates a resource exhaustion attack.' },
    ]);
  });

  it('still reads aliases that point to an anchor set before them', () => {
    expect(parseYamlSource('a: &one [x]\nb: *one\n', 1).source?.data).toEqual({ a: ['x'], b: ['x'] });
  });
});

describe('YAML keys', () => {
  it('reads a list used as a key without printing a warning of the YAML library', async () => {
    const warnings: string[] = [];
    const listen = (warning: Error) => warnings.push(warning.message);
    process.on('warning', listen);
    try {
      expect(parseYamlSource('? [a]\n: 1\n', 1).source?.data).toEqual({ '[ a ]': 1 });
      // Node emits warnings on a later tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', listen);
    }
    expect(warnings).toEqual([]);
  });
});
