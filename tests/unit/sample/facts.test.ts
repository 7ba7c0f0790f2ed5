import { describe, expect, it } from 'vitest';
import { entriesIn, samplePlaybook, scenariosIn, spokenTexts } from './sample-playbook.ts';

/** Every string of an entry's frontmatter, and its body with the dialogue's weak options left out (they are wrong on purpose). */
function textsOf(lang: string): { text: string; where: string }[] {
  const weak = new Set(spokenTexts(lang).filter((t) => t.weak).map((t) => t.text));
  const texts: { text: string; where: string }[] = [];
  const walk = (value: unknown, where: string) => {
    if (typeof value === 'string') texts.push({ text: value, where });
    else if (Array.isArray(value)) value.forEach((inner) => walk(inner, where));
    else if (value && typeof value === 'object') Object.values(value).forEach((inner) => walk(inner, where));
  };
  for (const entry of entriesIn(lang)) {
    walk(entry.data, entry.id);
    const body = entry.body
      .split('\n')
      .filter((line) => ![...weak].some((text) => line.includes(text)) && !/^\s*!/u.test(line))
      .join('\n');
    texts.push({ text: body, where: `${entry.id} (body)` });
  }
  for (const list of samplePlaybook().compensation.filter((source) => source.lang === lang)) walk(list.data, 'compensation.yaml');
  return texts;
}

/** Every number a pattern captures anywhere in the language's content, with where it was found. */
function captured(lang: string, pattern: RegExp): { value: string; where: string }[] {
  return textsOf(lang).flatMap(({ text, where }) => [...text.matchAll(pattern)].map((match) => ({ value: match[1]!, where })));
}

const factSheet = (lang: string) => entriesIn(lang).find((entry) => entry.id === 'company-facts')!.body;

// The one set of facts of the sample company; the fact sheet states them and no entry contradicts them.
const facts = {
  en: {
    clients: [/\b(\d[\d,]*) (?:business clients|businesses|companies)\b/gu, '450'],
    cities: [/\b(\d+) cities\b/gu, '27'],
    trucks: [/\b(\d+) trucks\b/gu, '140'],
    onTime: [/(?<!below )\b(9\d(?:\.\d)?)%(?= (?:on time|arrived|of deliveries|of parcels))/gu, '97.4'],
    // Our own price per pallet; fuel surcharges (one digit) and a competitor's quote are not our price.
    palletPrice: [/(?<!quoted )€([1-9]\d) (?:per|a) pallet\b/gu, ['57', '49']],
    discount: [/\b8% off from (\d+) pallets/gu, '100'],
  },
  ru: {
    clients: [/(\d[\d ]*) (?:клиентов-компаний|компаний)/gu, '450'],
    cities: [/(\d+) город/gu, '27'],
    trucks: [/(\d+) (?:собственных )?машин(?!\p{L})/gu, '140'],
    onTime: [/(?<!меньше )\b(9\d(?:,\d)?)%(?= (?:доставок|посылок|грузов))/gu, '97,4'],
    palletPrice: [/(?<!предложили |[\d,])([1-9]\d) € за паллету/gu, ['57', '49']],
    discount: [/от (\d+) паллет в месяц (?:по договору на полгода — минус|при договоре на полгода|со скидкой)/gu, '100'],
  },
} as const;

describe('facts of the sample company', () => {
  for (const lang of ['en', 'ru'] as const) {
    it(`states every fact in the ${lang} fact sheet`, () => {
      const sheet = factSheet(lang);
      for (const text of lang === 'en'
        ? ['about 450', '27 cities', '140 trucks', '97.4%', 'October 2024', '€57 per pallet', '€49 per pallet', '8% off from 100 pallets a month', '€4.20', 'up to €75', 'up to €400']
        : ['около 450', '27 городами', '140 собственных машин', '97,4%', 'октябре 2024', '57 € за паллету', '49 € за паллету', '8% от 100 паллет в месяц', '4,20 €', 'до 75 €', 'до 400 €'])
        expect(sheet, text).toContain(text);
    });

    for (const [fact, [pattern, expected]] of Object.entries(facts[lang])) {
      it(`never contradicts the ${lang} fact sheet on ${fact}`, () => {
        const found = captured(lang, pattern);
        expect(found.length, `${fact} is mentioned somewhere`).toBeGreaterThan(0);
        const allowed = ([] as string[]).concat(expected);
        expect(found.filter(({ value }) => !allowed.includes(value.replace(/[\s,]/gu, '').replace(/^(\d+)$/u, '$1')) && !allowed.includes(value))).toEqual([]);
      });
    }

    it(`dates the ${lang} hub move to October 2024 wherever it is mentioned`, () => {
      const hub = lang === 'en' ? /[^.]*\bmov\w+ (?:our|the) Riga hub[^.]*/gu : /[^.]*(?:переезжали в новый хаб|хаб в Риге переехал|переносили хаб)[^.]*/gu;
      const mentions = textsOf(lang).flatMap(({ text, where }) => [...text.matchAll(hub)].map((m) => ({ sentence: m[0], where })));
      expect(mentions.length).toBeGreaterThan(1);
      expect(mentions.filter(({ sentence }) => !(lang === 'en' ? /October 2024/u : /октябр\S* 2024/u).test(sentence))).toEqual([]);
    });
  }

  it('asks one question per chat message, as the chat standard says', () => {
    for (const lang of ['en', 'ru']) {
      for (const { graph, staff, id } of scenariosIn(lang).filter(({ entry }) => 'kind' in entry.data && entry.data.kind === 'chat')) {
        const lines = graph.sections.flatMap((section) => section.steps.filter((step) => staff.includes(step.role)));
        expect(lines.filter((line) => (line.text.match(/\?/gu) ?? []).length > 1).map((line) => `${lang}/${id} ${line.id}`)).toEqual([]);
      }
    }
  });
});
