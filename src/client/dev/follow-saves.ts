import { ASK_GENERATION, TELL_GENERATION, type GenerationMessage } from '../../dev/content-generation.ts';

// The page was rendered from one reading of the content folder; if a save made another since, and
// its reload message went by while this page was loading, reload now rather than show an old page.
const shown = document.querySelector<HTMLMetaElement>('meta[name="salesbook-content-generation"]')?.content;
const hot = import.meta.hot;
if (hot && shown !== undefined) {
  hot.on(TELL_GENERATION, ({ generation }: GenerationMessage) => {
    if (String(generation) !== shown) location.reload();
  });
  // Asked now (Vite holds the message until its connection is open, which may already be the case)
  // and again on every later connection.
  hot.send(ASK_GENERATION);
  hot.on('vite:ws:connect', () => hot.send(ASK_GENERATION));
}
