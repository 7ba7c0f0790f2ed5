import { EVERYONE } from '../audience.ts';
import type { LoadedPlaybook } from '../content/load-playbook.ts';
import { problem, type Problem } from '../problems.ts';

/** Every audience an entry names must be declared in config.yaml; the default language must exist. */
export function checkAudiences(playbook: LoadedPlaybook, edition: string): Problem[] {
  const known = new Set([EVERYONE, ...playbook.config.audiences]);
  const declared = [...known].join(', ');
  const configFile = playbook.configFile ?? 'config.yaml';
  const problems: Problem[] = [];
  // Until config.yaml can be read, the audiences it declares are unknown: its own error says what to fix.
  // (Only the content folder's own config.yaml is read, so any error in a file of that name is about it.)
  if (playbook.problems?.some((p) => p.severity === 'error' && /(^|[\\/])config\.yaml$/u.test(p.file))) return problems;
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
