import type { DialogueGraph } from '../engine/dialogue/index.ts';

/** Size of a role-play, as shown in the scenario index. */
export interface DialogueStats {
  /** Spoken lines, every branch counted once. */
  lines: number;
  /** Points where a role chooses what to say. */
  choices: number;
  /** Different ways the conversation can end. */
  endings: number;
}

/** Counts the lines, choice points and endings of a dialogue graph. */
export function dialogueStats(graph: DialogueGraph): DialogueStats {
  let lines = 0;
  let choices = 0;
  let endings = 0;
  for (const section of graph.sections) {
    lines += section.steps.length;
    if (section.exit?.kind === 'end') endings += 1;
    if (section.exit?.kind === 'choice') {
      choices += 1;
      endings += section.exit.options.filter((option) => option.target === 'end').length;
    }
  }
  return { lines, choices, endings };
}

/** The stats of a scenario's dialogue; zeros when it has none. */
export function scenarioStats(graph: DialogueGraph | undefined): DialogueStats {
  return graph ? dialogueStats(graph) : { lines: 0, choices: 0, endings: 0 };
}
