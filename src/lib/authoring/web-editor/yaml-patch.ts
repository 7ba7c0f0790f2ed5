import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { EditorField } from './editor-fields.ts';

/** What the editor knows about a place in the data: its fields (for objects) or its item (for lists). */
export interface Shape {
  fields?: readonly EditorField[];
  item?: Shape;
  default?: unknown;
}

/** The shape of an editor field's value. */
export function shapeOf(field: EditorField): Shape {
  if (field.fields && field.widget === 'list') return { item: { fields: field.fields }, default: field.default };
  if (field.fields) return { fields: field.fields, default: field.default };
  if (field.field) return { item: shapeOf(field.field), default: field.default };
  return { default: field.default };
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);

/** Structural equality of plain data. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * Changes `text`, a YAML document, so that it holds `next`, touching only what differs: unchanged
 * values keep their bytes (quotes, comments, blank lines, key order), a changed value is rewritten in
 * its own style at its own place, an added list item or field goes after its siblings, a removed one
 * takes its lines with it. Fields the editor does not know are never removed; a field the editor
 * fills with an empty or default value where the file has none is not added.
 */
export function patchYaml(text: string, next: unknown, shape: Shape): string {
  const doc = parseDocument(text, { keepSourceTokens: false, uniqueKeys: false });
  if (doc.errors.length > 0) throw new Error(`The file's YAML cannot be read: ${doc.errors[0]!.message}`);
  const edits: Edit[] = [];
  const context = { text, edits, style: detectStyle(doc, text) };
  if (!doc.contents) {
    if (isEmpty(next)) return text;
    return `${text}${renderBlock(next, 0, context.style)}\n`;
  }
  diffNode(doc.contents as Node, doc.toJS(), next, shape, context);
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

interface Style {
  /** Whether block list items are indented under their key (`key:\n  - a`) or not (`key:\n- a`). */
  indentSeq: boolean;
  /** How most strings of the file are quoted, so added ones look like their neighbours. */
  stringType: Scalar.Type;
}

interface Context {
  text: string;
  edits: Edit[];
  style: Style;
}

/** The quoting most strings inside `node` use, so an added one looks like its siblings. */
function quotingWithin(node: Node, fallback: Scalar.Type): Scalar.Type {
  const counts = new Map<Scalar.Type, number>();
  const visitNode = (value: unknown) => {
    if (isScalar(value) && typeof value.value === 'string' && value.type) counts.set(value.type, (counts.get(value.type) ?? 0) + 1);
    if (isMap(value)) for (const pair of value.items) visitNode(pair.value);
    if (isSeq(value)) for (const item of value.items) visitNode(item);
  };
  visitNode(node);
  const double = counts.get('QUOTE_DOUBLE') ?? 0;
  const plain = counts.get('PLAIN') ?? 0;
  if (double === 0 && plain === 0) return fallback;
  return double > plain ? 'QUOTE_DOUBLE' : 'PLAIN';
}

function detectStyle(doc: Document, text: string): Style {
  const counts = new Map<string, number>();
  let indentSeq = true;
  let seqSeen = false;
  const visitNode = (node: unknown, parentColumn: number) => {
    if (isScalar(node) && typeof node.value === 'string' && node.type) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
    if (isMap(node)) for (const pair of node.items) visitNode(pair.value, columnOf(text, (pair.key as Node).range![0]));
    if (isSeq(node)) {
      if (!node.flow && !seqSeen && node.range) {
        seqSeen = true;
        indentSeq = columnOf(text, node.range[0]) > parentColumn;
      }
      for (const item of node.items) visitNode(item, columnOf(text, (item as Node).range![0]));
    }
  };
  visitNode(doc.contents, -1);
  const quoted = (counts.get('QUOTE_DOUBLE') ?? 0) > (counts.get('PLAIN') ?? 0);
  return { indentSeq, stringType: quoted ? 'QUOTE_DOUBLE' : 'PLAIN' };
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just after the line break ending the line that holds `offset - 1` (or the end of the text). */
function afterLineOf(text: string, offset: number): number {
  const at = text.indexOf('\n', Math.max(0, offset - 1));
  return at < 0 ? text.length : at + 1;
}

function fieldNamed(shape: Shape, key: string): EditorField | undefined {
  return shape.fields?.find((field) => field.name === key);
}

function childShape(shape: Shape, key: string | number): Shape {
  if (typeof key === 'number') return shape.item ?? {};
  const field = fieldNamed(shape, key);
  return field ? shapeOf(field) : {};
}

/** A value the editor put where the file has nothing, and which means nothing was written. */
function addsNothing(value: unknown, shape: Shape): boolean {
  return isEmpty(value) || (shape.default !== undefined && sameData(value, shape.default)) || value === false;
}

function diffNode(node: Node, before: unknown, after: unknown, shape: Shape, context: Context): void {
  if (sameData(before, after)) return;
  if (isMap(node) && !node.flow && isPlainObject(after)) return diffMap(node, after, shape, context);
  if (isSeq(node) && !node.flow && Array.isArray(after)) return diffSeq(node, before as unknown[], after, shape, context);
  replaceNode(node, after, context);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function diffMap(map: YAMLMap, after: Record<string, unknown>, shape: Shape, context: Context): void {
  const pairs = map.items as Pair<Node, Node | null>[];
  const keyOf = (pair: Pair<Node, Node | null>) => String((pair.key as Scalar).value);
  for (const pair of pairs) {
    const key = keyOf(pair);
    const known = fieldNamed(shape, key);
    const before = pair.value ? (pair.value as Node).toJSON() : null;
    const value = after[key];
    if (value === undefined) {
      // Only a field the editor shows can have been removed by the author.
      if (known && !isEmpty(before) && !sameData(before, childShape(shape, key).default)) removePair(map, pair, context);
      continue;
    }
    if (sameData(before, value) || (isEmpty(before) && addsNothing(value, childShape(shape, key)))) continue;
    // An optional field the author emptied goes, line and all: its default applies again.
    if (isEmpty(value) && known && !known.required) removePair(map, pair, context);
    else if (pair.value) diffNode(pair.value, before, value, childShape(shape, key), context);
    else setEmptyPair(pair, value, context);
  }
  const present = new Set(pairs.map(keyOf));
  const added = Object.entries(after).filter(([key, value]) => !present.has(key) && !addsNothing(value, childShape(shape, key)) && fieldNamed(shape, key));
  if (added.length > 0) addPairs(map, added, context);
}

function diffSeq(seq: YAMLSeq, before: unknown[], after: unknown[], shape: Shape, context: Context): void {
  const items = seq.items as Node[];
  const itemShape = shape.item ?? {};
  // Between two unchanged items, removed and added items pair up as items edited in place; the rest are
  // removed, or added after the last item before them.
  let run = { deletes: [] as number[], inserts: [] as unknown[], anchor: -1 };
  const inserts: { anchor: number; values: unknown[] }[] = [];
  const flush = () => {
    const paired = Math.min(run.deletes.length, run.inserts.length);
    for (let k = 0; k < paired; k++) diffNode(items[run.deletes[k]!]!, before[run.deletes[k]!], run.inserts[k], itemShape, context);
    for (const index of run.deletes.slice(paired)) removeItem(seq, index, context);
    if (run.inserts.length > paired) inserts.push({ anchor: paired > 0 ? run.deletes[paired - 1]! : run.anchor, values: run.inserts.slice(paired) });
  };
  let index = 0;
  for (const op of alignLists(before, after)) {
    if (op.kind === 'keep') {
      flush();
      run = { deletes: [], inserts: [], anchor: index };
      index++;
    } else if (op.kind === 'delete') run.deletes.push(index++);
    else run.inserts.push(op.value);
  }
  flush();
  for (const insert of inserts) insertItems(seq, insert.anchor, insert.values, context);
}

type ListOp = { kind: 'keep' } | { kind: 'delete' } | { kind: 'insert'; value: unknown };

/** Shortest edit script between two lists by equal items (lists in content files are short). */
export function alignLists(before: readonly unknown[], after: readonly unknown[]): ListOp[] {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = sameData(before[i], after[j]) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const ops: ListOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && sameData(before[i], after[j])) {
      ops.push({ kind: 'keep' });
      i++;
      j++;
    } else if (i < n && (j >= m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      ops.push({ kind: 'delete' });
      i++;
    } else ops.push({ kind: 'insert', value: after[j++] });
  }
  return ops;
}

function replaceNode(node: Node, value: unknown, context: Context): void {
  const [start, valueEnd] = node.range!;
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    // An empty value (`key:`) has no text of its own: the new one needs the space after the colon.
    const space = start === valueEnd && context.text[start - 1] === ':' ? ' ' : '';
    // A block text's span ends with its line breaks, which the lines after it need.
    const breaks = /\n[\s]*$/.exec(context.text.slice(start, valueEnd))?.[0] ?? '';
    const rendered = renderScalar(value, node.type, blockIndent(context.text, node));
    context.edits.push({ start, end: valueEnd, text: space + rendered + (rendered.includes('\n') || breaks ? breaks : '') });
    return;
  }
  if ((isSeq(node) || isMap(node)) && node.flow) {
    // `[ a, b ]` or `[a, b]`: the file's own spacing inside the brackets is kept.
    const padded = /^[[{] /.test(context.text.slice(start, start + 2));
    context.edits.push({ start, end: valueEnd, text: renderFlow(value, context.style, padded) });
    return;
  }
  // A block collection replaced whole, or a scalar turned into a collection: written in block style below its key.
  const indent = isScalar(node) ? indentOfLine(context.text, start) + 2 : columnOf(context.text, start);
  const block = renderBlock(value, indent, context.style);
  if (isScalar(node)) {
    // The space after the colon would be left at the end of the line.
    let from = start;
    while (context.text[from - 1] === ' ') from--;
    context.edits.push({ start: from, end: valueEnd, text: `\n${block}` });
  }
  else context.edits.push({ start: lineStart(context.text, start), end: trimEndOffset(context.text, valueEnd), text: block });
}

/** How far the lines of a block text are indented: as they were, or one step under their key. */
function blockIndent(text: string, node: Scalar): number {
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    const firstContent = text.indexOf('\n', node.range![0]) + 1;
    let i = firstContent;
    while (text[i] === ' ') i++;
    if (firstContent > 0 && i < node.range![1]) return i - firstContent;
  }
  return indentOfLine(text, node.range![0]) + 2;
}

function indentOfLine(text: string, offset: number): number {
  const start = lineStart(text, offset);
  let i = start;
  while (text[i] === ' ') i++;
  // A list item's own text starts after its dash.
  if (text[i] === '-' && text[i + 1] === ' ') return i - start + 2;
  return i - start;
}

function trimEndOffset(text: string, offset: number): number {
  let end = offset;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** A key written without any value node (`? key`): its value goes on the next line, after `:`. */
function setEmptyPair(pair: Pair<Node, Node | null>, value: unknown, context: Context): void {
  const key = pair.key as Node;
  const pad = ' '.repeat(indentOfLine(context.text, key.range![0]));
  const rendered = typeof value === 'object' && value !== null ? `\n${renderBlock(value, pad.length + 2, context.style)}` : ` ${renderScalar(value, context.style.stringType, pad.length)}`;
  context.edits.push({ start: key.range![1], end: key.range![1], text: `\n${pad}:${rendered}` });
}

function removePair(map: YAMLMap, pair: Pair<Node, Node | null>, context: Context): void {
  const items = map.items as Pair<Node, Node | null>[];
  const index = items.indexOf(pair);
  const start = lineStart(context.text, (pair.key as Node).range![0]);
  const next = items[index + 1];
  const end = next ? lineStart(context.text, (next.key as Node).range![0]) : afterLineOf(context.text, trimEndOffset(context.text, endOf(pair)));
  context.edits.push({ start, end, text: '' });
}

function endOf(pair: Pair<Node, Node | null>): number {
  return (pair.value ?? (pair.key as Node)).range![1];
}

function addPairs(map: YAMLMap, added: [string, unknown][], context: Context): void {
  const items = map.items as Pair<Node, Node | null>[];
  // A block map has at least one field; an empty one is written `{}` and rewritten whole.
  const last = items[items.length - 1]!;
  const indent = columnOf(context.text, (last.key as Node).range![0]);
  const at = afterLineOf(context.text, trimEndOffset(context.text, endOf(last)));
  const style = { ...context.style, stringType: quotingWithin(map, context.style.stringType) };
  const text = added.map(([key, value]) => renderPair(key, value, indent, style)).join('');
  context.edits.push({ start: at, end: at, text: at > 0 && context.text[at - 1] !== '\n' ? `\n${text}` : text });
}

function renderPair(key: string, value: unknown, indent: number, style: Style): string {
  const pad = ' '.repeat(indent);
  if (typeof value === 'object' && value !== null && !isEmpty(value)) {
    const childIndent = Array.isArray(value) && !style.indentSeq ? indent : indent + 2;
    return `${pad}${key}:\n${renderBlock(value, childIndent, style)}\n`;
  }
  return `${pad}${key}: ${renderScalar(value, style.stringType, indent)}\n`;
}

/** Where the dash of list item `index` sits, and where its lines end. */
function itemSpan(seq: YAMLSeq, index: number, context: Context): { start: number; end: number } {
  const items = seq.items as Node[];
  const item = items[index]!;
  const dash = context.text.lastIndexOf('-', item.range![0]);
  const start = lineStart(context.text, dash);
  const next = items[index + 1];
  const end = next ? lineStart(context.text, context.text.lastIndexOf('-', next.range![0])) : afterLineOf(context.text, trimEndOffset(context.text, item.range![1]));
  return { start, end };
}

function removeItem(seq: YAMLSeq, index: number, context: Context): void {
  const { start, end } = itemSpan(seq, index, context);
  context.edits.push({ start, end, text: '' });
}

function insertItems(seq: YAMLSeq, afterItem: number, values: unknown[], context: Context): void {
  const items = seq.items as Node[];
  // A block list has at least one item; an empty one is written `[]` and rewritten whole.
  const reference = items[Math.max(0, afterItem)]!;
  const dash = context.text.lastIndexOf('-', reference.range![0]);
  const indent = columnOf(context.text, dash);
  const at = afterItem < 0 ? itemSpan(seq, 0, context).start : itemSpan(seq, afterItem, context).end;
  const style = { ...context.style, stringType: quotingWithin(seq, context.style.stringType) };
  const text = values.map((value) => renderItem(value, indent, style)).join('');
  context.edits.push({ start: at, end: at, text: at > 0 && context.text[at - 1] !== '\n' ? `\n${text}` : text });
}

function renderItem(value: unknown, indent: number, style: Style): string {
  const block = renderBlock([value], indent, style);
  return `${block}\n`;
}

/** A value in block style, every line indented by `indent` spaces (no final line break). */
function renderBlock(value: unknown, indent: number, style: Style): string {
  const doc = new Document(value);
  const out = doc.toString({ lineWidth: 0, indentSeq: style.indentSeq, defaultStringType: style.stringType, defaultKeyType: 'PLAIN', flowCollectionPadding: false });
  const pad = ' '.repeat(indent);
  return out
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

function renderFlow(value: unknown, style: Style, padded: boolean): string {
  const doc = new Document(value);
  if (isSeq(doc.contents) || isMap(doc.contents)) doc.contents.flow = true;
  return doc.toString({ lineWidth: 0, defaultStringType: style.stringType, defaultKeyType: 'PLAIN', flowCollectionPadding: padded }).replace(/\n$/, '');
}

/** A scalar written in the given style where YAML allows it; block scalars are indented under `indent`. */
function renderScalar(value: unknown, type: Scalar.Type | undefined, indent: number): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const scalar = new Scalar(value);
  scalar.type = type ?? 'PLAIN';
  if ((type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') && !value.includes('\n')) scalar.type = 'PLAIN';
  const out = new Document(scalar).toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '');
  if (scalar.type !== 'BLOCK_LITERAL' && scalar.type !== 'BLOCK_FOLDED') return out;
  // A document-level block text is not indented; inside the file it sits under its key.
  const [header, ...lines] = out.split('\n');
  return [header, ...lines.map((line) => (line === '' ? line : ' '.repeat(indent) + line))].join('\n');
}
