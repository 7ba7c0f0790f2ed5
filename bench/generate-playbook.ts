import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { between, pick, random, textGenerator, type TextGenerator } from './synthetic-text.ts';

/** What a generated playbook holds, to choose queries and report sizes. */
export interface GeneratedPlaybook {
  contentDir: string;
  entries: number;
  languages: string[];
  /** Objection aliases, per language: the bench searches some of them. */
  aliases: Record<string, string[]>;
}

const LANGUAGES = ['en', 'ru'] as const;
const CHAPTERS = ['first-call', 'second-call', 'offer', 'relationship', 'difficult'];
const STAGES = ['opening', 'rapport', 'needs', 'presentation', 'objection', 'agreement', 'closing', 'follow-up'];
const CHANNELS = ['phone', 'chat', 'email', 'in-person', 'social', 'video'];
const CATEGORIES = ['price', 'timing', 'competitor', 'trust', 'need', 'authority', 'other'];

const OBJECTION_STARTS: Record<string, string[]> = {
  en: ['It is too expensive for', 'We already have a carrier for', 'Send me an email about', 'Not now, we are busy with', 'I need approval for', 'We do it in house:'],
  ru: ['Слишком дорого:', 'У нас уже есть перевозчик на', 'Пришлите письмо про', 'Сейчас не до этого:', 'Нужно согласование на', 'Мы делаем это сами:'],
};

const STOP_PHRASES: Record<string, { phrase: string; match?: string[]; why: string; replacements: string[] }[]> = {
  en: [
    { phrase: "I'll try", match: ["I'll try", 'I will try'], why: 'Promises nothing.', replacements: ['I will confirm it by 16:00 today.'] },
    { phrase: "That's impossible", match: ['impossible'], why: 'Closes the door.', replacements: ['Here is what I can do: …'] },
    { phrase: "I don't know", why: 'Leaves the client alone.', replacements: ['Let me find out and call you back by 17:00.'] },
    { phrase: 'Call us back later', why: 'Makes the client chase us.', replacements: ['I will call you back today at 15:30.'] },
    { phrase: 'To be honest', match: ['to be honest', 'honestly'], why: 'Suggests we were not honest before.', replacements: ['State the fact directly.'] },
    { phrase: 'Calm down', why: 'Escalates the conflict.', replacements: ['I understand why this is frustrating.'] },
  ],
  ru: [
    { phrase: 'Я постараюсь', match: ['постара*'], why: 'Ничего не обещает.', replacements: ['Я подтвержу это сегодня до 16:00.'] },
    { phrase: 'Это невозможно', match: ['невозможно'], why: 'Закрывает разговор.', replacements: ['Вот что я могу сделать: …'] },
    { phrase: 'Я не знаю', match: ['не знаю'], why: 'Оставляет клиента одного.', replacements: ['Уточню и перезвоню до 17:00.'] },
    { phrase: 'Перезвоните позже', match: ['перезвоните позже'], why: 'Клиент вынужден нас догонять.', replacements: ['Я перезвоню вам сегодня в 15:30.'] },
    { phrase: 'Честно говоря', match: ['честно говоря', 'если честно'], why: 'Намекает, что раньше мы были нечестны.', replacements: ['Назовите факт прямо.'] },
    { phrase: 'Успокойтесь', why: 'Обостряет конфликт.', replacements: ['Понимаю, почему это неприятно.'] },
  ],
};

const pad = (n: number) => String(n).padStart(4, '0');

function frontmatter(data: Record<string, unknown>, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`;
}

function base(text: TextGenerator, title: string) {
  return { title, summary: text.sentence(), owner: 'Bench team', reviewed: '2026-09-01', tags: ['bench'] };
}

/**
 * Writes a synthetic playbook of `entries` MDX entries (half English, half Russian, translations
 * sharing ids): 40 % call scripts of 4–6 speech modules, 30 % objections, 15 % standards,
 * 15 % role-play scenarios, plus stop phrases and compensation per language.
 */
export function generatePlaybook(root: string, entries: number, seed = 7): GeneratedPlaybook {
  const contentDir = path.join(root, 'content');
  fs.rmSync(contentDir, { recursive: true, force: true });
  const perLanguage = Math.max(4, Math.round(entries / LANGUAGES.length));
  const counts = {
    call: Math.max(1, Math.round(perLanguage * 0.4)),
    objection: Math.max(1, Math.round(perLanguage * 0.3)),
    standard: Math.max(1, Math.round(perLanguage * 0.15)),
  };
  const scenarios = Math.max(1, perLanguage - counts.call - counts.objection - counts.standard);
  const aliases: Record<string, string[]> = {};
  const write = (file: string, text: string) => {
    const full = path.join(contentDir, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  };
  write('config.yaml', stringify({ name: 'Bench playbook', defaultLang: 'en' }));

  LANGUAGES.forEach((lang, langIndex) => {
    const rand = random(seed * 31 + langIndex);
    const text = textGenerator(rand, lang);
    const moduleIds: string[] = [];
    aliases[lang] = [];

    for (let i = 1; i <= counts.call; i += 1) {
      const id = `call-${pad(i)}`;
      const modules = Array.from({ length: between(rand, 4, 6) }, (_, k) => ({
        id: `${id}-m${k + 1}`,
        stage: pick(rand, STAGES),
        intent: text.title(),
        variants: Array.from({ length: between(rand, 2, 3) }, () => text.phrase()),
        ...(rand() < 0.5 ? { note: text.sentence() } : {}),
      }));
      moduleIds.push(...modules.map((m) => m.id));
      const data = { ...base(text, text.title()), type: 'call', chapter: pick(rand, CHAPTERS), channels: [pick(rand, CHANNELS)], goal: text.sentence(), modules };
      const link = `[${text.title()}](objection:objection-${pad(between(rand, 1, counts.objection))})`;
      write(`scripts/${lang}/${id}.mdx`, frontmatter(data, `${text.paragraph()}\n\n${text.paragraph()} ${link}.\n\n## ${text.title()}\n\n${text.paragraph()}`));
    }

    for (let i = 1; i <= counts.objection; i += 1) {
      const topic = text.title().toLowerCase();
      const said = Array.from({ length: 3 }, () => `${pick(rand, OBJECTION_STARTS[lang]!)} ${text.title().toLowerCase()}`);
      aliases[lang]!.push(...said.slice(1));
      const data = {
        ...base(text, `${pick(rand, OBJECTION_STARTS[lang]!)} ${topic}`),
        aliases: said.slice(1),
        category: pick(rand, CATEGORIES),
        stages: [pick(rand, STAGES)],
        channels: [pick(rand, CHANNELS), 'phone'].filter((c, k, all) => all.indexOf(c) === k),
        responses: ['clarify', 'reframe', 'offer-options'].map((technique) => ({ technique, text: text.phrase() })),
        followUp: text.question(),
      };
      write(`objections/${lang}/objection-${pad(i)}.mdx`, frontmatter(data, `${text.paragraph()}\n\n${text.paragraph()}`));
    }

    for (let i = 1; i <= counts.standard; i += 1) {
      const id = `standard-${pad(i)}`;
      const kind = ['standard', 'method', 'checklist'][i % 3]!;
      const details =
        kind === 'standard'
          ? { channels: [pick(rand, CHANNELS)], norms: Array.from({ length: 3 }, () => ({ metric: text.title(), target: pick(rand, ['30 seconds', '2 hours', 'same day', '1 working day']) })) }
          : kind === 'method'
            ? { steps: Array.from({ length: 4 }, () => ({ name: text.title(), text: text.sentence() })) }
            : {
                scale: 'yes-no-partly',
                sections: Array.from({ length: 2 }, (_, s) => ({
                  title: text.title(),
                  items: Array.from({ length: 3 }, (_, k) => ({ id: `${id}-s${s + 1}-i${k + 1}`, text: text.sentence() })),
                })),
              };
      write(`standards/${lang}/${id}.mdx`, frontmatter({ ...base(text, text.title()), type: kind, ...details }, text.paragraph()));
    }

    for (let i = 1; i <= scenarios; i += 1) {
      const module = pick(rand, moduleIds);
      const objection = `objection-${pad(between(rand, 1, counts.objection))}`;
      const dialogue = [
        `rep: ${text.phrase()} {module:${module}}`,
        `client: ${text.sentence()}`,
        'rep:',
        `  * ${text.question()} -> ask`,
        `  * ${text.sentence()} -> offer`,
        '',
        '== ask',
        `client: ${text.sentence()}`,
        `rep: ${text.phrase()}`,
        '-> end',
        '',
        '== offer',
        `client: ${text.sentence()}`,
        `rep: {objection:${objection}} ${text.phrase()}`,
        '-> end',
      ].join('\n');
      const data = { ...base(text, text.title()), type: 'scenario', chapter: 'scenarios', channels: ['phone'], kind: 'cold-call', roles: { rep: lang === 'ru' ? 'Менеджер' : 'Sales rep', client: lang === 'ru' ? 'Клиент' : 'Client' } };
      write(`scripts/${lang}/scenario-${pad(i)}.mdx`, frontmatter(data, `${text.paragraph()}\n\n\`\`\`dialogue\n${dialogue}\n\`\`\`\n\n${text.paragraph()}`));
    }

    write(`standards/${lang}/stop-phrases.yaml`, stringify(STOP_PHRASES[lang]!.map((rule) => ({ ...rule, severity: 'warning' })), { lineWidth: 0 }));
    write(
      `standards/${lang}/compensation.yaml`,
      stringify({
        currency: 'EUR',
        tiers: [10, 50, 200].map((costCap, k) => ({
          id: `tier-${k + 1}`,
          name: text.title(),
          problem: text.sentence(),
          examples: [text.sentence()],
          options: [{ text: text.sentence(), costCap }],
          authorizedBy: ['frontline', 'supervisor', 'manager'][k],
        })),
      }),
    );
  });

  return { contentDir, entries: perLanguage * LANGUAGES.length, languages: [...LANGUAGES], aliases };
}
