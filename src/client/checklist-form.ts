import { browserStorage } from './browser-storage.ts';
import { fill } from '../lib/i18n/fill.ts';
import { pluralForm, type PluralForms } from '../lib/i18n/plural.ts';
import { scoreChecklist, type ScoredItem } from '../lib/handbook/checklist-score.ts';
import type { ChecklistScale } from '../schemas/standard.ts';
import { clearAnswers, readAnswers, saveAnswers, type ChecklistAnswers } from '../lib/handbook/checklist-answers.ts';


/** Every filled field of the form: scores, comments and control items. */
function formAnswers(form: HTMLFormElement): ChecklistAnswers {
  const answers: ChecklistAnswers = {};
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') answers[name] = value;
  return answers;
}

/** Puts kept answers back into the form's fields. */
function restore(form: HTMLFormElement, answers: ChecklistAnswers): void {
  for (const [name, value] of Object.entries(answers)) {
    for (const field of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`[name="${CSS.escape(name)}"]`)) {
      if (field instanceof HTMLInputElement && field.type === 'radio') field.checked = field.value === value;
      else field.value = value;
    }
  }
}

/**
 * `<checklist-form>` shows the running score of the static form it wraps: weighted total, percentage
 * and answered items, updated on every answer; keeps the answers in this browser until they are
 * cleared; plus a print button. The form works without it.
 */
export function defineChecklistForm(): void {
  if (customElements.get('checklist-form')) return;
  customElements.define(
    'checklist-form',
    class extends HTMLElement {
      connectedCallback() {
        const form = this.querySelector('form');
        if (!form) return;
        const storage = browserStorage();
        const page = location.pathname;
        restore(form, readAnswers(storage, page));
        form.addEventListener('change', () => this.#update(form));
        // Comments are kept as they are typed, not only when the field loses focus.
        form.addEventListener('input', () => saveAnswers(storage, page, formAnswers(form)));
        form.addEventListener('change', () => saveAnswers(storage, page, formAnswers(form)));
        // The reset event fires before the fields are cleared.
        form.addEventListener('reset', () => {
          clearAnswers(storage, page);
          setTimeout(() => this.#update(form));
        });
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
        const answers = formAnswers(form);
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
