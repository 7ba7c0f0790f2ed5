import { defineCopyButton } from '../copy-button.ts';

/**
 * A `<copy-button>` for `text`, described by the element that shows the text. It is cloned from
 * the CopyButton component that SearchLauncher renders into a template on every page, so a copy
 * button built in the browser is the very same as the ones on the pages.
 */
export function createCopyButton(text: string, describedBy: string): HTMLElement {
  defineCopyButton();
  const template = document.querySelector<HTMLTemplateElement>('template[data-copy-button-template]');
  const wrapper = template?.content.querySelector('copy-button')?.cloneNode(true) as HTMLElement | undefined;
  if (!wrapper) throw new Error('The page has no copy-button template (SearchLauncher renders it).');
  wrapper.dataset.text = text;
  wrapper.querySelector('button')?.setAttribute('aria-describedby', describedBy);
  return wrapper;
}
