import { OPENING_LABEL } from '../engine/dialogue/types.ts';

/**
 * How a section is named to readers: the opening by `openingName`, others by the title the author
 * gave (`== label: Title`), else by their label in words (`price-question` → `Price question`).
 */
export function sectionName(section: { label: string; title?: string }, openingName: string): string {
  if (section.title) return section.title;
  if (section.label === OPENING_LABEL) return openingName;
  const words = section.label.replace(/-/gu, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
