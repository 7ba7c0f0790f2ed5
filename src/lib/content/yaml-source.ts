import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { LocatedProblem } from '../problems.ts';

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
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        code: 'yaml-syntax',
        severity: 'error' as const,
        line: toFileLine(error.pos[0]),
        field: 'YAML',
        message: `The YAML cannot be read: ${firstSentence(error.message)}.`,
        expected: yamlHint(error.code),
      })),
    };
  }
  return {
    source: {
      data: doc.toJS({ maxAliasCount: 100 }) ?? {},
      lineOf(path) {
        const node = nearestNode(doc, path);
        return node?.range ? toFileLine(node.range[0]) : firstLine;
      },
    },
    problems: [],
  };
}

function nearestNode(doc: Document, path: readonly PropertyKey[]): YamlNode | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const keys = path.slice(0, depth);
    const node = keys.length === 0 ? doc.contents : doc.getIn(keys as unknown[], true);
    if (node && typeof node === 'object' && 'range' in node) {
      // A missing field is best shown at its parent's key line, not at the parent's first child.
      if (depth < path.length && (isMap(node) || isSeq(node))) return keyNode(node, path[depth]) ?? (node as YamlNode);
      return node as YamlNode;
    }
  }
  return undefined;
}

function keyNode(parent: YamlNode, key: PropertyKey | undefined): YamlNode | undefined {
  if (!isMap(parent) || key === undefined) return undefined;
  const pair = parent.items.find((item) => String((item.key as { value?: unknown })?.value) === String(key));
  return pair?.key as YamlNode | undefined;
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/\s+at line \d+, column \d+.*$/, '').replace(/[.:]\s*$/, '');
}

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'Each field may appear once; remove or rename the repeated key.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'Indent nested fields with spaces, consistently (two spaces per level), and put a space after every colon.';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'Put a colon and a space after each field name; quote a value that contains ": " or starts with a special character.';
    default:
      return 'Valid YAML: "field: value" pairs, lists with "- ", and quotes around values that contain ": ", "#", or start with [, {, *, & or !.';
  }
}

/** Splits an MDX file into its frontmatter YAML and its body, remembering the lines each starts on. */
export function splitFrontmatter(text: string):
  | { yaml: string; yamlLine: number; body: string; bodyLine: number }
  | { problem: LocatedProblem } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return {
      problem: {
        code: 'frontmatter-missing',
        severity: 'error',
        line: 1,
        field: 'frontmatter',
        message: 'The file does not start with a frontmatter block.',
        expected: 'Start the file with a line "---", the YAML fields (title, summary, owner, reviewed, …), then another "---".',
      },
    };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close < 0) {
    return {
      problem: {
        code: 'frontmatter-unclosed',
        severity: 'error',
        line: 1,
        field: 'frontmatter',
        message: 'The frontmatter block is never closed.',
        expected: 'Close the frontmatter with a line containing only "---".',
      },
    };
  }
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
