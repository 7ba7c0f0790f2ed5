import { EVERYONE } from '../audience.ts';
import type { LoadedPlaybook } from '../content/load-playbook.ts';
import type { Problem } from '../problems.ts';

/** Every audience an entry names must be declared in config.yaml; the default language must exist. */
export function checkAudiences(playbook: LoadedPlaybook, edition: string): Problem[] {
  const known = new Set([EVERYONE, ...playbook.config.audiences]);
  const declared = [...known].join(', ');
  const problems: Problem[] = [];
  for (const entry of playbook.entries)
    entry.data.audience.forEach((audience, i) => {
      if (!known.has(audience))
        problems.push({
          code: 'unknown-audience',
          severity: 'error',
          file: entry.file,
          line: entry.lineOf(['audience', i]),
          field: `audience[${i}]`,
          message: `The audience “${audience}” is not declared in config.yaml.`,
          expected: `Use one of: ${declared}; or add “${audience}” to audiences in config.yaml.`,
        });
    });
  if (!known.has(edition))
    problems.push({
      code: 'unknown-audience',
      severity: 'error',
      file: playbook.configFile ?? 'config.yaml',
      field: 'audience option',
      message: `The edition was asked for the audience “${edition}”, which config.yaml does not declare.`,
      expected: `Build for one of: ${declared}.`,
    });
  const { defaultLang } = playbook.config;
  if (defaultLang && playbook.languages.length > 0 && !playbook.languages.includes(defaultLang))
    problems.push({
      code: 'unknown-language',
      severity: 'error',
      file: playbook.configFile ?? 'config.yaml',
      line: playbook.configLineOf?.(['defaultLang']),
      field: 'defaultLang',
      message: `The default language “${defaultLang}” has no content folder.`,
      expected: `Use one of the languages found: ${playbook.languages.join(', ')}.`,
    });
  return problems;
}
