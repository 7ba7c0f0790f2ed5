import { browserStorage } from '../browser-storage.ts';
import { stateAtStep } from '../../lib/roleplay/deep-link.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { indexGraph, type IndexedGraph } from '../../lib/roleplay/graph-index.ts';
import { keyAction } from '../../lib/roleplay/keymap.ts';
import { advance, back, choose, phaseOf, rate, restart, start, upcoming, type PlayState } from '../../lib/roleplay/play-state.ts';
import { summarizePractice } from '../../lib/roleplay/practice-summary.ts';
import { readResults, recordResult, type PracticeResult } from '../../lib/roleplay/result-store.ts';
import type { ViewerData } from '../../lib/roleplay/viewer-data.ts';
import { syncChildren } from './dom.ts';
import { logItems } from './log-items.ts';
import { resultDate, resultText } from './summary-view.ts';
import { roleName, stepText, type ViewContext, type ViewerAction } from './view-context.ts';

type Mode = 'read' | 'play' | 'practice';

/** The address fragment of Practice mode. */
const PRACTICE_HASH = 'practice';


/** Where focus is, as the key map needs to know it. */
function focusKind(target: EventTarget | null): 'text' | 'control' | 'other' {
  if (!(target instanceof Element)) return 'other';
  if (target.closest('textarea, input, select, [contenteditable="true"]')) return 'text';
  return target.closest('button, a, summary') ? 'control' : 'other';
}

/** `<role-play>`: upgrades the static transcript into Read, Play and Practice modes. */
class RolePlayElement extends HTMLElement {
  private data!: ViewerData;
  private g!: IndexedGraph;
  private mode: Mode = 'read';
  private states!: Record<'play' | 'practice', PlayState>;
  private run = '';
  private results: PracticeResult[] = [];
  private storage = browserStorage();

  /** What the text helpers need. */
  private get texts() {
    return { data: this.data };
  }

  private find<T extends HTMLElement>(selector: string): T {
    return this.querySelector(selector) as T;
  }

  connectedCallback() {
    if (this.g) return;
    performance.mark('roleplay:upgrade');
    this.data = JSON.parse(this.find('.rp-data').textContent ?? '{}') as ViewerData;
    this.g = indexGraph(this.data.graph);
    this.states = { play: start(this.g), practice: start(this.g, this.data.practiceRole) };
    this.run = String(Date.now());
    this.results = readResults(this.storage, this.data.scenario);

    for (const button of this.querySelectorAll<HTMLButtonElement>('.rp-mode')) {
      button.addEventListener('click', () => this.setMode(button.dataset.mode as Mode));
    }
    this.find('.rp-back').addEventListener('click', () => this.act({ type: 'back' }));
    this.find('.rp-restart').addEventListener('click', () => this.act({ type: 'restart' }));
    this.find<HTMLSelectElement>('.rp-role').addEventListener('change', (event) => {
      this.states.practice = start(this.g, (event.target as HTMLSelectElement).value);
      this.run = String(Date.now());
      this.render(false);
    });
    this.addEventListener('keydown', (event) => this.onKey(event));
    window.addEventListener('hashchange', () => this.followHash());
    this.followHash();
    if (this.mode !== 'read' && document.readyState !== 'complete') {
      // Chrome moves focus to the address's fragment once the page has loaded; take it back to the prompt.
      window.addEventListener('load', () => requestAnimationFrame(() => this.render(document.activeElement === document.body)), { once: true });
    }
    this.dataset.ready = '';
    performance.mark('roleplay:ready');
  }

  /** Opens the viewer where the address points: Practice, a step in Play mode, a section in Read mode. */
  private followHash() {
    const hash = decodeURIComponent(location.hash.slice(1));
    if (hash === PRACTICE_HASH) {
      if (this.mode !== 'practice') this.setMode('practice');
    } else if (hash.startsWith('step-')) {
      const state = stateAtStep(this.g, hash.slice('step-'.length));
      if (!state) return;
      this.states.play = state;
      this.setMode('play');
      this.find('.rp-stage').scrollIntoView({ block: 'nearest' });
    } else if (hash.startsWith('section-') && this.mode !== 'read') {
      this.setMode('read', false);
      document.getElementById(hash)?.scrollIntoView();
    }
  }

  private setMode(mode: Mode, focus = true) {
    const focusWasInStage = this.find('.rp-stage').contains(document.activeElement);
    this.mode = mode;
    this.dataset.mode = mode;
    for (const button of this.querySelectorAll<HTMLButtonElement>('.rp-mode')) {
      button.setAttribute('aria-pressed', String(button.dataset.mode === mode));
    }
    this.find('.rp-read').hidden = mode !== 'read';
    this.find('.rp-stage').hidden = mode === 'read';
    this.find('.rp-practice-bar').hidden = mode !== 'practice';
    // Practice has its own address, so a reload (or a shared link) comes back to it.
    if (mode === 'practice' && location.hash !== `#${PRACTICE_HASH}`) history.replaceState(null, '', `#${PRACTICE_HASH}`);
    if (mode === 'play' && location.hash === `#${PRACTICE_HASH}`) {
      const last = this.states.play.trail.at(-1);
      history.replaceState(null, '', last ? `#step-${last.id}` : location.pathname + location.search);
    }
    if (mode === 'read') {
      if (location.hash.startsWith('#step-') || location.hash === `#${PRACTICE_HASH}`) history.replaceState(null, '', location.pathname + location.search);
      // The stage is gone; keep keyboard users where they were rather than at the top of the page.
      if (focusWasInStage) this.find('.rp-mode[data-mode="read"]').focus();
      return;
    }
    this.showLastResult();
    this.find('.rp-log').replaceChildren();
    this.render(focus);
    const state = this.states[mode];
    this.announce({ ...state, trail: state.trail.slice(0, -1) }, state);
  }

  private showLastResult() {
    const last = this.results[0];
    const s = this.data.strings;
    this.find('.rp-last').textContent = last ? fill(s.lastScore, { result: resultText(this.texts, last), date: resultDate(this.texts, last) }) : s.noResults;
  }

  private onKey(event: KeyboardEvent) {
    const target = event.target as Element | null;
    if (event.key === 'Escape' && target?.closest?.('.ref-chip')) {
      // Esc first hides an open hint, as hints that appear on focus must be dismissable.
      target.closest('.ref-chip')!.classList.add('ref-hint-dismissed');
      target.addEventListener('blur', () => target.closest('.ref-chip')?.classList.remove('ref-hint-dismissed'), { once: true });
      event.preventDefault();
      return;
    }
    if (this.mode === 'read' || !target || !this.find('.rp-stage').contains(target)) return;
    const state = this.states[this.mode];
    const press = { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, shiftKey: event.shiftKey, target: focusKind(target) };
    const action = keyAction(press, phaseOf(this.g, state));
    if (!action) return;
    event.preventDefault();
    this.act(action.type === 'advance' && phaseOf(this.g, state) === 'your-turn' ? { type: 'reveal', answer: this.find<HTMLTextAreaElement>('.rp-answer-input')?.value ?? '' } : action);
  }

  /** Carries out what the learner asked for, then redraws. */
  act(action: ViewerAction) {
    if (this.mode === 'read') return;
    if (action.type === 'read') return this.setMode('read');
    const mode = this.mode;
    const before = this.states[mode];
    const g = this.g;
    let after = before;
    if (action.type === 'advance') after = advance(g, before);
    else if (action.type === 'reveal') after = advance(g, before, action.answer);
    else if (action.type === 'choose') after = choose(g, before, action.index);
    else if (action.type === 'rate') after = rate(g, before, action.rating);
    else if (action.type === 'back') after = back(g, before);
    else if (action.type === 'restart') {
      after = restart(g, before);
      this.run = String(Date.now());
      if (mode === 'practice') this.showLastResult();
    }
    this.states[mode] = after;
    if (mode === 'practice' && phaseOf(g, after) === 'end' && after !== before) this.record(after);
    if (mode === 'play') {
      const last = after.trail.at(-1);
      history.replaceState(null, '', last ? `#step-${last.id}` : location.pathname + location.search);
    }
    const barFocused = this.find('.rp-controls').contains(document.activeElement) && !(document.activeElement as HTMLButtonElement).disabled;
    this.render(!barFocused);
    this.announce(before, after);
  }

  private record(state: PlayState) {
    const summary = summarizePractice(this.g, state);
    const { role, score, nailed, close, missed } = summary;
    this.results = recordResult(this.storage, this.data.scenario, { run: this.run, date: new Date().toISOString(), role, score, nailed, close, missed });
    this.showLastResult();
  }

  private context(): ViewContext {
    const state = this.states[this.mode as 'play' | 'practice'];
    return {
      data: this.data,
      g: this.g,
      state,
      phase: phaseOf(this.g, state),
      results: this.results,
      selfRole: state.practiceRole ?? this.data.practiceRole,
      act: (action) => this.act(action),
    };
  }

  private render(focusPrompt: boolean) {
    const ctx = this.context();
    const log = this.find('.rp-log');
    syncChildren(log, logItems(ctx));
    this.find<HTMLButtonElement>('.rp-back').disabled = back(this.g, ctx.state).trail.length >= ctx.state.trail.length;
    const prompt = log.lastElementChild as HTMLElement;
    const active = document.activeElement as HTMLButtonElement | null;
    // Focus follows the conversation, except when the learner is working the Back/Restart buttons.
    if (focusPrompt || !active || active === document.body || active.disabled) {
      const target = prompt.querySelector<HTMLElement>('[data-focus]') ?? prompt;
      target.focus({ preventScroll: true });
      log.scrollTop = log.scrollHeight;
      target.scrollIntoView({ block: 'nearest' });
    }
    log.scrollTop = log.scrollHeight;
  }

  /** Tells screen readers what appeared: the new lines, then what the learner can do. */
  private announce(before: PlayState, after: PlayState) {
    const s = this.data.strings;
    const fresh = after.trail.length > before.trail.length ? after.trail.slice(before.trail.length) : [];
    const parts = fresh.map((entry) => `${roleName(this.texts, entry.role)}: ${stepText(entry.id)}`);
    const phase = phaseOf(this.g, after);
    const next = upcoming(this.g, after);
    if (phase === 'your-turn' && next.kind === 'line') parts.push(fill(s.yourTurn, { role: roleName(this.texts, next.step.role) }));
    else if (phase === 'rate') parts.push(s.howClose);
    else if (phase === 'choose' && next.kind === 'choice') {
      parts.push(fill(s.choose, { role: roleName(this.texts, next.choice.role) }), ...next.choice.options.map((option, i) => `${i + 1}. ${stepText(option.id)}`));
    } else if (phase === 'end') {
      parts.push(s.end);
      if (after.practiceRole) parts.push(`${s.score}${s.colon}${resultText(this.texts, summarizePractice(this.g, after))}`);
    }
    this.find('.rp-announce').textContent = parts.join(' ');
  }
}

/** Registers `<role-play>` once. */
export function defineRolePlay(): void {
  if (!customElements.get('role-play')) customElements.define('role-play', RolePlayElement);
}
