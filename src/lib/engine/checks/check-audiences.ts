import { EVERYONE } from '../audience.ts';
import type { LoadedPlaybook } from '../content/load-playbook.ts';
import { problem, type Problem } from '../problems.ts';

/** Every audience an entry names must be declared in config.yaml; the default language must exist. */
export function checkAudiences(playbook: LoadedPlaybook, edition: string): Problem[] {
  const known = new Set([EVERYONE, ...playbook.config.audiences]);
  const declared = [...known].join(', ');
  const configFile = playbook.configFile ?? 'config.yaml';
  const problems: Problem[] = [];
  for (const entry of playbook.entries)
    entry.data.audience.forEach((audience, i) => {
      if (!known.has(audience))
        problems.push(problem('unknown-audience', { case: 'entry', audience, declared }, { file: entry.file, line: entry.lineOf(['audience', i]), field: `audience[${i}]` }));
    });
  if (!known.has(edition)) problems.push(problem('unknown-audience', { case: 'edition', edition, declared }, { file: configFile, field: 'audience option' }));
  const { defaultLang } = playbook.config;
  if (defaultLang && playbook.languages.length > 0 && !playbook.languages.includes(defaultLang))
    problems.push(problem('unknown-language', { defaultLang, languages: playbook.languages }, { file: configFile, line: playbook.configLineOf?.(['defaultLang']), field: 'defaultLang' }));
  return problems;
}
