import { describe, expect, it } from 'vitest';
import type { DialogueGraph } from '../../../src/lib/engine/dialogue/index.ts';
import { languageName } from '../../../src/lib/i18n/language-name.ts';
import type { Problem } from '../../../src/lib/engine/problems.ts';
import { applyStrict, sortProblems } from '../../../src/lib/engine/report.ts';
import { defaultPracticeRole } from '../../../src/lib/roleplay/viewer-data.ts';

const problem = (file: string, line?: number, severity: Problem['severity'] = 'error') =>
  ({ code: 'schema', severity, file, line, field: 'f', message: 'm', expected: 'e' }) as Problem;

describe('sortProblems', () => {
  it('puts problems without a line first within their file, then by line, files in order', () => {
    const sorted = sortProblems([problem('b.mdx', 3), problem('a.mdx', 9), problem('a.mdx'), problem('a.mdx', 2)]);
    expect(sorted.map((p) => `${p.file}:${p.line ?? '-'}`)).toEqual(['a.mdx:-', 'a.mdx:2', 'a.mdx:9', 'b.mdx:3']);
  });
});

describe('applyStrict', () => {
  it('turns warnings into errors only under --strict', () => {
    const problems = [problem('a.mdx', 1, 'warning')];
    expect(applyStrict(problems, true)[0]!.severity).toBe('error');
    expect(applyStrict(problems, false)[0]!.severity).toBe('warning');
  });
});

describe('defaultPracticeRole', () => {
  const graph = (roles: string[]) => ({ sections: [{ steps: roles.map((role) => ({ role })) }] }) as unknown as DialogueGraph;

  it('picks the role with the most lines when there is no rep', () => {
    expect(defaultPracticeRole({ client: 'Client', agent: 'Agent' }, graph(['client', 'agent', 'agent']))).toBe('agent');
  });

  it('picks a role without lines rather than nothing', () => {
    expect(defaultPracticeRole({ agent: 'Agent' }, graph([]))).toBe('agent');
  });

  it('gives no role for a scenario without roles', () => {
    expect(defaultPracticeRole({}, graph([]))).toBe('');
  });
});

describe('languageName', () => {
  it('names a language in itself, capitalised', () => {
    expect(languageName('ru')).toBe('Русский');
  });

  it('falls back to the tag itself for a tag the platform cannot name', () => {
    expect(languageName('not a tag!')).toBe('Not a tag!');
  });
});
