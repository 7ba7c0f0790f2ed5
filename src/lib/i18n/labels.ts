/** Labels of the content format's fixed values (stages, channels, categories…), per language. */
type Labels = Record<string, Record<string, string>>;

const en: Labels = {
  stage: {
    opening: 'Opening', rapport: 'Rapport', needs: 'Needs discovery', presentation: 'Presentation',
    objection: 'Objection', agreement: 'Agreement', closing: 'Closing', 'follow-up': 'Follow-up',
  },
  channel: { phone: 'Phone', chat: 'Chat', email: 'Email', 'in-person': 'In person', social: 'Social', video: 'Video' },
  category: { price: 'Price', timing: 'Timing', competitor: 'Competitor', trust: 'Trust', need: 'Need', authority: 'Authority', other: 'Other' },
  kind: { 'cold-call': 'Cold call', 'repeat-call': 'Repeat call', complaint: 'Complaint', meeting: 'Meeting', chat: 'Chat', other: 'Other' },
  authorizer: { frontline: 'Frontline staff', supervisor: 'Supervisor', manager: 'Manager' },
  severity: { warning: 'Discouraged', error: 'Banned' },
  type: { call: 'Call script', scenario: 'Scenario', objection: 'Objection', standard: 'Standard', method: 'Method', checklist: 'Checklist', module: 'Speech module', 'stop-phrase': 'Stop phrase', response: 'Response' },
};

const ru: Labels = {
  stage: {
    opening: 'Начало', rapport: 'Контакт', needs: 'Выявление потребностей', presentation: 'Презентация',
    objection: 'Возражение', agreement: 'Договорённость', closing: 'Завершение', 'follow-up': 'После звонка',
  },
  channel: { phone: 'Телефон', chat: 'Чат', email: 'Email', 'in-person': 'Лично', social: 'Соцсети', video: 'Видео' },
  category: { price: 'Цена', timing: 'Сроки', competitor: 'Конкуренты', trust: 'Доверие', need: 'Потребность', authority: 'Полномочия', other: 'Другое' },
  kind: { 'cold-call': 'Холодный звонок', 'repeat-call': 'Повторный звонок', complaint: 'Жалоба', meeting: 'Встреча', chat: 'Чат', other: 'Другое' },
  authorizer: { frontline: 'Сотрудник', supervisor: 'Старший смены', manager: 'Руководитель' },
  severity: { warning: 'Нежелательно', error: 'Запрещено' },
  type: { call: 'Скрипт звонка', scenario: 'Сценарий', objection: 'Возражение', standard: 'Стандарт', method: 'Методика', checklist: 'Чек-лист', module: 'Речевой модуль', 'stop-phrase': 'Стоп-фраза', response: 'Ответ' },
};

const byLang: Record<string, Labels> = { en, ru };

/** Label of a fixed value such as a stage or channel; English, then the raw value, when missing. */
export function label(lang: string, group: keyof typeof en, value: string): string {
  const base = lang.split('-')[0]!;
  return byLang[lang]?.[group]?.[value] ?? byLang[base]?.[group]?.[value] ?? en[group]?.[value] ?? value;
}

/** Shows a free label written as a slug (`agree-and-argue`) as words: `Agree and argue`. */
export function slugLabel(lang: string, value: string): string {
  const words = value.replace(/-/gu, ' ').trim();
  return words.charAt(0).toLocaleUpperCase(lang) + words.slice(1);
}
