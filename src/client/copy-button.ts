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

/** `<copy-button data-text="…">`: the button stays hidden without JavaScript, since it could not work. */
export function defineCopyButton(): void {
  if (customElements.get('copy-button')) return;
  customElements.define(
    'copy-button',
    class extends HTMLElement {
      connectedCallback() {
        const button = this.querySelector('button');
        const status = this.querySelector('[role="status"]');
        if (!button) return;
        const label = button.textContent ?? '';
        button.hidden = false;
        button.addEventListener('click', async () => {
          const ok = await copyText(this.dataset.text ?? '');
          if (!ok) return;
          button.textContent = `✓ ${this.dataset.copied ?? ''}`;
          if (status) status.textContent = this.dataset.copied ?? '';
          setTimeout(() => {
            button.textContent = label;
            if (status) status.textContent = '';
          }, 1600);
        });
      }
    },
  );
}
