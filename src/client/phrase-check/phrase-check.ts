import { fill } from '../../lib/i18n/fill.ts';
import type { PhraseCheckText } from '../../lib/i18n/island-text.ts';
import { plural } from '../../lib/i18n/plural.ts';
import { compileStopPhrases, substituteFor, type StopPhraseMatch, type StopPhraseRule } from '../../lib/engine/stop-phrases/index.ts';
import { createCopyButton } from '../search/copy-button-element.ts';
import { draftSegments, findingsKey, isSentence, replacementEdit, type DraftEdit } from './draft.ts';

// Puts an edit into the box through the browser's own editing, so Ctrl+Z / Cmd+Z undoes it like
// typing, and the box's input event reruns the check. Where that command is missing, the text is
// set directly (then undo cannot reach it).
function applyEdit(textarea: HTMLTextAreaElement, edit: DraftEdit): void {
  textarea.focus();
  textarea.setSelectionRange(edit.start, edit.end);
  if (document.execCommand('insertText', false, edit.text)) return;
  textarea.setRangeText(edit.text, edit.start, edit.end, 'end');
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: edit.text }));
}

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
        // Whether the summary last spoke of an empty draft.
        let shownEmpty = true;
        // Keep each Replace button's spoken description in step with the draft.
        let describers: (() => void)[] = [];

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

        const replace = (match: StopPhraseMatch, edit: DraftEdit) => {
          applyEdit(textarea, edit);
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
          // The edit is worked out from the draft as it is when the button is pressed: typing
          // elsewhere in the sentence keeps the finding but changes the sentence.
          const option = (id: string, shown: string, edit: () => DraftEdit | undefined, label: string, copy: boolean) => {
            const text = document.createElement('span');
            text.id = id;
            text.className = 'phrase-check-replacement';
            text.textContent = shown;
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'secondary';
            button.append(label);
            const hidden = document.createElement('span');
            hidden.className = 'visually-hidden';
            const describe = () => {
              const now = edit();
              hidden.textContent = now ? ` ${fill(s.replaceDetail, { found: textarea.value.slice(now.start, now.end), replacement: now.text })}` : '';
            };
            describe();
            describers.push(describe);
            button.append(hidden);
            button.addEventListener('click', () => {
              const now = edit();
              if (now) replace(match, now);
            });
            const actions = document.createElement('span');
            actions.className = 'phrase-check-actions';
            actions.append(button, ...(copy ? [createCopyButton(shown, id)] : []));
            const row = document.createElement('li');
            row.append(text, actions);
            options.append(row);
          };
          // A word swap keeps the rest of the sentence: offered first when the stop phrase has one.
          const swap = substituteFor(textarea.value, match);
          if (swap) option(`phrase-check-${index}-swap`, swap.text, () => substituteFor(textarea.value, match), s.replace, false);
          match.rule.replacements.forEach((replacement, r) => {
            const edit = () => replacementEdit(textarea.value, match, replacement, lang);
            option(`phrase-check-${index}-${r}`, replacement, edit, isSentence(replacement) ? s.replaceSentence : s.replace, true);
          });
          item.append(head, why, say, options);
          return item;
        };

        const update = () => {
          matches = matcher.find(textarea.value);
          highlight();
          const key = findingsKey(matches);
          const empty = textarea.value.trim() === '';
          if (empty !== shownEmpty) {
            shownEmpty = empty;
            if (key === shownKey) summary.textContent = summaryText();
          }
          if (key === shownKey) {
            for (const describe of describers) describe();
            return;
          }
          describers = [];
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
