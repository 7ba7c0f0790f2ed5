import type { SearchDocument } from './documents.ts';
import { partId, type PartKind } from '../parts.ts';

// Pagefind ranks words by the weight of the element they sit in (an h1 counts 7, text 1).
// Aliases and stop-phrase patterns are other ways of saying the title, so they rank close to it;
// the free explanation around a script matters less than its phrases.
const WEIGHTS: Partial<Record<PartKind, number>> = { alias: 5, pattern: 5, keywords: 2, body: 0.5 };

const escape = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/**
 * Writes a search record as the small HTML page Pagefind indexes: every part an element with its
 * part id (Pagefind reports where each starts), filters and metadata as attributes.
 */
export function documentHtml(doc: SearchDocument): string {
  const counts = new Map<PartKind, number>();
  const parts = doc.parts.map((p) => {
    const index = counts.get(p.kind) ?? 0;
    counts.set(p.kind, index + 1);
    const weight = WEIGHTS[p.kind];
    const weightAttr = weight === undefined ? '' : ` data-pagefind-weight="${weight}"`;
    const tag = p.kind === 'title' || p.kind === 'intent' ? 'h1' : 'p';
    return `<${tag} id="${partId(p.kind, index)}"${weightAttr}>${escape(p.text)}</${tag}>`;
  });
  const filters = Object.entries(doc.filters).flatMap(([group, values]) =>
    (values ?? []).map((value) => `<meta data-pagefind-filter="${group}[content]" content="${escape(value)}">`),
  );
  const meta = [
    `<meta data-pagefind-meta="title[content]" content="${escape(doc.title)}">`,
    ...(doc.context ? [`<meta data-pagefind-meta="context[content]" content="${escape(doc.context)}">`] : []),
    ...Object.entries(doc.meta ?? {}).map(([key, value]) => `<meta data-pagefind-meta="${escape(key)}[content]" content="${escape(value)}">`),
  ];
  return `<!doctype html><html lang="${escape(doc.lang)}"><head><title>${escape(doc.title)}</title></head><body>${[...meta, ...filters].join('')}<main data-pagefind-body>${parts.join('')}</main></body></html>`;
}
