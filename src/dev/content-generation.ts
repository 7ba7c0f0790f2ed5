/**
 * The two messages by which an open tab in `npm run dev` asks which reading of the content folder
 * is current, and hears it. A save's reload message reaches only tabs connected at that moment; a
 * tab that was loading then (after an earlier save, or just opened) asks once it connects.
 */
export const ASK_GENERATION = 'salesbook:content-generation?';
export const TELL_GENERATION = 'salesbook:content-generation';

export interface GenerationMessage {
  generation: number;
}
