import path from 'node:path';
import type { Page } from 'playwright-core';
import { loadPlaybook } from '../../src/lib/engine/content/load-playbook.ts';
import { BUILTIN_DICTIONARIES, en } from '../../src/lib/i18n/builtin/index.ts';
import { dictionaryEntries, type Dictionary, type DictionaryGroup, type InterfaceLeaf, type PartialDictionary } from '../../src/lib/i18n/dictionary.ts';
import { interfaceText } from '../../src/lib/i18n/interface-text.ts';
import { REPO_ROOT } from './build.ts';

/**
 * The interface a built page of `lang` should show (`t`: the content folder's texts, then the
 * built-in ones, then English), and the texts the language has of its own (`own`: without English).
 */
export function expectedInterface(content: string, lang: string): { t: Dictionary; own: PartialDictionary } {
  const overrides = loadPlaybook(path.join(REPO_ROOT, content)).interfaceText;
  const layers = [BUILTIN_DICTIONARIES[lang], overrides[lang]].filter((layer) => layer !== undefined);
  const own = Object.fromEntries(Object.keys(en).map((group) => [group, Object.assign({}, ...layers.map((layer) => layer[group as DictionaryGroup]))]));
  return { t: interfaceText(lang, overrides), own: own as PartialDictionary };
}

const forms = (text: InterfaceLeaf) => (typeof text === 'string' ? [text] : Object.values(text).filter((form): form is string => typeof form === 'string'));

/**
 * The English interface texts that must not show on a page of a language with `own` texts: every
 * English text the language words differently or lacks, cut at its placeholders, each piece with at
 * least three letters (so "No" or "·" are never looked for).
 */
export function englishLeftovers(ownTexts: PartialDictionary): string[] {
  const own = new Map(dictionaryEntries(ownTexts));
  const pieces = dictionaryEntries(en)
    .filter(([key, english]) => JSON.stringify(own.get(key)) !== JSON.stringify(english))
    .flatMap(([, english]) => forms(english))
    .flatMap((text) => text.split(/\{\w+\}/u))
    .map((piece) => piece.trim().replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, ''))
    .filter((piece) => (piece.match(/[A-Za-z]/gu) ?? []).length >= 3);
  return [...new Set(pieces)];
}

/** The English pieces found in `words`, each as a whole word or phrase. */
export function englishIn(words: string, leftovers: readonly string[]): string[] {
  return leftovers.filter((piece) => new RegExp(`(?<![\\p{L}\\p{N}])${piece.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(words));
}

/**
 * Every text of the page a reader can see, hear or get later: text (hidden parts and templates
 * included), accessible names, placeholders, titles, the description, and the texts the page hands
 * its scripts in data attributes and JSON.
 */
export function pageWords(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    const parts = [document.title];
    const attributes = /^(aria-label|aria-description|placeholder|title|alt|data-(text|label|points|answered|status|copied))$/;
    for (const meta of document.querySelectorAll('meta[name="description"]')) parts.push(meta.content);
    // JSON handed to scripts counts by its texts: its keys, identifier values (ids, "module:greet")
    // and the placeholders of its templates are names in the code, not words on screen.
    const values = (json) => {
      try {
        const walk = (value) => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(walk) : []);
        return walk(JSON.parse(json)).filter((text) => !/^[a-z0-9.:/-]*$/.test(text)).map((text) => text.replace(/\\{\\w+\\}/g, ''));
      } catch {
        return [json];
      }
    };
    const collect = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const parent = walker.currentNode.parentElement;
        if (parent?.closest('style')) continue;
        if (parent?.matches('script[type="application/json"]')) parts.push(...values(walker.currentNode.data));
        else parts.push(walker.currentNode.data);
      }
      for (const element of root.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          if (!attributes.test(attribute.name)) continue;
          if (attribute.name === 'data-text' || attribute.name === 'data-points') parts.push(...values(attribute.value));
          else parts.push(attribute.value);
        }
        if (element.tagName === 'TEMPLATE') collect(element.content);
      }
    };
    collect(document.documentElement);
    return parts.join('\\n');
  })()`);
}
