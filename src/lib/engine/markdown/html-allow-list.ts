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
  protocols: { href: [...LINK_SCHEMES], src: [...IMAGE_SCHEMES], cite: ['http', 'https'] },
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'textarea', 'select', 'svg', 'math'],
  required: { input: { type: 'checkbox', disabled: true } },
};
