import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dialogueProblemCodes } from '../../../src/lib/engine/dialogue/index.ts';
import { problemKinds } from '../../../src/lib/engine/errors.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const catalogue = Object.keys(problemKinds);

/** Rows of the README's error reference: code → title. */
function readmeErrorTable(): Map<string, string> {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.split(/^## /mu).find((part) => part.startsWith('Error reference')) ?? '';
  const rows = [...section.matchAll(/^\| `([^`]+)` \| ([^|]+) \|/gmu)];
  return new Map(rows.map(([, code = '', title = '']) => [code, title.trim()]));
}

/** Every code the domain code reports (`problem('…'`, a check's `report('…'`, or a `code: '…'` literal), with the file it is in. */
function reportedCodes(dir: string): { code: string; file: string }[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      return [...text.matchAll(/\b(?:code:\s*|problem\(\s*|report\(\s*)['"]([^'"]+)['"]/gu)].map(([, code = '']) => ({ code, file: `src/lib/${file}` }));
    });
}

describe('error catalogue', () => {
  it('lists every problem code in the README error reference, with the same title', () => {
    const table = readmeErrorTable();
    const missing = catalogue.filter((code) => table.get(code) !== problemKinds[code as keyof typeof problemKinds].title);
    expect(missing, 'codes missing from the README table or titled differently there').toEqual([]);
  });

  it('documents no code in the README that the catalogue does not have', () => {
    expect([...readmeErrorTable().keys()].filter((code) => !catalogue.includes(code))).toEqual([]);
  });

  it('holds every code that the domain code reports', () => {
    const reported = reportedCodes(path.join(root, 'src/lib'));
    expect(reported.length).toBeGreaterThan(10);
    expect(reported.filter(({ code }) => !catalogue.includes(code))).toEqual([]);
  });

  it('holds every code of the dialogue parser and checks', () => {
    expect(dialogueProblemCodes.filter((code) => !catalogue.includes(code))).toEqual([]);
  });
});
