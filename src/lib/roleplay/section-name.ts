import { OPENING_LABEL } from '../engine/dialogue/types.ts';

/** How a section is named to readers: the opening by `openingName`, others by their label in words. */
export function sectionName(label: string, openingName: string): string {
  if (label === OPENING_LABEL) return openingName;
  const words = label.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
