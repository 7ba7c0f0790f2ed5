import { describe, expect, it } from 'vitest';
import { checkAudiences } from '../../../../src/lib/engine/checks/check-audiences.ts';
import type { LoadedPlaybook } from '../../../../src/lib/engine/content/load-playbook.ts';

/** A playbook as the loader returns it, reduced to what the audience check reads. */
function playbook(options: {
  audiences?: string[];
  defaultLang?: string;
  languages?: string[];
  configFile?: string;
  entryAudiences?: string[];
}): LoadedPlaybook {
  return {
    config: { audiences: options.audiences ?? ['partners'], defaultLang: options.defaultLang },
    languages: options.languages ?? ['en'],
    configFile: options.configFile,
    configLineOf: options.configFile ? () => 4 : undefined,
    entries: [{ file: 'scripts/en/a.mdx', data: { audience: options.entryAudiences ?? ['everyone'] }, lineOf: () => 6 }],
  } as unknown as LoadedPlaybook;
}

describe('checkAudiences', () => {
  it('reports an undeclared audience of an entry at its line', () => {
    expect(checkAudiences(playbook({ entryAudiences: ['everyone', 'interns'] }), 'everyone')).toEqual([
      expect.objectContaining({ code: 'unknown-audience', file: 'scripts/en/a.mdx', line: 6, field: 'audience[1]' }),
    ]);
  });

  it('blames config.yaml by name for an undeclared edition when the playbook has no config file', () => {
    expect(checkAudiences(playbook({}), 'interns')).toEqual([
      expect.objectContaining({ code: 'unknown-audience', file: 'config.yaml', expected: 'Build for one of: everyone, partners.' }),
    ]);
  });

  it('reports a default language without content at its line in the config file', () => {
    expect(checkAudiences(playbook({ defaultLang: 'de', languages: ['en', 'ru'], configFile: 'content/config.yaml' }), 'everyone')).toEqual([
      expect.objectContaining({ code: 'unknown-language', file: 'content/config.yaml', line: 4, expected: 'Use one of the languages found: en, ru.' }),
    ]);
  });

  it('reports a default language without content without a line when the config is implicit', () => {
    const [problem] = checkAudiences(playbook({ defaultLang: 'de', languages: ['en'] }), 'everyone');
    expect(problem).toMatchObject({ code: 'unknown-language', file: 'config.yaml', line: undefined });
  });

  it('accepts any default language while the playbook has no content yet', () => {
    expect(checkAudiences(playbook({ defaultLang: 'de', languages: [] }), 'everyone')).toEqual([]);
  });
});
