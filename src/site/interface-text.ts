import { currentSession } from '../lib/engine/session/current-session.ts';
import type { Dictionary } from '../lib/i18n/dictionary.ts';
import { interfaceText } from '../lib/i18n/interface-text.ts';

// One resolved dictionary per language and read of the content: pages ask for it many times each.
const resolved = new WeakMap<object, Map<string, Dictionary>>();

/** Every interface text of `lang`, as this build's content folder and the built-in languages give it. */
export function ui(lang: string): Dictionary {
  const { playbook } = currentSession().check;
  let byLang = resolved.get(playbook);
  if (!byLang) resolved.set(playbook, (byLang = new Map()));
  let text = byLang.get(lang);
  if (!text) byLang.set(lang, (text = interfaceText(lang, playbook.interfaceText)));
  return text;
}
