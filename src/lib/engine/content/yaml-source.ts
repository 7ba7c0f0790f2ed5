import { isMap, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type Node as YamlNode } from 'yaml';
import type { ProblemArgs } from '../errors.ts';
import { problem, type LocatedProblem } from '../problems.ts';

/** Parsed YAML that still knows where each value came from. */
export interface YamlSource {
  data: unknown;
  /** File line (1-based) of the value at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Parses YAML text that starts at `firstLine` of its file.
 * Syntax errors come back as problems with their line; the data is then `undefined`.
 */
export function parseYamlSource(text: string, firstLine: number): { source?: YamlSource; problems: LocatedProblem[] } {
  const counter = new LineCounter();
  // logLevel 'error': the library would otherwise print Node warnings (a list used as a key) beside our report.
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const toFileLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => {
        const { offset, args } = describeYamlError(text, error);
        return problem('yaml-syntax', args, { line: toFileLine(offset), field: 'YAML' });
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    // Aliases are only followed when the data is built: one without an anchor, or so many that
    // expanding them would exhaust memory, throws there rather than showing up in `doc.errors`.
    const alias = faultyAlias(doc);
    return {
      problems: [
        problem(
          'yaml-syntax',
          { case: 'other', reason: firstSentence(error instanceof Error ? error.message : String(error)), yamlCode: 'BAD_ALIAS' },
          { line: alias?.range ? toFileLine(alias.range[0]) : firstLine, field: 'YAML' },
        ),
      ],
    };
  }
  return {
    source: {
      data,
      lineOf(path) {
        const node = nearestNode(doc, path);
        return node?.range ? toFileLine(node.range[0]) : firstLine;
      },
    },
    problems: [],
  };
}

/** The first alias without an anchor before it, else the first alias. */
function faultyAlias(doc: Document): Alias | undefined {
  let first: Alias | undefined;
  let unresolved: Alias | undefined;
  visit(doc, {
    Alias(_key, node) {
      first ??= node;
      if (node.resolve(doc)) return undefined;
      unresolved = node;
      return visit.BREAK;
    },
  });
  return unresolved ?? first;
}

// A field is shown at its key: for a list or a group of fields the value starts on a later line.
function nearestNode(doc: Document, path: readonly PropertyKey[]): YamlNode | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1) as unknown[], true);
    const key = path[depth - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((item) => String((item.key as { value?: unknown } | null)?.value) === String(key));
      if (pair && hasRange(pair.key)) return pair.key;
    } else if (isSeq(parent) && typeof key === 'number') {
      const item = parent.items[key];
      if (hasRange(item)) return item;
    }
  }
  return hasRange(doc.contents) ? doc.contents : undefined;
}

function hasRange(node: unknown): node is YamlNode {
  return typeof node === 'object' && node !== null && 'range' in node && Array.isArray((node as YamlNode).range);
}

/**
 * Says what went wrong in the author's terms, where it started: the parser notices an unclosed
 * bracket only lines later, and its wording for the usual mistakes (": " inside a value, a repeated
 * field) names YAML's internals.
 */
function describeYamlError(text: string, error: { code: string; message: string; pos: [number, number] }): { offset: number; args: ProblemArgs<'yaml-syntax'> } {
  const offset = error.pos[0];
  const flow = /^Flow (sequence|map)/.exec(error.message);
  if (flow) {
    const [open, close, what] = flow[1] === 'sequence' ? ['[', ']', 'list'] : ['{', '}', 'group'];
    return { offset: unclosedBracket(text, offset, open, close) ?? offset, args: { case: 'unclosed-bracket', open, close, what } };
  }
  const quote = /^Missing closing (["'])quote/.exec(error.message)?.[1];
  if (quote) {
    const start = text.lastIndexOf(quote, offset - 1);
    return { offset: start >= 0 ? start : offset, args: { case: 'unclosed-quote', quote } };
  }
  if (error.message.startsWith('Nested mappings are not allowed in compact mappings')) return { offset, args: { case: 'colon-in-value' } };
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^[^:\n]*/.exec(text.slice(offset))![0].trim().replace(/^["']|["']$/g, '');
    return { offset, args: { case: 'duplicate-key', key } };
  }
  return { offset, args: { case: 'other', reason: firstSentence(error.message), yamlCode: error.code } };
}

// Walks back from where the parser gave up to the bracket that was left open.
function unclosedBracket(text: string, before: number, open: string, close: string): number | undefined {
  let depth = 0;
  for (let at = Math.min(before, text.length) - 1; at >= 0; at--) {
    if (text[at] === close) depth++;
    else if (text[at] === open && depth-- === 0) return at;
  }
  return undefined;
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/\s+at line \d+, column \d+.*$/, '').replace(/[.:]\s*$/, '');
}

/** Splits an MDX file into its frontmatter YAML and its body, remembering the lines each starts on. */
export function splitFrontmatter(text: string):
  | { yaml: string; yamlLine: number; body: string; bodyLine: number }
  | { problem: LocatedProblem } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return { problem: problem('frontmatter-missing', {}, { line: 1, field: 'frontmatter' }) };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close < 0) {
    return { problem: problem('frontmatter-unclosed', {}, { line: 1, field: 'frontmatter' }) };
  }
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
