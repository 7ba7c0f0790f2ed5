import { opensSearch } from '../../lib/search/query/keyboard.ts';
import { loadPagefind } from './load-pagefind.ts';
import { loadVocabulary } from './load-vocabulary.ts';
import { rememberedSearch } from './remembered-search.ts';

const TEXT_INPUTS = /^(?:text|search|email|url|tel|password|number|date|datetime-local|month|time|week)$/u;

function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.test(target.type);
}

// Whether the search's code and index have been asked for on this page.
let warmed = false;

function warmUp(): void {
  if (warmed) return;
  warmed = true;
  void loadPagefind().catch(() => undefined);
  void loadVocabulary();
  void import('./search-panel.ts').catch(() => undefined);
}

function warmUpWhenIdle(): void {
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(warmUp, { timeout: 3000 }) : setTimeout(warmUp, 1500));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

/**
 * `<search-launcher>`: the header's search form, which works without JavaScript (it submits to
 * the search page). With JavaScript it becomes a button, and `/` or Ctrl/Cmd+K anywhere opens
 * the search dialog. The dialog is in the page already, so keys typed right after opening land
 * in its box. The code that searches, Pagefind's runtime, its index metadata and the vocabulary
 * load once the page has loaded and gone idle, or at the first sign that the reader means to
 * search (pointer on the box, focus, `/`, Ctrl or Cmd), whichever comes first: the first query
 * then has only the index chunks of its words to wait for.
 */
export function defineSearchLauncher(): void {
  if (customElements.get('search-launcher')) return;
  customElements.define(
    'search-launcher',
    class extends HTMLElement {
      connectedCallback() {
        const form = this.querySelector<HTMLFormElement>('[data-launcher-form]');
        const button = this.querySelector<HTMLButtonElement>('[data-launcher-button]');
        const dialog = this.querySelector('dialog');
        const panel = dialog?.querySelector<HTMLElement>('[data-search-panel]');
        const input = panel?.querySelector<HTMLInputElement>('input[type="search"]');
        if (!form || !button || !dialog || !panel || !input) return;
        form.hidden = true;
        button.hidden = false;
        warmUpWhenIdle();
        this.addEventListener('pointerenter', warmUp, { once: true });
        this.addEventListener('focusin', warmUp, { once: true });

        const open = () => {
          // On the search page the page's own box is the search.
          const pageInput = document.querySelector<HTMLInputElement>('[data-search-panel][data-mode="page"] input[type="search"]');
          if (pageInput) {
            pageInput.focus();
            pageInput.select();
            return;
          }
          // Usually loaded by now; if not, they start first, beside each other, while the dialog opens.
          warmUp();
          const searchCode = import('./search-panel.ts');
          if (!dialog.open) {
            dialog.showModal();
            if (input.value === '') input.value = rememberedSearch()?.q ?? '';
          }
          input.focus();
          input.select();
          void searchCode.then(({ mountSearchPanel }) => mountSearchPanel(panel));
        };

        button.addEventListener('click', open);
        document.addEventListener('keydown', (event) => {
          if (event.key === '/' || event.key === 'Control' || event.key === 'Meta') warmUp();
          if (!opensSearch(event, typingInField(event.target)) || event.defaultPrevented) return;
          event.preventDefault();
          open();
        });
        dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
        // A click on the backdrop lands on the dialog element itself.
        dialog.addEventListener('click', (event) => {
          if (event.target === dialog) dialog.close();
        });
      }
    },
  );
}
