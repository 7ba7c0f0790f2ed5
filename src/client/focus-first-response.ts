/**
 * When an objection page is opened at its responses — as search results open it — the first
 * Copy button takes the focus, so Enter copies the first approved answer and Tab moves to the
 * next. The page still scrolls to the responses' heading as the address says.
 */
export function focusFirstResponseOnArrival(): void {
  let touched = false;
  for (const type of ['keydown', 'pointerdown']) addEventListener(type, () => (touched = true), { once: true, capture: true });
  const focus = () => {
    if (location.hash !== '#responses') return;
    const button = document.querySelector<HTMLButtonElement>('.responses copy-button button');
    if (!button) return;
    button.focus({ preventScroll: true });
    // The browser's own scroll to the #fragment, late on a busy machine, can take the focus
    // away again; it is given back once, unless the reader has done something meanwhile.
    button.addEventListener(
      'blur',
      (event) => {
        if (!touched && event.relatedTarget === null) setTimeout(() => document.activeElement === document.body && button.focus({ preventScroll: true }), 0);
      },
      { once: true },
    );
  };
  // The scroll to the fragment happens as the page finishes loading; a copy button is not
  // focusable until its element is defined.
  const afterLoad = new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else addEventListener('load', () => setTimeout(resolve, 0), { once: true });
  });
  void Promise.all([afterLoad, customElements.whenDefined('copy-button')]).then(focus);
  addEventListener('hashchange', focus);
}
