export type {
  DialogueChoice,
  DialogueEnd,
  DialogueExit,
  DialogueGraph,
  DialogueJump,
  DialogueLine,
  DialogueOption,
  DialogueProblemCode,
  DialogueRef,
  DialogueSection,
  DialogueStep,
  DialogueWeakMark,
} from './types.ts';
export { END_LABEL, LABEL_PATTERN, OPENING_LABEL, dialogueProblemCodes, jumpTargets } from './types.ts';
export type { ParsedDialogue } from './parse-dialogue.ts';
export { parseDialogue } from './parse-dialogue.ts';
export type { DialogueContext } from './check-dialogue.ts';
export { checkDialogue } from './check-dialogue.ts';
export type { DialogueBlock, ScenarioDialogue } from './extract-dialogue.ts';
export { extractDialogueBlocks, findScenarioDialogue } from './extract-dialogue.ts';
export { printDialogue } from './print-dialogue.ts';
export { reachableSections } from './walk-dialogue.ts';
export { findEndlessLoops } from './find-endless-loops.ts';
