import { filledNodes } from '../filled-nodes.ts';
import { RATINGS, upcoming } from '../../lib/roleplay/play-state.ts';
import { h } from './dom.ts';
import { endSummary } from './summary-view.ts';
import { roleName, stepContent, type ViewContext } from './view-context.ts';

const key = (digit: number) => h('kbd', { 'aria-hidden': 'true' }, String(digit));

/** What the learner can do next, as the last item of the log: a button, a practice card, choices or the end. */
export function buildPrompt(ctx: ViewContext): HTMLElement {
  const s = ctx.data.strings;
  const item = h('li', { class: `rp-prompt rp-${ctx.phase}`, tabindex: -1 });
  const next = upcoming(ctx.g, ctx.state);
  switch (ctx.phase) {
    case 'continue': {
      const button = h('button', { type: 'button', class: 'rp-next', 'data-focus': true }, s.continue);
      button.addEventListener('click', () => ctx.act({ type: 'advance' }));
      item.append(button);
      break;
    }
    case 'your-turn': {
      const role = next.kind === 'line' ? roleName(ctx, next.step.role) : '';
      const id = `rp-answer-${ctx.state.trail.length}`;
      // Focus lands in the box where the learner answers; Enter there reveals the line.
      const answer = h('textarea', { id, rows: 2, class: 'rp-answer-input', 'data-focus': true, 'aria-describedby': `${id}-hint` });
      const reveal = h('button', { type: 'button', class: 'rp-reveal' }, s.reveal);
      reveal.addEventListener('click', () => ctx.act({ type: 'reveal', answer: answer.value }));
      item.append(
        h('p', { class: 'rp-prompt-title' }, ...filledNodes(s.yourTurn, { role })),
        h('p', { class: 'rp-hint', id: `${id}-hint` }, s.yourTurnHint),
        h('label', { for: id, class: 'rp-answer-label' }, s.yourWords),
        answer,
        reveal,
      );
      break;
    }
    case 'rate': {
      item.append(h('p', { class: 'rp-prompt-title' }, s.howClose));
      const group = h('div', { class: 'rp-choices rp-ratings', role: 'group', 'aria-label': s.howClose });
      RATINGS.forEach((rating, i) => {
        const button = h('button', { type: 'button', class: `rp-rate rp-${rating}` }, key(i + 1), ` ${s[rating]}`);
        button.addEventListener('click', () => ctx.act({ type: 'rate', rating }));
        group.append(button);
      });
      item.append(group);
      break;
    }
    case 'choose': {
      if (next.kind !== 'choice') break;
      const titleId = `rp-choose-${ctx.state.trail.length}`;
      item.append(h('p', { class: 'rp-prompt-title', id: titleId }, ...filledNodes(s.choose, { role: roleName(ctx, next.choice.role) })));
      // Named by the prompt, as the rating buttons are: a screen reader entering the list hears whose reply it chooses.
      const list = h('ol', { class: 'rp-choices rp-options', 'aria-labelledby': titleId });
      next.choice.options.forEach((option, i) => {
        const button = h('button', { type: 'button', class: 'rp-option secondary' }, key(i + 1), ' ', h('span', {}, ...stepContent(option.id)));
        button.addEventListener('click', () => ctx.act({ type: 'choose', index: i }));
        list.append(h('li', {}, button));
      });
      item.append(list);
      break;
    }
    case 'end':
      item.append(...endSummary(ctx));
      break;
  }
  return item;
}
