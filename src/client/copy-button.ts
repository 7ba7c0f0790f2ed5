/** Puts text on the clipboard, falling back to a hidden textarea where the Clipboard API is unavailable (plain http). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

const SHOW_COPIED_MS = 1800;

/**
 * `<copy-button data-text="…">` around a button: copies the text and shows "Copied" for a moment.
 * The CSS keeps the button invisible until the element is defined and hides it without scripting,
 * so it never appears without working and never shifts the layout when it starts to.
 */
export function defineCopyButton(): void {
  if (customElements.get('copy-button')) return;
  customElements.define(
    'copy-button',
    class extends HTMLElement {
      #timer: ReturnType<typeof setTimeout> | undefined;

      connectedCallback() {
        this.querySelector('button')?.addEventListener('click', () => void this.copy());
      }

      async copy() {
        const status = this.querySelector<HTMLElement>('[role="status"]');
        if (!(await copyText(this.dataset.text ?? ''))) return;
        this.toggleAttribute('data-done', true);
        if (status) status.textContent = status.dataset.copied ?? '';
        clearTimeout(this.#timer);
        this.#timer = setTimeout(() => {
          this.removeAttribute('data-done');
          if (status) status.textContent = '';
        }, SHOW_COPIED_MS);
      }
    },
  );
}
