import type { Definition, Image, Link, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx-expression';
import { visit } from 'unist-util-visit';
import type { ProblemArgs, ProblemCode } from '../errors.ts';
import { elementAttributes, GLOBAL_ATTRIBUTES, IMAGE_SCHEMES, isAllowedAttribute, isAuthorElement, LINK_SCHEMES, URL_ATTRIBUTES, urlScheme } from '../markdown/html-allow-list.ts';
import { LINK_TYPES } from '../playbook-index.ts';
import { problem, type LocatedProblem } from '../problems.ts';
import { parseLinkTarget } from '../resolve-reference.ts';
import { closestName } from './closest-name.ts';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type HtmlRisk = Extract<ProblemArgs<'html-not-allowed'>, { case: 'element' }>['risk'];

// Entry bodies get no components of their own (the dialogue block becomes one by itself).
const COMPONENT = /^[A-Z]|\./;

const ELEMENT_RISKS: Readonly<Record<string, HtmlRisk>> = {
  script: 'script',
  iframe: 'frame', frame: 'frame', frameset: 'frame', object: 'frame', embed: 'frame', applet: 'frame', portal: 'frame', fencedframe: 'frame',
  form: 'form', input: 'form', button: 'form', textarea: 'form', select: 'form', option: 'form', datalist: 'form', fieldset: 'form',
  style: 'style', link: 'page', meta: 'page', base: 'page',
};

// Schemes that open code or local data rather than a place on the web.
const DANGEROUS_SCHEMES = new Set(['javascript', 'vbscript', 'data', 'file', 'blob', 'filesystem']);

/**
 * The trust boundary of an entry body: entries are data, so the check refuses every kind of
 * JavaScript (import/export, `{…}` in text, attribute values and spreads), HTML outside the
 * allow-list, and addresses outside http(s), mailto, tel, relative paths and `TYPE:ID` entry links.
 * Each problem carries the file line of the offending construct.
 */
export function bodyMarkupProblems(tree: Root, bodyLine: number): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const lineOf = (node: { position?: { start: { line: number } } | undefined }) => (node.position?.start.line ?? 1) + bodyLine - 1;
  const report = <C extends ProblemCode>(code: C, args: ProblemArgs<C>, node: { position?: { start: { line: number } } | undefined }, field: string) =>
    problems.push(problem(code, args, { line: lineOf(node), field }));

  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const keyword = /^\s*(import|export)\b/u.exec((node as MdxjsEsm).value)?.[1] ?? 'import';
        report('javascript-not-allowed', { case: 'esm', keyword }, node, 'body');
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const expression = node as MdxFlowExpression | MdxTextExpression;
        // A comment (`{/* note to editors */}`) holds no code and renders nothing.
        if (!isOnlyComments(expression.data?.estree)) report('mdx-syntax', { case: 'expression', code: oneLine(expression.value) }, node, 'body');
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node as JsxElement, report);
        break;
      case 'link':
      case 'definition': {
        const url = (node as Link | Definition).url;
        if (!parseLinkTarget(url)) checkAddress(url, LINK_SCHEMES, (args) => report('url-not-allowed', args, node, `link ${url}`));
        break;
      }
      case 'image': {
        const url = (node as Image).url;
        checkAddress(url, IMAGE_SCHEMES, (args) => report('url-not-allowed', args, node, `picture ${url}`), true);
        break;
      }
    }
  });
  return problems;
}

type Report = <C extends ProblemCode>(code: C, args: ProblemArgs<C>, node: JsxElement, field: string) => void;

function checkElement(element: JsxElement, report: Report): void {
  const tag = element.name ?? '';
  if (tag !== '' && COMPONENT.test(tag)) {
    report('mdx-syntax', { case: 'component', name: tag }, element, 'body');
    return;
  }
  if (!isAuthorElement(tag)) {
    report('html-not-allowed', { case: 'element', tag, risk: ELEMENT_RISKS[tag.toLowerCase()] ?? 'unlisted' }, element, 'body');
    return;
  }
  for (const attribute of element.attributes) checkAttribute(element, tag, attribute, report);
}

function checkAttribute(element: JsxElement, tag: string, attribute: MdxJsxAttribute | MdxJsxExpressionAttribute, report: Report): void {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    report('javascript-not-allowed', { case: 'spread', tag }, element, 'body');
    return;
  }
  const name = attribute.name;
  if (attribute.value !== null && typeof attribute.value === 'object') {
    report('javascript-not-allowed', { case: 'attribute', tag, attribute: name }, element, 'body');
    return;
  }
  if (!isAllowedAttribute(tag, name)) {
    const risk = /^on/iu.test(name) ? 'event' : name.toLowerCase() === 'style' ? 'style' : 'unlisted';
    report('html-not-allowed', { case: 'attribute', tag, attribute: name, risk, allowed: [...elementAttributes(tag), ...GLOBAL_ATTRIBUTES] }, element, 'body');
    return;
  }
  const schemes = Object.hasOwn(URL_ATTRIBUTES, name) ? URL_ATTRIBUTES[name] : undefined;
  if (schemes === undefined || typeof attribute.value !== 'string') return;
  const url = attribute.value;
  if (parseLinkTarget(url)) {
    report('url-not-allowed', { case: 'entry-link-outside-markdown', url }, element, 'body');
    return;
  }
  checkAddress(url, schemes, (args) => report('url-not-allowed', args, element, 'body'), name === 'src');
}

function checkAddress(url: string, schemes: readonly string[], fail: (args: ProblemArgs<'url-not-allowed'>) => void, picture = false): void {
  const scheme = urlScheme(url);
  if (scheme === undefined || schemes.includes(scheme)) return;
  if (picture) {
    fail({ case: 'picture', scheme });
    return;
  }
  const lower = scheme.toLowerCase();
  if (DANGEROUS_SCHEMES.has(lower.replace(/[^a-z]/gu, ''))) {
    fail({ case: 'scheme', scheme, dangerous: true });
    return;
  }
  // A misspelt link type (`objections:`, `modul:`) or scheme (`HTTPS:`, `mailt:`) is the usual cause.
  const known = [...LINK_TYPES, ...schemes];
  fail({ case: 'scheme', scheme, suggestion: known.includes(lower) ? lower : closestName(lower, known) });
}

// `{/* … */}` parses to a program with comments and no code.
function isOnlyComments(estree: unknown): boolean {
  const program = estree as { body?: unknown[] } | undefined;
  return Array.isArray(program?.body) && program.body.length === 0;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 37)}…` : flat;
}
