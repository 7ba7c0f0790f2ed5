import { ASK_GENERATION, TELL_GENERATION, type GenerationMessage } from '../../dev/content-generation.ts';

// The page was rendered from one reading of the content folder; if a save made another since, and
// its reload message went by while this page was loading, reload now rather than show an old page.
const shown = document.querySelector<HTMLMetaElement>('meta[name="salesbook-content-generation"]')?.content;
const hot = import.meta.hot;
if (hot && shown !== undefined) {
  hot.on(TELL_GENERATION, ({ generation }: GenerationMessage) => {
    if (String(generation) !== shown) location.reload();
  });
  hot.on('vite:ws:connect', () => hot.send(ASK_GENERATION));
}
