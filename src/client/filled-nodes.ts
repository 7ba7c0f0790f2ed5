import { fillParts } from '../lib/i18n/fill.ts';

/** An interface text with its values put in, each value in its own `<bdi>` so its direction cannot upset the sentence. */
export function filledNodes(template: string, values: Readonly<Record<string, string | number>>): (Node | string)[] {
  return fillParts(template, values).map((part) => {
    if ('text' in part) return part.text;
    const bdi = document.createElement('bdi');
    bdi.textContent = part.value;
    return bdi;
  });
}
