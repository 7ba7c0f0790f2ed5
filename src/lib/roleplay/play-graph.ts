import { END_LABEL } from '../engine/dialogue/types.ts';
import type { DialogueGraph, DialogueRef } from '../engine/dialogue/types.ts';

/**
 * The shape of a dialogue the viewer needs in the browser: ids, roles, exits and what each line
 * uses. The words themselves stay in the static transcript, so the page carries them only once.
 */
export interface PlayGraph {
  /** Sections in written order; the first is the opening. */
  sections: PlaySection[];
}

/** A section: its spoken lines and how it is left. */
export interface PlaySection {
  /** Section label (`start` for the opening). */
  label: string;
  /** Spoken lines in order. */
  steps: PlayStep[];
  /** How the section is left; a section that just stops ends the conversation. */
  exit: PlayExit;
}

/** A spoken line. */
export interface PlayStep {
  /** Step id, as in the transcript's `step-<id>` anchors. */
  id: string;
  /** Role key of the speaker. */
  role: string;
  /** What the line uses, as `module:ID` / `objection:ID` keys. */
  refs: string[];
}

/** One option of a choice point. */
export interface PlayOption {
  /** Option id (`<choice id>.<k>`). */
  id: string;
  /** Section label it leads to, or `end`. */
  target: string;
  /** What the option uses, as `module:ID` / `objection:ID` keys. */
  refs: string[];
  /** Present when the option is a weak choice: what its reason names to study, as keys (may be empty). */
  weak?: string[];
}

/** How a section is left. */
export type PlayExit =
  | { kind: 'choice'; id: string; role: string; options: PlayOption[] }
  | { kind: 'jump'; target: string }
  | { kind: 'end' };

/** The key a reference is known by in the viewer's link table. */
export function refKey(ref: Pick<DialogueRef, 'type' | 'id'>): string {
  return `${ref.type}:${ref.id}`;
}

const refKeys = (refs: readonly DialogueRef[]) => [...new Set(refs.filter((ref) => ref.id !== '').map(refKey))];

/** Reduces a parsed dialogue to what the viewer needs; a section without an exit ends the conversation. */
export function toPlayGraph(graph: DialogueGraph): PlayGraph {
  return {
    sections: graph.sections.map((section) => {
      const exit = section.exit;
      const playExit: PlayExit =
        exit?.kind === 'choice'
          ? {
              kind: 'choice',
              id: exit.id,
              role: exit.role,
              options: exit.options.map((option) => ({
                id: option.id,
                target: option.target || END_LABEL,
                refs: refKeys(option.refs),
                ...(option.weak ? { weak: refKeys(option.weak.refs) } : {}),
              })),
            }
          : exit?.kind === 'jump' && exit.target !== END_LABEL
            ? { kind: 'jump', target: exit.target }
            : { kind: 'end' };
      return {
        label: section.label,
        steps: section.steps.map((step) => ({ id: step.id, role: step.role, refs: refKeys(step.refs) })),
        exit: playExit,
      };
    }),
  };
}
