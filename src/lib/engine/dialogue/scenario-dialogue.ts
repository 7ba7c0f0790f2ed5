import type { LocatedProblem } from '../problems.ts';
import { findScenarioDialogue, type ScenarioDialogue } from './extract-dialogue.ts';
import { parseDialogue } from './parse-dialogue.ts';
import type { DialogueGraph } from './types.ts';

/** A scenario's dialogue block, parsed once when the file is read and carried on the entry. */
export interface ParsedScenarioDialogue {
  /** The block as found in the body, or the problems of finding none or several. */
  found: ScenarioDialogue;
  /** The dialogue graph, when there is a block. */
  graph?: DialogueGraph;
  /** Syntax problems of the block. */
  problems: LocatedProblem[];
}

/** Finds and parses the one dialogue block of a scenario body; lines count from `bodyLine`. */
export function parseScenarioDialogue(body: string, bodyLine: number): ParsedScenarioDialogue {
  const found = findScenarioDialogue(body, bodyLine);
  if (!found.block) return { found, problems: [] };
  const { graph, problems } = parseDialogue(found.block.source, found.block.firstLine);
  return { found, graph, problems };
}
