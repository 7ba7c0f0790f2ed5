import { fill } from '../../lib/i18n/fill.ts';
import { pathOf } from '../../lib/roleplay/play-state.ts';
import { summarizePractice } from '../../lib/roleplay/practice-summary.ts';
import type { PracticeResult } from '../../lib/roleplay/result-store.ts';
import { copyOf, h } from './dom.ts';
import { bubble } from './bubble-view.ts';
import { transcriptStep, type ViewContext } from './view-context.ts';

/** "75% — nailed 2, close 1, missed 1" in the page's language. */
export const resultText = (ctx: Pick<ViewContext, 'data'>, result: Pick<PracticeResult, 'score' | 'nailed' | 'close' | 'missed'>) =>
  fill(ctx.data.strings.result, { ...result });

/** A result's date, as the page's language writes dates. */
export const resultDate = (ctx: Pick<ViewContext, 'data'>, result: PracticeResult) =>
  new Date(result.date).toLocaleDateString(ctx.data.lang, { year: 'numeric', month: 'short', day: 'numeric' });

/** The end of a play-through: the path taken and, after practice, the score, missed lines and what to review. */
export function endSummary(ctx: ViewContext): HTMLElement[] {
  const s = ctx.data.strings;
  // Each name is isolated, so a section title in another script keeps its order; the arrow points the way the page reads.
  const arrow = document.documentElement.dir === 'rtl' ? ' ← ' : ' → ';
  const path = pathOf(ctx.state).flatMap((label, i) => [...(i > 0 ? [arrow] : []), h('bdi', {}, ctx.data.sectionNames[label] ?? label)]);
  const parts: HTMLElement[] = [
    h('h3', { class: 'rp-end-title' }, s.end),
    h('p', { class: 'rp-path' }, h('strong', {}, `${s.yourPath}${s.colon}`), ...path),
  ];
  const again = h('button', { type: 'button', class: 'rp-again', 'data-focus': true }, ctx.state.practiceRole ? s.practiseAgain : s.playAgain);
  again.addEventListener('click', () => ctx.act({ type: 'restart' }));
  const read = h('button', { type: 'button', class: 'secondary' }, s.read);
  read.addEventListener('click', () => ctx.act({ type: 'read' }));

  if (ctx.state.practiceRole) {
    const summary = summarizePractice(ctx.g, ctx.state);
    parts.push(h('p', { class: 'rp-score' }, h('strong', {}, `${s.score}${s.colon}`), resultText(ctx, summary)));
    parts.push(h('h4', {}, s.linesMissed));
    if (summary.missedSteps.length === 0) parts.push(h('p', {}, s.noneMissed));
    else {
      const list = h('ol', { class: 'rp-missed-lines' });
      ctx.state.trail.forEach((entry, index) => {
        if (entry.rating === 'missed') list.append(bubble(ctx, { ...entry, rating: undefined, answer: undefined }, `rp-missed-${index}-`));
      });
      parts.push(list);
    }
    parts.push(h('h4', {}, s.choicesToRethink));
    if (summary.weakChoices.length === 0) parts.push(h('p', { class: 'rp-no-weak' }, s.noWeakChoices));
    else parts.push(h('ol', { class: 'rp-weak-choices' }, ...summary.weakChoices.map((id, i) => weakChoiceItem(ctx, id, `rp-weak-${i}-`))));
    const chips = summary.review
      .map((key) => document.querySelector(`.dialogue [data-ref="${CSS.escape(key)}"]`)?.closest('.ref-chip'))
      .flatMap((chip, i) => (chip ? [h('li', {}, copyOf(chip, `rp-review-${i}-`))] : []));
    if (chips.length > 0) parts.push(h('h4', {}, s.review), h('ul', { class: 'rp-review' }, ...chips));
    if (ctx.results.length > 0) {
      parts.push(
        h('h4', {}, s.lastResults),
        h('ol', { class: 'rp-results' }, ...ctx.results.slice(0, 5).map((result) => h('li', {}, fill(s.resultOn, { date: resultDate(ctx, result), result: resultText(ctx, result) })))),
      );
    }
  }
  parts.push(h('p', { class: 'rp-end-actions' }, again, read));
  return parts;
}

/** A weak choice the learner made: what they said, and why it is weak with links to what to study, from the transcript. */
function weakChoiceItem(ctx: ViewContext, optionId: string, prefix: string): HTMLElement {
  const item = bubble(ctx, { id: optionId, kind: 'option', section: '', role: ctx.selfRole }, prefix);
  const reason = transcriptStep(optionId)?.querySelector(':scope > .dialogue-weak');
  if (reason) item.append(copyOf(reason, prefix));
  return item;
}
