import { END_LABEL } from './types.ts';
import type { DialogueGraph, DialogueRef } from './types.ts';

/**
 * Writes a graph back as dialogue syntax. For any graph `parseDialogue` returns, parsing the
 * output gives the same graph except for line numbers. Markers follow the text they belonged to.
 */
export function printDialogue(graph: DialogueGraph): string {
  const out: string[] = [];
  graph.sections.forEach((section, index) => {
    if (index > 0) out.push('', `== ${section.label}${section.title ? `: ${section.title}` : ''}`);
    for (const step of section.steps) out.push(`${step.role}: ${withMarkers(step.text, step.refs)}`);
    const exit = section.exit;
    if (exit?.kind === 'choice') {
      out.push(`${exit.role}:`);
      for (const option of exit.options) {
        out.push(`  * ${withMarkers(option.text, option.refs)} -> ${option.target}`);
        if (option.weak) out.push(`    ! ${withMarkers(option.weak.text, option.weak.refs)}`.trimEnd());
      }
    } else if (exit?.kind === 'jump') {
      out.push(`-> ${exit.target}`);
    } else if (exit?.kind === 'end' && !exit.implicit) {
      // An implicit end is the last section simply stopping, so it prints as nothing.
      out.push(`-> ${END_LABEL}`);
    }
  });
  return `${out.join('\n')}\n`;
}

function withMarkers(text: string, refs: readonly DialogueRef[]): string {
  return [text, ...refs.map((ref) => `{${ref.type}:${ref.id}}`)].filter((part) => part !== '').join(' ');
}
