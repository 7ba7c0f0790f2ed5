import { BUILTIN_DICTIONARIES, en } from './builtin/index.ts';
import { dictionaryEntries, type Dictionary, type InterfaceLeaf, type PartialDictionary } from './dictionary.ts';
import { textDirection } from './direction.ts';

/** Interface texts a content folder adds or overrides, per language tag (config.yaml chapters included). */
export type InterfaceOverrides = Readonly<Record<string, PartialDictionary>>;

// Left-to-right isolate … pop directional isolate: an English fallback inside a right-to-left page
// keeps its own word order and its punctuation at its own end.
const LRI = '\u2066';
const PDI = '\u2069';

/** `pt-BR` → `['pt', 'pt-BR']`: the general language first, so the regional one wins. */
function tagsOf(lang: string): string[] {
  const base = lang.split('-')[0]!;
  return base === lang ? [lang] : [base, lang];
}

/** The layers that give `lang` its texts, weakest first: built-in texts, then the content folder's. */
function layersOf(lang: string, overrides: InterfaceOverrides): PartialDictionary[] {
  const tags = tagsOf(lang);
  return [...tags.map((tag) => BUILTIN_DICTIONARIES[tag]), ...tags.map((tag) => overrides[tag])].filter((layer) => layer !== undefined);
}

function isolate(text: InterfaceLeaf): InterfaceLeaf {
  if (typeof text === 'string') return `${LRI}${text}${PDI}`;
  return Object.fromEntries(Object.entries(text).map(([form, value]) => [form, `${LRI}${value}${PDI}`])) as unknown as InterfaceLeaf;
}

/**
 * Every interface text of `lang`: the content folder's texts, then the built-in ones, then English.
 * In a right-to-left language an English fallback is wrapped in Unicode isolates.
 */
export function interfaceText(lang: string, overrides: InterfaceOverrides = {}): Dictionary {
  const layers = layersOf(lang, overrides).reverse();
  const rtl = textDirection(lang) === 'rtl';
  const result: Record<string, Record<string, InterfaceLeaf>> = {};
  for (const [group, texts] of Object.entries(en)) {
    const resolved: Record<string, InterfaceLeaf> = {};
    for (const [key, english] of Object.entries(texts as Record<string, InterfaceLeaf>)) {
      const own = layers.map((layer) => (layer[group as keyof Dictionary] as Record<string, InterfaceLeaf> | undefined)?.[key]).find((text) => text !== undefined);
      resolved[key] = own ?? (rtl ? isolate(english) : english);
    }
    result[group] = resolved;
  }
  return result as Dictionary;
}

/** Dotted keys (`search.placeholder`) that `lang` has no text for, so English shows instead. */
export function missingInterfaceKeys(lang: string, overrides: InterfaceOverrides = {}): string[] {
  if (tagsOf(lang)[0] === 'en') return [];
  const given = new Set(layersOf(lang, overrides).flatMap((layer) => dictionaryEntries(layer).map(([key]) => key)));
  return dictionaryEntries(en).map(([key]) => key).filter((key) => !given.has(key));
}
