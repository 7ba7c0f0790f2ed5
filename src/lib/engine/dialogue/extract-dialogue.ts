import { problem, type LocatedProblem } from '../problems.ts';

/** A ```dialogue fenced block found in an MDX body. */
export interface DialogueBlock {
  /** The text between the fences, lines joined with `\n`. */
  source: string;
  /** File line of the first line inside the block (the line after the opening fence). */
  firstLine: number;
  /** File line of the opening fence. */
  fenceLine: number;
}

/** A scenario's one dialogue block, or the problems that stop it from having exactly one. */
export interface ScenarioDialogue {
  /** The first dialogue block, when there is at least one. */
  block?: DialogueBlock;
  /** `dialogue-missing` or `dialogue-multiple` problems. */
  problems: LocatedProblem[];
}

// CommonMark fences: up to three spaces of indent, then three or more backticks or tildes.
const OPENING_FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/u;
const CLOSING_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/u;

/** Finds every fenced code block whose info string starts with the word `dialogue`, with file lines. */
export function extractDialogueBlocks(markdownBody: string, bodyFirstLine: number): DialogueBlock[] {
  const lines = (typeof markdownBody === 'string' ? markdownBody : '').split(/\r\n|\r|\n/u);
  const blocks: DialogueBlock[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const open = OPENING_FENCE.exec(lines[index] ?? '');
    const [, indent = '', fence = '', info = ''] = open ?? [];
    // A backtick fence cannot carry backticks in its info string (that is inline code instead).
    if (!open || (fence.startsWith('`') && info.includes('`'))) continue;
    let close = index + 1;
    while (close < lines.length && !closes(lines[close] ?? '', fence)) close += 1;
    if (info.trim().split(/\s+/u)[0] === 'dialogue') {
      // Content lines lose as much indentation as the opening fence had, as CommonMark says.
      const inner = lines
        .slice(index + 1, close)
        .map((line) => line.replace(new RegExp(`^ {0,${indent.length}}`, 'u'), ''));
      blocks.push({ source: inner.join('\n'), firstLine: bodyFirstLine + index + 1, fenceLine: bodyFirstLine + index });
    }
    // An unclosed fence runs to the end of the body, so nothing after it is another block.
    index = close;
  }
  return blocks;
}

/** Finds the single dialogue block a scenario body must hold, reporting none or more than one. */
export function findScenarioDialogue(body: string, bodyFirstLine: number): ScenarioDialogue {
  const [block, ...others] = extractDialogueBlocks(body, bodyFirstLine);
  if (!block) {
    // Placed where the body starts, which is where the block belongs.
    return { problems: [problem('dialogue-missing', {}, { line: bodyFirstLine, field: 'dialogue' })] };
  }
  const problems = others.map((other) => problem('dialogue-multiple', { firstLine: block.fenceLine }, { line: other.fenceLine, field: 'dialogue' }));
  return { block, problems };
}

function closes(line: string, fence: string): boolean {
  const match = CLOSING_FENCE.exec(line);
  const run = match?.[1] ?? '';
  return run[0] === fence[0] && run.length >= fence.length;
}
