/**
 * When an objection page is opened at its responses — as search results open it — the first
 * Copy button takes the focus, so Enter copies the first approved answer and Tab moves to the
 * next. The page still scrolls to the responses' heading as the address says.
 */
export function focusFirstResponseOnArrival(): void {
  const focus = () => {
    if (location.hash !== '#responses') return;
    const button = document.querySelector<HTMLButtonElement>('.responses copy-button button');
    button?.focus({ preventScroll: true });
  };
  // A copy button is hidden, so not focusable, until its element is defined.
  void customElements.whenDefined('copy-button').then(focus);
  addEventListener('hashchange', focus);
}
