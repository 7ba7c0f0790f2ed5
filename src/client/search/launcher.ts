import { opensSearch } from '../../lib/search/query/keyboard.ts';
import { loadPagefind } from './load-pagefind.ts';
import { rememberedSearch } from './remembered-search.ts';

const TEXT_INPUTS = /^(?:text|search|email|url|tel|password|number|date|datetime-local|month|time|week)$/u;

function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.test(target.type);
}

/**
 * `<search-launcher>`: the header's search form, which works without JavaScript (it submits to
 * the search page). With JavaScript it becomes a button, and `/` or Ctrl/Cmd+K anywhere opens
 * the search dialog. The dialog is in the page already, so keys typed right after opening land
 * in its box; the code that searches is fetched only when the dialog first opens.
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

        const open = () => {
          // On the search page the page's own box is the search.
          const pageInput = document.querySelector<HTMLInputElement>('[data-search-panel][data-mode="page"] input[type="search"]');
          if (pageInput) {
            pageInput.focus();
            pageInput.select();
            return;
          }
          // Pagefind, its index and the search code start loading first, beside each other and
          // while the dialog opens: by the time the reader has typed a word, they are usually here.
          void loadPagefind().catch(() => undefined);
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
