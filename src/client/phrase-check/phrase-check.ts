import { fill } from '../../lib/i18n/fill.ts';
import type { PhraseCheckText } from '../../lib/i18n/island-text.ts';
import { plural } from '../../lib/i18n/plural.ts';
import { compileStopPhrases, type StopPhraseMatch, type StopPhraseRule } from '../../lib/engine/stop-phrases/index.ts';
import { createCopyButton } from '../search/copy-button-element.ts';
import { draftSegments, findingsKey, replaceMatch } from './draft.ts';

/**
 * `<phrase-check>`: a draft box that highlights stop phrases as the rep types, with the reason
 * and the approved replacements of each, one click to put a replacement in. It runs the same
 * matcher that lints the content at build time, on the language's stop-phrase list embedded in
 * the page. Without JavaScript the page keeps the box and points to the stop-phrase table.
 */
export function definePhraseCheck(): void {
  if (customElements.get('phrase-check')) return;
  customElements.define(
    'phrase-check',
    class extends HTMLElement {
      connectedCallback() {
        const lang = document.documentElement.lang || 'en';
        const data = this.querySelector('script[data-stop-phrases]');
        const s = JSON.parse(this.querySelector('script[data-checker-text]')?.textContent ?? '{}') as PhraseCheckText;
        const textarea = this.querySelector('textarea');
        const backdrop = this.querySelector<HTMLElement>('[data-backdrop]');
        const summary = this.querySelector<HTMLElement>('[data-summary]');
        const list = this.querySelector<HTMLOListElement>('[data-findings]');
        if (!data || !textarea || !backdrop || !summary || !list) return;
        const matcher = compileStopPhrases(JSON.parse(data.textContent ?? '[]') as StopPhraseRule[]);
        for (const note of this.querySelectorAll<HTMLElement>('[data-needs-js]')) note.hidden = true;
        this.toggleAttribute('data-ready', true);

        let matches: StopPhraseMatch[] = [];
        let shownKey = '';

        const highlight = () => {
          backdrop.replaceChildren(
            ...draftSegments(textarea.value, matches).map((segment) => {
              if (segment.match === undefined) return document.createTextNode(segment.text);
              const mark = document.createElement('mark');
              mark.className = `severity-${matches[segment.match]!.rule.severity}`;
              mark.textContent = segment.text;
              return mark;
            }),
            // A final line break only takes up a line when something follows it.
            document.createTextNode(textarea.value.endsWith('\n') ? ' ' : ''),
          );
          backdrop.scrollTop = textarea.scrollTop;
        };

        const replace = (match: StopPhraseMatch, replacement: string) => {
          const next = replaceMatch(textarea.value, match, replacement);
          textarea.focus();
          textarea.setRangeText(replacement, next.start, next.end, 'end');
          textarea.setSelectionRange(next.caret, next.caret);
          update();
          summary.textContent = `${fill(s.replaced, { found: match.text })} ${summaryText()}`;
        };

        const summaryText = () => (textarea.value.trim() === '' ? s.empty : matches.length === 0 ? s.none : plural(lang, s.found, matches.length));

        const finding = (match: StopPhraseMatch, index: number) => {
          const item = document.createElement('li');
          item.className = `phrase-check-finding severity-${match.rule.severity}`;
          const head = document.createElement('p');
          head.className = 'phrase-check-found';
          const quote = document.createElement('mark');
          quote.className = `severity-${match.rule.severity}`;
          quote.textContent = match.text;
          const badge = document.createElement('span');
          badge.className = `badge severity-${match.rule.severity}`;
          badge.textContent = s.severity[match.rule.severity];
          head.append(quote, ' ', badge);
          const why = document.createElement('p');
          why.className = 'phrase-check-why';
          why.textContent = match.rule.why;
          const say = document.createElement('p');
          say.className = 'phrase-check-say';
          say.textContent = `${s.sayInstead}${s.colon.trimEnd()}`;
          const options = document.createElement('ul');
          options.className = 'phrase-check-replacements';
          match.rule.replacements.forEach((replacement, r) => {
            const text = document.createElement('span');
            text.id = `phrase-check-${index}-${r}`;
            text.className = 'phrase-check-replacement';
            text.textContent = replacement;
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'secondary';
            button.append(s.replace);
            const hidden = document.createElement('span');
            hidden.className = 'visually-hidden';
            hidden.textContent = ` ${fill(s.replaceDetail, { found: match.text, replacement })}`;
            button.append(hidden);
            button.addEventListener('click', () => replace(match, replacement));
            const actions = document.createElement('span');
            actions.className = 'phrase-check-actions';
            actions.append(button, createCopyButton(replacement, text.id));
            const row = document.createElement('li');
            row.append(text, actions);
            options.append(row);
          });
          item.append(head, why, say, options);
          return item;
        };

        const update = () => {
          matches = matcher.find(textarea.value);
          highlight();
          const key = findingsKey(matches);
          if (key === shownKey) return;
          // Rebuilt only when the findings change, so typing elsewhere neither moves focus nor re-announces.
          const countChanged = shownKey.split('|').filter(Boolean).length !== matches.length || shownKey === '';
          shownKey = key;
          list.replaceChildren(...matches.map(finding));
          if (countChanged) summary.textContent = summaryText();
        };

        textarea.addEventListener('input', update);
        textarea.addEventListener('scroll', () => {
          backdrop.scrollTop = textarea.scrollTop;
        });
        summary.textContent = summaryText();
        update();
      }
    },
  );
}
