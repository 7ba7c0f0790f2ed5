import { bubble } from './bubble-view.ts';
import { h } from './dom.ts';
import { buildPrompt } from './prompt-view.ts';
import type { ViewContext } from './view-context.ts';

/** A child of the conversation log, rebuilt only when its key changes. */
export interface LogItem {
  key: string;
  build: () => HTMLElement;
}

/** The log's children for the current state: section dividers, bubbles, then the prompt. */
export function logItems(ctx: ViewContext): LogItem[] {
  const items: LogItem[] = [];
  ctx.state.trail.forEach((entry, index) => {
    if (ctx.state.trail[index - 1]?.section !== entry.section) {
      const name = ctx.data.sectionNames[entry.section] ?? entry.section;
      items.push({ key: `section:${index}:${entry.section}`, build: () => h('li', { class: 'rp-divider' }, name) });
    }
    items.push({
      key: `step:${index}:${entry.id}:${entry.rating ?? ''}`,
      build: () => bubble(ctx, entry, `rp-${index}-`),
    });
  });
  items.push({ key: `prompt:${ctx.phase}:${ctx.state.trail.length}:${ctx.state.practiceRole ?? ''}`, build: () => buildPrompt(ctx) });
  return items;
}
