/**
 * When an objection page is opened at its responses — as search results open it — the first
 * Copy button takes the focus, so Enter copies the first approved answer and Tab moves to the
 * next. The page still scrolls to the responses' heading as the address says.
 */
export function focusFirstResponseOnArrival(): void {
  const focus = () => {
    if (location.hash !== '#responses') return;
    document.querySelector<HTMLButtonElement>('.responses copy-button button')?.focus({ preventScroll: true });
  };
  // The browser scrolls to the address's #fragment as the page finishes loading, and that takes
  // the focus away; a copy button is not focusable until its element is defined.
  const afterLoad = new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else addEventListener('load', () => setTimeout(resolve, 0), { once: true });
  });
  void Promise.all([afterLoad, customElements.whenDefined('copy-button')]).then(focus);
  addEventListener('hashchange', focus);
}
