import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemKinds } from '../../../src/lib/engine/errors.ts';
import { problem, wording } from '../../../src/lib/engine/problems.ts';
import { compileStopPhrases, lintText } from '../../../src/lib/engine/stop-phrases/index.ts';

describe('the error catalogue', () => {
  it('depends on nothing, so any module can report through it without an import cycle', () => {
    const source = fs.readFileSync(new URL('../../../src/lib/engine/errors.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^import\s|^export\s[^\n]*\sfrom\s|\bimport\(/mu);
  });

  it('gives every code a title and a hint written as sentences', () => {
    for (const [code, kind] of Object.entries(problemKinds)) {
      expect(kind.title, code).toMatch(/^\p{Lu}[^.]*$/u);
      expect(kind.hint, code).toMatch(/^[\p{Lu}\p{Ll}`{]/u);
      expect(kind.hint, code).toMatch(/[.)]$/u);
    }
  });

  it('builds a problem from its code, facts and place, with the severity the catalogue gives', () => {
    expect(problem('misplaced-file', { case: 'loose-file', collection: 'scripts', name: 'a.mdx' }, { file: 'scripts/a.mdx', field: 'file name' })).toEqual({
      code: 'misplaced-file',
      severity: 'warning',
      file: 'scripts/a.mdx',
      line: undefined,
      field: 'file name',
      message: 'This file sits directly in scripts/ and is ignored.',
      expected: 'Move it into a language folder, e.g. scripts/en/a.mdx.',
    });
  });

  it('lets a check raise the severity, as a stop phrase marked as an error does', () => {
    expect(problem('stop-phrase', { found: 'x', why: 'y', replacements: [] }, { line: 3, field: 'body', severity: 'error' })).toMatchObject({ severity: 'error', line: 3 });
  });

  it('words a stop phrase exactly as the stop-phrase lint does today', () => {
    const rules = [
      { phrase: "I'll try", why: 'Promises nothing; the client hears "don\'t count on me".', replacements: ['I will do it by 5 pm today.'], severity: 'warning' as const },
      { phrase: 'no way', why: 'CRM notes show it upsets clients', replacements: ['Let me see', 'Could we try another date?'], severity: 'error' as const },
      { phrase: 'calm down', why: 'Rude.', replacements: [], severity: 'error' as const },
    ];
    const found = lintText(compileStopPhrases(rules), "I'll   try. No way! Calm\ndown.", { firstLine: 1, field: 'body' });
    expect(found).toHaveLength(3);
    for (const [index, lint] of found.entries()) {
      const rule = rules[index]!;
      const text = ["I'll   try", 'No way', 'Calm\ndown'][index]!;
      expect({ message: lint.message, expected: lint.expected }).toEqual(wording('stop-phrase', { found: text, why: rule.why, replacements: rule.replacements }));
    }
  });
});
