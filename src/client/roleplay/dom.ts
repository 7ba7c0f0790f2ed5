/** Creates an element with attributes and children; `class` and `text` are shorthands. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/**
 * Copies a piece of the static transcript for use elsewhere on the page, prefixing every id (and
 * the aria-describedby that point at them) so the copy never clashes with the original.
 */
export function copyOf(source: Element, prefix: string): HTMLElement {
  const copy = source.cloneNode(true) as HTMLElement;
  copy.removeAttribute('id');
  for (const element of copy.querySelectorAll('[id]')) element.id = prefix + element.id;
  for (const element of copy.querySelectorAll('[aria-describedby]')) {
    element.setAttribute('aria-describedby', prefix + element.getAttribute('aria-describedby'));
  }
  return copy;
}

/** Replaces the children of `list` after the longest run that already matches `keys`, so shown lines never move. */
export function syncChildren(list: HTMLElement, items: { key: string; build: () => HTMLElement }[]): void {
  const current = [...list.children] as HTMLElement[];
  let same = 0;
  while (same < current.length && same < items.length && current[same]!.dataset.key === items[same]!.key) same += 1;
  for (const stale of current.slice(same)) stale.remove();
  for (const item of items.slice(same)) {
    const element = item.build();
    element.dataset.key = item.key;
    list.append(element);
  }
}
