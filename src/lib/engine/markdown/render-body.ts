import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import GithubSlugger from 'github-slugger';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { find, html as htmlSchema } from 'property-information';
import remarkSmartypants from 'remark-smartypants';
import { visit } from 'unist-util-visit';
import type { LinkType } from '../playbook-index.ts';
import { parseLinkTarget } from '../resolve-reference.ts';
import { sanitizeSchema } from './html-allow-list.ts';

/** A piece of an entry body: rendered HTML, or the place where the scenario's dialogue goes. */
export type BodySegment = { kind: 'html'; html: string } | { kind: 'dialogue' };

/** Finds the address of a `TYPE:ID` link in the entry's language; undefined when it cannot be followed. */
export type LinkResolver = (type: LinkType, id: string) => string | undefined;

// The plugin is a plain transformer factory; no processor is needed to use it on a tree.
const smartypants = (remarkSmartypants as unknown as () => (tree: Root) => void)();

const isDialogue = (node: RootContent) => node.type === 'code' && node.lang === 'dialogue';

// Lowercase tags only: a capitalised name is a component, which entries do not have.
const HTML_TAG = /^[a-z][a-z0-9]*$/;

function jsxElement(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element | ElementContent[] | undefined {
  if (!node.name || !HTML_TAG.test(node.name)) return undefined;
  const properties: Element['properties'] = {};
  for (const attribute of node.attributes) {
    // Spreads and `{…}` values are JavaScript: they never reach the page.
    if (attribute.type !== 'mdxJsxAttribute') continue;
    if (attribute.value !== null && typeof attribute.value !== 'string') continue;
    properties[find(htmlSchema, attribute.name).property] = attribute.value ?? true;
  }
  return { type: 'element', tagName: node.name, properties, children: state.all(node) };
}

const drop: Handler = () => undefined;

const handlers: Record<string, Handler> = {
  mdxJsxFlowElement: jsxElement as Handler,
  mdxJsxTextElement: jsxElement as Handler,
  mdxFlowExpression: drop,
  mdxTextExpression: drop,
  mdxjsEsm: drop,
};

function textOf(node: HastContent | HastRoot): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as HastContent[]).map(textOf).join('');
  return '';
}

/** How a body is laid out: on its own page, or as one entry among many in the printed book. */
export type BodyLayout = 'page' | 'print';

function renderHtml(children: RootContent[], definitions: RootContent[], slugger: GithubSlugger, layout: BodyLayout): string {
  // Every piece sees every definition, so `[text][ref]` works whichever side of the dialogue `[ref]:` is on.
  const hast = toHast({ type: 'root', children: [...children, ...definitions] }, { handlers }) as HastRoot;
  const clean = sanitize(hast, sanitizeSchema) as HastRoot;
  // After sanitizing, so that ids and classes are only ever ours.
  visit(clean, 'element', (element: Element) => {
    const level = /^h([1-6])$/.exec(element.tagName)?.[1];
    if (!level) return;
    if (layout === 'page') {
      element.properties = { id: slugger.slug(textOf(element)) };
    } else {
      // In the printed book the entry itself is a third-level heading, and many entries share the
      // page, so headings move two levels down and carry no ids that could clash.
      element.tagName = `h${Math.min(6, Number(level) + 2)}`;
      element.properties = { className: ['print-subheading'] };
    }
  });
  return toHtml(clean);
}

/**
 * Renders an entry body to HTML without compiling it as code: the body is data, so MDX syntax
 * only ever yields Markdown and allow-listed HTML, and JavaScript in it is dropped. `TYPE:ID`
 * links become addresses in the entry's language. A scenario's ```dialogue block splits the body,
 * so the page can put the role-play viewer where the author wrote it.
 */
export function renderBody(tree: Root, resolveLink: LinkResolver, layout: BodyLayout = 'page'): BodySegment[] {
  // The checks keep reading the parsed tree, so rendering works on a copy.
  const copy = structuredClone(tree);
  visit(copy, (node) => {
    // Reference-style links (`[text][ref]` with `[ref]: objection:x`) take their address from the definition.
    if (node.type !== 'link' && node.type !== 'definition') return;
    const target = parseLinkTarget(node.url);
    if (target) node.url = resolveLink(target.type, target.id) ?? '';
  });
  smartypants(copy);
  const slugger = new GithubSlugger();
  const segments: BodySegment[] = [];
  const definitions = copy.children.filter((node) => node.type === 'definition');
  let run: RootContent[] = [];
  const flush = () => {
    if (run.length > 0) segments.push({ kind: 'html', html: renderHtml(run, definitions, slugger, layout) });
    run = [];
  };
  for (const node of copy.children) {
    if (isDialogue(node)) {
      flush();
      segments.push({ kind: 'dialogue' });
    } else run.push(node);
  }
  flush();
  return segments;
}
