import type { Schema } from 'hast-util-sanitize';

/**
 * The HTML an entry body may contain, as lowercase tags written in MDX (`<kbd>Ctrl</kbd>`) or
 * produced from Markdown. Content is data: nothing here can run script, load a frame, submit a
 * form or restyle the page. The content check refuses anything else with a located message,
 * and the renderer sanitizes with the same list, so a slip in one still cannot reach a reader.
 */
export const ALLOWED_ELEMENTS = [
  // Text
  'p', 'br', 'hr', 'b', 'strong', 'i', 'em', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup',
  'kbd', 'abbr', 'q', 'cite', 'code', 'pre', 'span', 'bdi', 'bdo',
  // Structure
  'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'details', 'summary', 'div',
  // Tables
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
  // Links and pictures
  'a', 'img',
  // Markdown's own output only (headings of level 1 become the page's second level in CSS)
  'h1', 'input',
] as const;

/** Tags only Markdown produces (a task list's checkbox); an author writing them is refused. */
export const MARKDOWN_ONLY_ELEMENTS: readonly string[] = ['input'];

/** Attributes allowed on every allowed element (HTML names). */
export const GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir'] as const;

/** Attributes allowed on particular elements (HTML names). */
export const ELEMENT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  img: ['src', 'alt', 'width', 'height'],
  ol: ['start', 'reversed'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite'],
  ins: ['cite'],
  details: ['open'],
};

/** URL schemes a link may use; relative addresses and `TYPE:ID` entry links are allowed besides. */
export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/** URL schemes a picture may load from; relative addresses are allowed besides. */
export const IMAGE_SCHEMES = ['http', 'https'] as const;

/** URL schemes a quotation's source (`cite`) may use. */
export const CITE_SCHEMES = ['http', 'https'] as const;

/** Attributes holding an address, with the schemes each may use. */
export const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = { href: LINK_SCHEMES, src: IMAGE_SCHEMES, cite: CITE_SCHEMES };

/** Tags an author may write in a body. */
export function isAuthorElement(tag: string): boolean {
  return (ALLOWED_ELEMENTS as readonly string[]).includes(tag) && !MARKDOWN_ONLY_ELEMENTS.includes(tag);
}

/** Attributes an author may write on `tag`, besides the global ones. */
export function elementAttributes(tag: string): readonly string[] {
  return Object.hasOwn(ELEMENT_ATTRIBUTES, tag) ? ELEMENT_ATTRIBUTES[tag]! : [];
}

/** Whether an author may write `attribute` on `tag`. */
export function isAllowedAttribute(tag: string, attribute: string): boolean {
  return (GLOBAL_ATTRIBUTES as readonly string[]).includes(attribute) || elementAttributes(tag).includes(attribute);
}

/**
 * The scheme of an address, read exactly as the sanitizer reads it: the text before the first
 * colon, unless a `/`, `?` or `#` comes first (then the address is relative and has none).
 * Browsers ignore case and stray characters in schemes; the sanitizer does not, so neither does the check.
 */
export function urlScheme(url: string): string | undefined {
  const colon = url.indexOf(':');
  if (colon < 0) return undefined;
  const before = (mark: string) => {
    const at = url.indexOf(mark);
    return at > -1 && at < colon;
  };
  return before('/') || before('?') || before('#') ? undefined : url.slice(0, colon);
}

// hast names properties in camel case (`colSpan`); the allow-list speaks HTML.
const PROPERTY_NAMES: Readonly<Record<string, string>> = { colspan: 'colSpan', rowspan: 'rowSpan' };
const property = (name: string) => PROPERTY_NAMES[name] ?? name;

/** The allow-list as a hast-util-sanitize schema. */
export const sanitizeSchema: Schema = {
  tagNames: [...ALLOWED_ELEMENTS],
  attributes: {
    '*': [...GLOBAL_ATTRIBUTES],
    ...Object.fromEntries(Object.entries(ELEMENT_ATTRIBUTES).map(([tag, names]) => [tag, names.map(property)])),
    // Classes only for code languages and task lists; heading ids are added by the renderer afterwards.
    code: [['className', /^language-[\w-]+$/]],
    li: [['className', 'task-list-item']],
    ul: [['className', 'contains-task-list']],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
  },
  protocols: Object.fromEntries(Object.entries(URL_ATTRIBUTES).map(([name, schemes]) => [name, [...schemes]])),
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'textarea', 'select', 'svg', 'math'],
  required: { input: { type: 'checkbox', disabled: true } },
};
