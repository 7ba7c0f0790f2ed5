/**
 * Sentences for synthetic playbooks: freight-sales wording in English and Russian, built from
 * word pools by a seeded random generator, so every run writes the same corpus. Like real text,
 * a few words are everywhere and most are rare: pools are drawn from with a skewed distribution,
 * and hundreds of client names make the long tail. The pools avoid every word of the bench's
 * stop-phrase list, so the content check stays quiet.
 */

/** A seeded pseudo-random generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks one item. */
export function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

/** Picks one item, the first ones far more often than the last (roughly Zipf's law). */
export function pickSkewed<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(items.length * rand() ** 2.5)]!;
}

/** A whole number from `min` to `max`. */
export function between(rand: () => number, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}

interface Pools {
  openers: string[];
  subjects: string[];
  verbs: string[];
  objects: string[];
  details: string[];
  closers: string[];
  questions: string[];
  topics: string[];
}

const en: Pools = {
  openers: ['Good afternoon', 'Thank you for your time', 'Fair question', 'Let me be specific', 'That makes sense', 'Good morning', 'I see', 'Understood'],
  subjects: ['our team', 'the depot in Riga', 'your logistics manager', 'the driver', 'our dispatcher', 'the warehouse', 'your buyer', 'our account manager'],
  verbs: ['can deliver', 'will confirm', 'plans', 'schedules', 'tracks', 'collects', 'covers', 'prices', 'books', 'checks'],
  objects: ['every pallet to Vilnius', 'the Tallinn lane', 'next-day delivery', 'the November peak', 'a trial shipment', 'returns from retail chains', 'the tail-lift service', 'temperature-controlled loads', 'the weekly route', 'proof of delivery in the portal'],
  details: ['before 10:00', 'by Thursday', 'for 41 euros a pallet', 'within two working days', 'on the same truck', 'at no extra cost', 'with a named contact', 'for 80 pallets a month', 'from the Jelgava depot', 'with electronic signatures'],
  closers: ['Would that work for you?', 'Shall I send the figures today?', 'Does Thursday at ten suit you?', 'Which option is closer to your plans?', 'May I call you back at 15:30?'],
  questions: ['How do you ship to the Baltic capitals today?', 'Who approves a new carrier at your company?', 'What volume do you expect in the peak season?', 'What would make the rate feel fair to you?', 'When does your current contract end?'],
  topics: ['pallet rates', 'delivery windows', 'peak season capacity', 'route planning', 'warehouse slots', 'damage claims', 'invoice terms', 'retail deliveries'],
};

const ru: Pools = {
  openers: ['Добрый день', 'Спасибо за ваше время', 'Хороший вопрос', 'Скажу конкретно', 'Понимаю', 'Доброе утро', 'Согласен', 'Принято'],
  subjects: ['наша команда', 'склад в Риге', 'ваш руководитель логистики', 'водитель', 'наш диспетчер', 'склад', 'ваш закупщик', 'наш менеджер'],
  verbs: ['доставит', 'подтвердит', 'планирует', 'согласует', 'отслеживает', 'забирает', 'покрывает', 'рассчитывает', 'бронирует', 'проверяет'],
  objects: ['каждую паллету в Вильнюс', 'направление на Таллин', 'доставку на следующий день', 'ноябрьский пик', 'пробную отгрузку', 'возвраты из торговых сетей', 'услугу гидроборта', 'грузы с температурным режимом', 'еженедельный маршрут', 'подтверждение доставки в портале'],
  details: ['до 10:00', 'к четвергу', 'по 41 евро за паллету', 'за два рабочих дня', 'той же машиной', 'без доплаты', 'с именным контактом', 'при объёме 80 паллет в месяц', 'со склада в Елгаве', 'с электронной подписью'],
  closers: ['Вам так подойдёт?', 'Отправить расчёт сегодня?', 'Удобно в четверг в десять?', 'Какой вариант вам ближе?', 'Можно я перезвоню в 15:30?'],
  questions: ['Как вы сейчас возите в столицы Балтии?', 'Кто у вас утверждает нового перевозчика?', 'Какой объём вы ждёте в сезон?', 'Какой тариф показался бы вам справедливым?', 'Когда заканчивается ваш нынешний договор?'],
  topics: ['тарифы за паллету', 'окна доставки', 'мощности в сезон', 'планирование маршрутов', 'места на складе', 'претензии по повреждениям', 'условия оплаты', 'доставка в сети'],
};

const pools: Record<string, Pools> = { en, ru };

const SYLLABLES: Record<string, string[]> = {
  en: ['nor', 'vik', 'bal', 'trans', 'ster', 'lund', 'mar', 'tex', 'ora', 'kel', 'dan', 'rix', 'sol', 'pol', 'ven', 'tor', 'gal', 'mek', 'sar', 'lin', 'ber', 'kas', 'mod', 'fin'],
  ru: ['нор', 'вик', 'бал', 'транс', 'стер', 'лун', 'мар', 'текс', 'ора', 'кел', 'дан', 'рикс', 'сол', 'пол', 'вен', 'тор', 'гал', 'мек', 'сар', 'лин', 'бер', 'кас', 'мод', 'фин'],
};

// Client names: a fixed list per language, the same on every run.
const clientNames = new Map<string, string[]>();
function clients(lang: string): string[] {
  const key = SYLLABLES[lang] ? lang : 'en';
  if (!clientNames.has(key)) {
    const rand = random(key === 'ru' ? 11 : 13);
    const syllables = SYLLABLES[key]!;
    const names = new Set<string>();
    while (names.size < 600) {
      const name = Array.from({ length: between(rand, 2, 3) }, () => pick(rand, syllables)).join('');
      names.add(name.charAt(0).toUpperCase() + name.slice(1));
    }
    clientNames.set(key, [...names]);
  }
  return clientNames.get(key)!;
}

/** Sentences in one language. */
export interface TextGenerator {
  /** One statement, about 12–20 words. */
  sentence(): string;
  /** A phrase a rep says: an opener, one or two statements, often a closing question. */
  phrase(): string;
  /** A question a rep asks. */
  question(): string;
  /** A short title. */
  title(): string;
  /** A paragraph of three to six statements. */
  paragraph(): string;
}

const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** Writes sentences in `lang` (English for languages without their own pools). */
export function textGenerator(rand: () => number, lang: string): TextGenerator {
  const p = pools[lang] ?? en;
  const names = clients(lang);
  const forClient = () => (lang === 'ru' ? ` для «${pickSkewed(rand, names)}»` : ` for ${pickSkewed(rand, names)}`);
  const sentence = () =>
    `${capitalize(`${pickSkewed(rand, p.subjects)} ${pickSkewed(rand, p.verbs)} ${pickSkewed(rand, p.objects)} ${pickSkewed(rand, p.details)}${rand() < 0.6 ? forClient() : ''}`)}.`;
  return {
    sentence,
    phrase() {
      const parts = [`${pick(rand, p.openers)}.`, sentence()];
      if (rand() < 0.5) parts.push(sentence());
      if (rand() < 0.6) parts.push(pick(rand, p.closers));
      return parts.join(' ');
    },
    question: () => pick(rand, p.questions),
    title: () => capitalize(`${pickSkewed(rand, p.topics)}: ${pickSkewed(rand, p.objects)}${rand() < 0.5 ? forClient() : ''}`),
    paragraph: () => Array.from({ length: between(rand, 3, 6) }, sentence).join(' '),
  };
}

/** A client name of the corpus in `lang`, for queries that should find few entries. */
export function clientName(lang: string, index: number): string {
  const names = clients(lang);
  return names[index % names.length]!;
}
