import type { TrailEntry } from '../../lib/roleplay/play-state.ts';
import { copyOf, h } from './dom.ts';
import { roleName, stepContent, transcriptStep, type ViewContext } from './view-context.ts';

/** A spoken line or chosen option as a chat bubble, copied from the transcript so its links come along. */
export function bubble(ctx: ViewContext, entry: TrailEntry, prefix: string): HTMLElement {
  const source = transcriptStep(entry.id);
  const item = h('li', { class: 'rp-line', 'data-role': entry.role, 'data-side': entry.role === ctx.selfRole ? 'self' : 'other' });
  item.append(h('span', { class: 'dialogue-role' }, roleName(ctx, entry.role)));
  if (entry.answer) {
    item.append(h('p', { class: 'rp-answer' }, h('span', { class: 'rp-you-said' }, `${ctx.data.strings.youSaid}${ctx.data.strings.colon}`), entry.answer));
  }
  item.append(h('p', { class: 'dialogue-text' }, ...stepContent(entry.id)));
  const uses = source?.querySelector(':scope > .dialogue-uses');
  if (uses) item.append(copyOf(uses, prefix));
  if (entry.rating) item.append(h('p', { class: `rp-rating rp-${entry.rating}` }, ctx.data.strings[entry.rating]));
  return item;
}
