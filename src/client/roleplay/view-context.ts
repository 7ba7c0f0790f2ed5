import type { IndexedGraph } from '../../lib/roleplay/graph-index.ts';
import type { KeyAction } from '../../lib/roleplay/keymap.ts';
import type { Phase, PlayState } from '../../lib/roleplay/play-state.ts';
import type { PracticeResult } from '../../lib/roleplay/result-store.ts';
import type { ViewerData } from '../../lib/roleplay/viewer-data.ts';

/** Something the learner asks for: a key action, revealing with their own words, or going back to reading. */
export type ViewerAction = KeyAction | { type: 'reveal'; answer: string } | { type: 'read' };

/** Everything a view needs to draw the conversation. */
export interface ViewContext {
  data: ViewerData;
  g: IndexedGraph;
  state: PlayState;
  phase: Phase;
  /** Kept results of this scenario, newest first (Practice mode). */
  results: PracticeResult[];
  /** The role drawn on the learner's side of the conversation. */
  selfRole: string;
  act: (action: ViewerAction) => void;
}

/** The static transcript's element for a step. */
export const transcriptStep = (id: string) => document.getElementById(`step-${id}`);

/** The words of a step as the transcript shows them. */
export const stepText = (id: string) => transcriptStep(id)?.querySelector('.dialogue-text')?.textContent?.trim() ?? '';

/** The words of a step as nodes, so the number runs the transcript isolates stay isolated. */
export const stepContent = (id: string): Node[] => {
  const text = transcriptStep(id)?.querySelector('.dialogue-text');
  return text ? [...text.cloneNode(true).childNodes] : [];
};

/** A role's label. */
export const roleName = (ctx: Pick<ViewContext, 'data'>, role: string) => ctx.data.roles[role] ?? role;
