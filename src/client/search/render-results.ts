import { fill } from '../../lib/i18n/fill.ts';
import type { SearchPanelText } from '../../lib/i18n/island-text.ts';
import { valueLabel } from '../../lib/i18n/labels.ts';
import type { PartKind } from '../../lib/search/parts.ts';
import type { Segment } from '../../lib/search/query/result-view.ts';
import type { RankedResult } from '../../lib/search/query/stop-phrase-first.ts';
import { createCopyButton } from './copy-button-element.ts';

type Strings = SearchPanelText;

/** The label of a filter value or record type, as the chips show it; the raw value when the page has none. */
function labelOf(s: Strings, group: keyof Strings['labels'], value: string): string {
  return valueLabel(s.labels[group], value);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function marked(segments: Segment[]): Node[] {
  return segments.map((segment) => (segment.mark ? el('mark', '', segment.text) : document.createTextNode(segment.text)));
}

// Kinds whose text would read oddly without saying what it is.
function kindPrefix(kind: PartKind, s: Strings): string | undefined {
  if (kind === 'alias') return s.clientsAlsoSay;
  if (kind === 'replacement') return s.sayInstead;
  if (kind === 'why') return s.labels.type['stop-phrase'];
  return undefined;
}

function facets(result: RankedResult, s: Strings): string {
  return [
    ...result.facets.category.map((v) => labelOf(s, 'category', v)),
    ...result.facets.stage.map((v) => labelOf(s, 'stage', v)),
    ...result.facets.channel.map((v) => labelOf(s, 'channel', v)),
  ].join(' · ');
}

function stopPhraseCard(result: RankedResult, id: string, s: Strings): HTMLLIElement {
  const rule = result.stopPhrase!;
  const link = el(
    'a',
    'search-result-link',
    el('span', 'search-result-head', el('span', `badge severity-${rule.severity}`, `${s.labels.type['stop-phrase']} · ${labelOf(s, 'severity', rule.severity)}`), el('span', 'search-result-title', fill(s.quoted, { text: rule.phrase }))),
    el('span', 'search-result-why', rule.why),
  );
  link.href = result.url;
  const replacements = el(
    'ul',
    'search-replacements',
    ...rule.replacements.map((text, i) => {
      const phrase = el('span', 'search-result-copytext', text);
      phrase.id = `${id}-x${i}`;
      return el('li', '', phrase, createCopyButton(text, phrase.id));
    }),
  );
  const item = el('li', 'search-result search-stop-phrase', link, el('p', 'search-result-kind', `${s.sayInstead}${s.colon.trimEnd()}`), replacements);
  item.dataset.type = result.type;
  return item;
}

/** One result: what it is, where it sits, the phrase that matched (marked), and a copy button. */
export function resultItem(result: RankedResult, id: string, s: Strings): HTMLLIElement {
  if (result.isQueriedStopPhrase && result.stopPhrase) return stopPhraseCard(result, id, s);
  const prefix = kindPrefix(result.matched.kind, s);
  const phrase = el('span', 'search-result-phrase', ...(prefix ? [el('span', 'search-result-kind', `${prefix}${s.colon}`)] : []), ...marked(result.matched.segments));
  // A match in the heading is marked there rather than repeated below it.
  const inTitle = result.matched.kind === 'title' || result.matched.kind === 'intent';
  const title = el('span', 'search-result-title', ...(inTitle ? marked(result.matched.segments) : [result.title]));
  const head = el('span', 'search-result-head', el('span', 'badge search-result-type', labelOf(s, 'type', result.type)), title);
  const about = [result.context, facets(result, s)].filter(Boolean).join(' · ');
  const link = el('a', 'search-result-link', head, ...(inTitle ? [] : [phrase]), ...(about ? [el('span', 'search-result-facets', about)] : []));
  link.href = result.url;
  const item = el('li', 'search-result', link);
  item.dataset.type = result.type;
  if (result.copy) {
    // The phrase on the clipboard is always on screen: the matched one, or the answer to say.
    const matchedText = result.matched.segments.map((segment) => segment.text).join('');
    const shown = matchedText === result.copy.text ? phrase : el('span', 'search-result-copytext', el('span', 'search-result-kind', `${s.say}${s.colon}`), result.copy.text);
    shown.id = `${id}-copy`;
    item.append(el('div', 'search-result-say', ...(shown === phrase ? [] : [shown]), createCopyButton(result.copy.text, shown.id)));
  }
  return item;
}
