import { fill } from '../lib/i18n/fill.ts';
import { pluralForm, type PluralForms } from '../lib/i18n/plural.ts';
import { scoreChecklist, type ScoredItem } from '../lib/handbook/checklist-score.ts';
import type { ChecklistScale } from '../schemas/standard.ts';

/**
 * `<checklist-form>` shows the running score of the static form it wraps: weighted total, percentage
 * and answered items, updated on every answer; plus a print button. The form works without it.
 */
export function defineChecklistForm(): void {
  if (customElements.get('checklist-form')) return;
  customElements.define(
    'checklist-form',
    class extends HTMLElement {
      connectedCallback() {
        const form = this.querySelector('form');
        if (!form) return;
        form.addEventListener('change', () => this.#update(form));
        // The reset event fires before the fields are cleared.
        form.addEventListener('reset', () => setTimeout(() => this.#update(form)));
        this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
        // Browsers restore answers on back/forward navigation; show their score.
        this.#update(form);
      }

      #update(form: HTMLFormElement) {
        const items: ScoredItem[] = [...this.querySelectorAll<HTMLElement>('[data-item]')].map((element) => ({
          id: element.dataset.item ?? '',
          weight: Number(element.dataset.weight ?? '1'),
          control: element.hasAttribute('data-control'),
        }));
        const answers: Record<string, string> = {};
        for (const [name, value] of new FormData(form)) if (typeof value === 'string') answers[name] = value;
        const score = scoreChecklist(this.dataset.scale as ChecklistScale, items, answers);
        const lang = document.documentElement.lang;
        const number = new Intl.NumberFormat(lang);
        const shown = { ...score, earned: number.format(score.earned), possible: number.format(score.possible) };
        this.#write('.score-percent', `${score.percent}%`);
        const points = JSON.parse(this.dataset.points ?? '{"other":"{earned} / {possible}"}') as PluralForms;
        this.#write('.score-points', fill(pluralForm(lang, points, score.possible), shown));
        this.#write('.score-answered', fill(this.dataset.answered ?? '{answered} / {scored}', shown));
      }

      #write(selector: string, text: string) {
        const output = this.querySelector(selector);
        if (output && output.textContent !== text) output.textContent = text;
      }
    },
  );
}
