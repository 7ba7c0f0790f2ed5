import type { PlaybookEntry } from '../content/load-playbook.ts';
import { problem, type Problem } from '../problems.ts';

interface Seen {
  file: string;
  line?: number;
}

/** Reports ids that must be unique: entries per collection, speech modules and checklist items per language. */
export function checkUniqueIds(entries: readonly PlaybookEntry[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, Seen>();
  const claim = (key: string, what: string, id: string, at: Seen, field: string, scope: string) => {
    const first = seen.get(key);
    if (!first) {
      seen.set(key, at);
      return;
    }
    const firstPlace = `${first.file}${first.line ? `:${first.line}` : ''}`;
    problems.push(problem('duplicate-id', { case: 'id', what, id, firstPlace, scope }, { file: at.file, line: at.line, field }));
  };
  for (const entry of entries) {
    const { lang, file } = entry;
    claim(`${entry.collection}:${lang}:${entry.id}`, 'entry', entry.id, { file }, 'file name', `in ${entry.collection}/${lang}/ (the file name without extension)`);
    const data = entry.data;
    if ('type' in data && data.type === 'call')
      data.modules.forEach((module, i) =>
        claim(`module:${lang}:${module.id}`, 'speech module', module.id, { file, line: entry.lineOf(['modules', i, 'id']) }, `modules[${i}].id`, `across the whole ${lang} book`),
      );
    if ('type' in data && data.type === 'checklist')
      data.sections.forEach((section, s) =>
        section.items.forEach((item, i) =>
          claim(`item:${lang}:${item.id}`, 'checklist item', item.id, { file, line: entry.lineOf(['sections', s, 'items', i, 'id']) }, `sections[${s}].items[${i}].id`, `across the whole ${lang} book`),
        ),
      );
  }
  return problems;
}
