import type { z } from 'astro/zod';
import type { PluralFormsSchema } from '../../schemas/interface-text.ts';
import { fill } from './fill.ts';

/** The forms of a counted text by CLDR plural category; `other` is the one every language has. */
export type PluralForms = z.output<typeof PluralFormsSchema>;

/** The CLDR plural categories, in the order translators usually write them (the keys of PluralFormsSchema). */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const satisfies readonly (keyof PluralForms)[];

const rules = new Map<string, Intl.PluralRules>();

function pluralRules(lang: string): Intl.PluralRules {
  let rule = rules.get(lang);
  if (!rule) {
    try {
      rule = new Intl.PluralRules(lang);
    } catch {
      // A tag the runtime does not know still needs a form: English rules pick one or other.
      rule = new Intl.PluralRules('en');
    }
    rules.set(lang, rule);
  }
  return rule;
}

/** The categories `lang` tells apart, e.g. one, few, many and other for Russian. */
export function pluralCategories(lang: string): string[] {
  return pluralRules(lang).resolvedOptions().pluralCategories;
}

/** The form of `forms` that `count` takes in `lang`, placeholders still in it; `other` when that form is missing. */
export function pluralForm(lang: string, forms: PluralForms, count: number): string {
  return forms[pluralRules(lang).select(count) as keyof PluralForms] ?? forms.other;
}

/** The form of `forms` that `count` takes in `lang`, with `{count}` and `values` filled in. */
export function plural(lang: string, forms: PluralForms, count: number, values: Readonly<Record<string, string | number>> = {}): string {
  return fill(pluralForm(lang, forms, count), { count, ...values });
}
