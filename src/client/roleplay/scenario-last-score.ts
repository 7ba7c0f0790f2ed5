import { browserStorage } from '../browser-storage.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { readResults } from '../../lib/roleplay/result-store.ts';

/** `<scenario-last-score data-scenario="lang/id" data-label="Last score: {result} ({date})">`: the learner's last practice score, kept in this browser. */
export function defineScenarioLastScore(): void {
  if (customElements.get('scenario-last-score')) return;
  customElements.define(
    'scenario-last-score',
    class extends HTMLElement {
      connectedCallback() {
        const storage = browserStorage();
        if (!storage) return;
        const last = readResults(storage, this.dataset.scenario ?? '')[0];
        if (!last) return;
        const date = new Date(last.date).toLocaleDateString(document.documentElement.lang || undefined, { year: 'numeric', month: 'short', day: 'numeric' });
        this.textContent = fill(this.dataset.label ?? '{result} ({date})', { result: `${last.score}%`, date });
        this.hidden = false;
      }
    },
  );
}
