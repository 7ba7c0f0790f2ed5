import { en } from './builtin/en.ts';
import { GROUP_DESCRIPTIONS, PLURAL_CHOSEN_BY, type DictionaryGroup, type InterfaceLeaf } from './dictionary.ts';

// Texts whose spaces matter (the colon) show as code, so the space can be seen.
const cell = (text: string) => (text.trim() === text ? text.replace(/\|/gu, '\\|') : `\`${text}\``);

function english(key: string, text: InterfaceLeaf): string {
  if (typeof text === 'string') return cell(text);
  const forms = Object.entries(text).map(([form, value]) => `${form}: ${cell(value)}`).join('<br>');
  return `${forms}<br>*(chosen by {${PLURAL_CHOSEN_BY[key] ?? 'count'}})*`;
}

/** The README's reference of interface texts: every group and key with its English text, one folded table per group. */
export function interfaceTextReference(): string {
  return Object.entries(en)
    .map(([group, texts]) => {
      const rows = Object.entries(texts as Record<string, InterfaceLeaf>).map(([key, text]) => `| \`${key}\` | ${english(`${group}.${key}`, text)} |`);
      return [
        `<details><summary><code>${group}</code> — ${GROUP_DESCRIPTIONS[group as DictionaryGroup]}</summary>`,
        '',
        '| key | English |',
        '| --- | --- |',
        ...rows,
        '',
        '</details>',
      ].join('\n');
    })
    .join('\n\n');
}
