import { describe, expect, it } from 'vitest';
import { compileStopPhrases } from '../../../src/lib/engine/stop-phrases/index.ts';
import { samplePlaybook } from './sample-playbook.ts';

/** The phrase of every rule the sample's list flags in a sentence. */
function flagged(lang: string, sentence: string): string[] {
  const list = samplePlaybook().stopPhrases.find((source) => source.lang === lang)!;
  return compileStopPhrases(list.data).find(sentence).map((match) => match.rule.phrase);
}

// Sentences as reps really write or say them, pinned after proof-reading: what the method bans and
// what it teaches instead. Each banned sentence names the rule that must catch it.
const banned = {
  en: [
    ["I'll try to get the pallets to you tomorrow.", "I'll try"],
    ['We will try to find a slot on Thursday.', "I'll try"],
    ["Let me try to speak to the depot.", "I'll try"],
    ["I'll see what I can do about the price.", "I'll try"],
    ["Sorry, we can't deliver on Sunday.", "That's impossible"],
    ['No, you need to book it in the portal.', 'No.'],
    ["I'll call you back about the claim.", "I'll call you back"],
    ["We'll get back to you on that.", "I'll call you back"],
    ['For that, please call our hotline.', 'Call the hotline'],
    ['Next!', 'Next!'],
    ['Please calm down, sir.', 'Calm down'],
    ["No problem, call us when you're ready.", "Call us when you're ready"],
    ['You should have checked the address.', "It's your fault"],
    ["That's our policy, I'm afraid.", "It's our policy"],
  ],
  ru: [
    ['Я постараюсь привезти паллеты завтра.', 'Я постараюсь'],
    ['Постараемся найти окно в четверг.', 'Я постараюсь'],
    ['Попробуем договориться со складом.', 'Я постараюсь'],
    ['Посмотрю, что можно сделать с ценой.', 'Я постараюсь'],
    ['В воскресенье доставить нельзя.', 'Это невозможно'],
    ['Мы не можем изменить адрес в пути.', 'Это невозможно'],
    ['Нет, это надо оформлять в портале.', 'Нет.'],
    ['Я вам перезвоню по претензии.', 'Я вам перезвоню'],
    ['Позвоните на горячую линию, там подскажут.', 'Позвоните на горячую линию'],
    ['Следующий!', 'Следующий!'],
    ['Успокойтесь, пожалуйста.', 'Успокойтесь'],
    ['Звоните, когда будете готовы.', 'Звоните, когда будете готовы'],
    ['Надо было сразу проверить адрес.', 'Вы сами виноваты'],
    ['Такова наша политика.', 'Такова наша политика'],
  ],
} as const;

const good = {
  en: [
    "I'll call you back today by 15:30.",
    "I'll call you back within 20 minutes, once I've spoken to the depot.",
    "I'll get back to you by Friday at 12:00.",
    'You must have been waiting a long time. I am sorry.',
    'Delivery on Sunday is not on our schedule; the earliest is Monday before 10:00.',
    "No, thank you, that's everything I needed.",
    'We can deliver tomorrow before 10:00.',
    'Shall I call you on Friday at 10:00, when you have had a look?',
    'Good morning, please come over. How can I help?',
    'I will book the redelivery for tomorrow morning and confirm it by 16:00.',
    "We can't wait to start on the Tartu route with you.",
  ],
  ru: [
    'Я перезвоню вам сегодня до 15:30.',
    'Я вам перезвоню в 14:00, когда поговорю со складом.',
    'Нам нужно было сразу вас предупредить.',
    'Вы должны получить письмо до 12:00.',
    'Нельзя ли прислать номер накладной?',
    'Нет, это не проблема, сделаем.',
    'Давайте проверим на деле: пять паллет в среду.',
    'Давайте попробуем на деле — пять паллет в среду.',
    'Доставку в воскресенье мы не делаем, ближайшая — в понедельник до 10:00.',
    'Здравствуйте, проходите, пожалуйста. Чем могу помочь?',
    'Вам перезвонят сегодня до 13:00.',
  ],
} as const;

describe('stop phrases of the sample', () => {
  for (const lang of ['en', 'ru'] as const) {
    it(`flags each of ${banned[lang].length} banned ${lang} sentences with the rule that bans it`, () => {
      expect(banned[lang].length).toBeGreaterThanOrEqual(10);
      for (const [sentence, rule] of banned[lang]) expect(flagged(lang, sentence), sentence).toContain(rule);
    });

    it(`leaves ${good[lang].length} sentences of good ${lang} service language unflagged`, () => {
      expect(good[lang].length).toBeGreaterThanOrEqual(10);
      for (const sentence of good[lang]) expect(flagged(lang, sentence), sentence).toEqual([]);
    });
  }
});
