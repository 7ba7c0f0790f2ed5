import { parse } from 'yaml';
import type { EditorField } from './editor-fields.ts';
import { SOURCE_FIELD } from './editor-names.ts';
import { patchYaml, sameData, type Shape } from './yaml-patch.ts';

/** The parts of an MDX entry file, with the exact text around the frontmatter kept. */
interface EntryParts {
  /** Everything up to and including the opening `---` line. */
  head: string;
  yaml: string;
  /** The closing `---` line. */
  close: string;
  body: string;
}

const FENCE_LINE = /^---[ \t]*\r?$/;

function splitEntry(text: string): EntryParts | undefined {
  const firstBreak = text.indexOf('\n');
  if (firstBreak < 0 || !FENCE_LINE.test(text.slice(0, firstBreak).replace(/^\uFEFF/, ''))) return undefined;
  let at = firstBreak + 1;
  while (at <= text.length) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    if (FENCE_LINE.test(line)) {
      const closeEnd = end < 0 ? text.length : end + 1;
      return { head: text.slice(0, firstBreak + 1), yaml: text.slice(firstBreak + 1, at), close: text.slice(at, closeEnd), body: text.slice(closeEnd) };
    }
    if (end < 0) break;
    at = end + 1;
  }
  return undefined;
}

/** A scenario body around its dialogue block. */
interface ScenarioBody {
  intro: string;
  /** The fence line that opens the block, with its line break. */
  open: string;
  dialogue: string;
  /** The fence line that closes the block, with its line break (empty when the block is never closed). */
  close: string;
  debrief: string;
}

const OPENING_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*dialogue\b.*$/;

function splitScenarioBody(body: string): ScenarioBody | undefined {
  const lines = body.split(/(?<=\n)/);
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const open = OPENING_FENCE.exec(line.replace(/\r?\n$/, ''));
    if (open) {
      const fence = open[1]!;
      let inner = '';
      for (let j = i + 1; j < lines.length; j++) {
        const candidate = lines[j]!;
        if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*\\r?\\n?$`).test(candidate)) {
          const after = lines.slice(j + 1).join('');
          return { intro: body.slice(0, offset), open: line, dialogue: inner, close: candidate, debrief: after };
        }
        inner += candidate;
      }
      return { intro: body.slice(0, offset), open: line, dialogue: inner, close: '', debrief: '' };
    }
    offset += line.length;
  }
  return undefined;
}

/** Text the author edits in a field, without the blank lines around it that the file keeps. */
const inner = (text: string) => text.replace(/^\s*\n/, '').replace(/\s+$/, '');

/** Puts edited text back between the whitespace the original had around it. */
function keepSurroundings(original: string, edited: string): string {
  if (inner(original) === inner(edited)) return original;
  const leading = /^\s*\n/.exec(original)?.[0] ?? '';
  const trailing = /\s*$/.exec(original)?.[0] ?? '';
  const value = inner(edited);
  return value === '' ? leading : `${leading}${value}${trailing || '\n'}`;
}

/** A scenario's body is shown as introduction, dialogue and debrief; every other entry's as one text. */
const isScenario = (data: Record<string, unknown>) => data.type === 'scenario';

/** What the editor shows of an MDX entry: the frontmatter fields, the body, and the file as it was. */
export function entryFromFile(text: string): Record<string, unknown> {
  const parts = splitEntry(text);
  // A file the editor cannot take apart is shown with its text only, so saving never loses it.
  if (!parts) return { body: text, [SOURCE_FIELD]: text };
  let data: unknown;
  try {
    data = parse(parts.yaml) ?? {};
  } catch {
    data = {};
  }
  const fields = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  if (!isScenario(fields)) return { ...fields, body: inner(parts.body), [SOURCE_FIELD]: text };
  const scenario = splitScenarioBody(parts.body);
  if (!scenario) return { ...fields, body: inner(parts.body), dialogue: '', debrief: '', [SOURCE_FIELD]: text };
  return { ...fields, body: inner(scenario.intro), dialogue: inner(scenario.dialogue), debrief: inner(scenario.debrief), [SOURCE_FIELD]: text };
}

const BODY_KEYS = new Set(['body', 'dialogue', 'debrief', SOURCE_FIELD]);

function frontmatterOf(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !BODY_KEYS.has(key)));
}

/**
 * The file for what the editor holds: the original text with only the edited values changed
 * (see `patchYaml`), the body kept byte for byte unless it was edited. A new entry is written whole.
 */
export function entryToFile(data: Record<string, unknown>, fields: readonly EditorField[]): string {
  const options = { splitDialogue: isScenario(data) };
  const source = typeof data[SOURCE_FIELD] === 'string' ? (data[SOURCE_FIELD] as string) : '';
  const parts = splitEntry(source);
  const shape: Shape = { fields: fields.filter((field) => !BODY_KEYS.has(field.name)) };
  const frontmatter = frontmatterOf(data);
  if (!parts) {
    const yaml = patchYaml('', frontmatter, shape);
    return `---\n${yaml}---\n\n${newBody(data, options)}`;
  }
  const original = entryFromFile(source);
  const yaml = sameData(frontmatterOf(original), frontmatter) ? parts.yaml : patchYaml(parts.yaml, frontmatter, shape);
  return `${parts.head}${yaml}${parts.close}${patchBody(parts.body, data, options)}`;
}

function newBody(data: Record<string, unknown>, options: { splitDialogue: boolean }): string {
  const text = (key: string) => (typeof data[key] === 'string' ? inner(data[key] as string) : '');
  if (!options.splitDialogue) return text('body') ? `${text('body')}\n` : '';
  const parts = [text('body'), `\`\`\`dialogue\n${text('dialogue')}\n\`\`\``, text('debrief')].filter((part) => part !== '');
  return `${parts.join('\n\n')}\n`;
}

function patchBody(body: string, data: Record<string, unknown>, options: { splitDialogue: boolean }): string {
  const value = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '');
  if (!options.splitDialogue) return keepSurroundings(body, value('body'));
  const scenario = splitScenarioBody(body);
  if (!scenario) {
    const dialogue = inner(value('dialogue'));
    const rest = keepSurroundings(body, value('body'));
    return dialogue === '' ? rest : `${rest.replace(/\s*$/, '\n\n')}\`\`\`dialogue\n${dialogue}\n\`\`\`\n`;
  }
  const lineBreak = scenario.open.endsWith('\r\n') ? '\r\n' : '\n';
  const dialogue =
    inner(scenario.dialogue) === inner(value('dialogue')) ? scenario.dialogue : `${inner(value('dialogue')).split(/\r?\n/).join(lineBreak)}${lineBreak}`;
  return `${keepSurroundings(scenario.intro, value('body'))}${scenario.open}${dialogue}${scenario.close || `\`\`\`${lineBreak}`}${keepSurroundings(scenario.debrief, value('debrief'))}`;
}
