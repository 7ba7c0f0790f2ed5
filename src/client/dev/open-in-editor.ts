/**
 * Dev only: a click on a problem's place asks the dev server to open the file at the line in the
 * author's editor (the server finds it from $EDITOR or the running editor), instead of following
 * the editor-specific link.
 */
export function openInEditorOnClick(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-open-in-editor]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    void fetch(`/__open-in-editor?file=${encodeURIComponent(link.dataset.openInEditor ?? '')}`);
  });
}
