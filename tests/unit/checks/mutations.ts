import fs from 'node:fs';
import path from 'node:path';

/** A problem the report must contain: where (`file:line — field`), how severe, and optionally its exact words. */
export interface ExpectedProblem {
  file: string;
  line?: number;
  field: string;
  severity: 'error' | 'warning';
  /** The rest of the report line, `message — expected`, pinned after proof-reading. */
  says?: string;
}

/** One kind of content error, planted into a copy of tests/fixtures/valid. */
export interface Mutation {
  /** What is planted, as the end of a sentence: "reports <kind>". */
  kind: string;
  /** Changes the copied content folder. */
  apply(dir: string): void;
  /** Exit code of the check command. */
  exitCode: 0 | 1;
  expect: ExpectedProblem[];
}

/** Replaces the one occurrence of `from` in a file; fails loudly when the fixture no longer holds it. */
export function edit(dir: string, file: string, from: string, to: string): void {
  const target = path.join(dir, file);
  const text = fs.readFileSync(target, 'utf8');
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`Expected exactly one “${from}” in ${file}, found ${count}.`);
  fs.writeFileSync(target, text.replace(from, to));
}

/** Writes a file (creating folders), relative to the content folder. */
export function write(dir: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
}

const SCENARIO = 'scripts/en/cold-call-roleplay.mdx';
const error = (file: string, line: number | undefined, field: string, says?: string): ExpectedProblem => ({ file, line, field, severity: 'error', says });
const warning = (file: string, line: number | undefined, field: string, says?: string): ExpectedProblem => ({ file, line, field, severity: 'warning', says });

/**
 * Every kind of content error, each planted in its own place so that all of them can also be
 * planted together without moving each other's lines.
 */
export const mutations: Mutation[] = [
  {
    kind: 'a value outside its list of allowed values',
    apply: (dir) => edit(dir, 'objections/ru/have-a-supplier.mdx', 'category: competitor', 'category: competition'),
    exitCode: 1,
    expect: [error('objections/ru/have-a-supplier.mdx', 6, 'category', "“competition” is not one of the allowed values. — Did you mean “competitor”? Use one of: price, timing, competitor, trust, need, authority, other.")],
  },
  {
    kind: 'a missing required field',
    apply: (dir) => edit(dir, 'standards/ru/last-method.mdx', 'owner: Служба качества\n', ''),
    exitCode: 1,
    expect: [error('standards/ru/last-method.mdx', 2, 'owner', "This required field is missing. — Add “owner:” followed by a text.")],
  },
  {
    kind: 'a misspelt field, suggesting the right name',
    apply: (dir) => edit(dir, 'scripts/ru/gatekeeper-call.mdx', '    note: Секретарю', '    notes: Секретарю'),
    exitCode: 1,
    expect: [error('scripts/ru/gatekeeper-call.mdx', 24, 'modules[1].notes', "Unknown field “notes”. — Did you mean “note”? Otherwise remove it.")],
  },
  {
    kind: 'a YAML syntax error in the frontmatter',
    apply: (dir) => edit(dir, 'standards/he/last-method.mdx', 'summary: ארבעה צעדים לטיפול בתלונה.', 'summary: ארבעה צעדים: להקשיב, להתנצל, לפתור, להודות.'),
    exitCode: 1,
    expect: [error('standards/he/last-method.mdx', 3, 'YAML', "The YAML cannot be read: the value contains “: ”, which YAML takes for the start of another field. — Put the whole value in quotes, e.g. summary: \"Goal: book the next call.\"")],
  },
  {
    kind: 'a YAML syntax error in a data file',
    apply: (dir) => edit(dir, 'standards/ru/compensation.yaml', 'examples: [Заказ приехал на день позже]', 'examples: [Заказ приехал на день позже'),
    exitCode: 1,
    expect: [error('standards/ru/compensation.yaml', 6, 'YAML', "The YAML cannot be read: the list opened with “[” is never closed. — Close it with “]” on the same line, or put the whole value in quotes if it starts with “[”.")],
  },
  {
    kind: 'an MDX syntax error in the body',
    apply: (dir) => edit(dir, 'objections/he/have-a-supplier.mdx', 'לקוח עם ספק הוא לקוח שקונה.', 'לקוח עם ספק הוא לקוח שקונה.\n\nשלחו <b>היום את ההצעה.'),
    exitCode: 1,
    expect: [error('objections/he/have-a-supplier.mdx', 20, 'body', "The MDX body cannot be read: Expected a closing tag for `<b>` before the end of `paragraph`. — In MDX, { and } start JavaScript and < starts a component: write them as \\{, \\} and &lt; in text, put them in `code`, or close the tag.")],
  },
  {
    kind: 'a component in a body that entries do not have',
    apply: (dir) => edit(dir, 'standards/en/call-checklist.mdx', 'Score every item; control items are not scored.', 'Score every item. <Tip>Control items are not scored.</Tip>'),
    exitCode: 1,
    expect: [
      error(
        'standards/en/call-checklist.mdx',
        23,
        'body',
        'The component <Tip> does not exist in playbook entries, so the page cannot be built. — Use Markdown or lowercase HTML tags such as <b>; to show the tag as text, write &lt;Tip> or put it in `code`.',
      ),
    ],
  },
  {
    kind: 'braces in a body that MDX reads as JavaScript',
    apply: (dir) => edit(dir, 'scripts/he/contact-call.mdx', 'כשעולה המחיר,', 'כשעולה המחיר {price},'),
    exitCode: 1,
    expect: [
      error(
        'scripts/he/contact-call.mdx',
        32,
        'body',
        '“{price}” is read as JavaScript, which entries cannot run, so the page cannot be built. — To show braces as text, write \\{ and \\}, or put the text in `code`.',
      ),
    ],
  },
  {
    kind: 'a speech module id used by two scripts',
    apply: (dir) =>
      edit(
        dir,
        'scripts/en/contact-call.mdx',
        '      - May I call you on Thursday at ten with a plan for your office?\n',
        '      - May I call you on Thursday at ten with a plan for your office?\n  - id: greet-gatekeeper\n    stage: closing\n    intent: Say goodbye\n    variants:\n      - Thank you, speak on Thursday.\n',
      ),
    exitCode: 1,
    expect: [error('scripts/en/gatekeeper-call.mdx', 12, 'modules[0].id', "The speech module id “greet-gatekeeper” is already used in scripts/en/contact-call.mdx:27. — Give this speech module an id unique across the whole en book.")],
  },
  {
    kind: 'a checklist item id used twice',
    apply: (dir) => edit(dir, 'standards/en/call-checklist.mdx', 'id: states-call-goal', 'id: states-name-and-company'),
    exitCode: 1,
    expect: [error('standards/en/call-checklist.mdx', 14, 'sections[0].items[1].id', "The checklist item id “states-name-and-company” is already used in standards/en/call-checklist.mdx:11. — Give this checklist item an id unique across the whole en book.")],
  },
  {
    kind: 'an unknown id in related',
    apply: (dir) => edit(dir, 'objections/en/too-expensive.mdx', 'modules: [state-call-goal]', 'modules: [state-call-gaol]'),
    exitCode: 1,
    expect: [error('objections/en/too-expensive.mdx', 17, 'related.modules[0]', "No module with the id “state-call-gaol” exists in en. — Did you mean “state-call-goal”? Otherwise use the id of an existing module (the id: field of a speech module), or create it.")],
  },
  {
    kind: 'an unknown TYPE:ID link in a body',
    apply: (dir) => edit(dir, 'objections/en/have-a-supplier.mdx', 'Ask what they would improve.', 'Ask what they would improve.\n\nThen use [the follow-up](module:no-such-module).'),
    exitCode: 1,
    expect: [error('objections/en/have-a-supplier.mdx', 20, 'link module:no-such-module', "No module with the id “no-such-module” exists in en. — Use the id of an existing module (the id: field of a speech module), or create it.")],
  },
  {
    kind: 'a link from an entry everyone reads to an entry only managers read',
    apply: (dir) => edit(dir, 'standards/en/chat-standard.mdx', 'the client chose.', 'the client chose.\n\nDiscounts: see [the approval call](script:discount-approval).'),
    exitCode: 1,
    expect: [error('standards/en/chat-standard.mdx', 17, 'link script:discount-approval', "“script:discount-approval” is only for managers, but this entry is read by everyone: the link would be broken in their edition. — Remove the reference, or give “script:discount-approval” an audience that includes everyone.")],
  },
  {
    kind: 'an unknown role in a dialogue line',
    apply: (dir) => edit(dir, SCENARIO, 'client: By email,', 'boss: By email,'),
    exitCode: 1,
    expect: [error(SCENARIO, 36, 'dialogue › role "boss"')],
  },
  {
    kind: 'a jump to an unknown section',
    apply: (dir) => edit(dir, SCENARIO, 'May I ask two questions first?\n-> needs', 'May I ask two questions first?\n-> neds'),
    exitCode: 1,
    expect: [error(SCENARIO, 32, 'dialogue › target "neds"')],
  },
  {
    kind: 'a dialogue section that no path reaches',
    apply: (dir) => edit(dir, SCENARIO, 'client: Thursday works.\n-> end\n', 'client: Thursday works.\n-> end\n\n== orphan\nrep: Goodbye.\n-> end\n'),
    exitCode: 1,
    expect: [error(SCENARIO, 41, 'dialogue › section "orphan"')],
  },
  {
    kind: 'a dialogue section that neither jumps nor ends',
    apply: (dir) => edit(dir, SCENARIO, 'What would you improve?\n-> needs', 'What would you improve?\nclient: Hm.'),
    exitCode: 1,
    expect: [error(SCENARIO, 28, 'dialogue › section "supplier"')],
  },
  {
    kind: 'an unknown {module:} reference in a dialogue',
    apply: (dir) => edit(dir, SCENARIO, '{module:book-next-step}', '{module:book-next-stp}'),
    exitCode: 1,
    expect: [error(SCENARIO, 37, 'dialogue › module "book-next-stp"')],
  },
  {
    kind: 'an unknown {objection:} reference in a dialogue',
    apply: (dir) => edit(dir, SCENARIO, '{objection:too-expensive}', '{objection:too-expensiv}'),
    exitCode: 1,
    expect: [error(SCENARIO, 31, 'dialogue › objection "too-expensiv"')],
  },
  {
    kind: 'a scenario without a dialogue block',
    apply: (dir) => edit(dir, 'scripts/ru/cold-call-roleplay.mdx', '```dialogue', '```text'),
    exitCode: 1,
    expect: [error('scripts/ru/cold-call-roleplay.mdx', 14, 'dialogue', "The scenario has no `dialogue` block, so there is no role-play to show. — Add one fenced code block that opens with ```dialogue and holds the role-play, with any debrief around it.")],
  },
  {
    kind: 'a compensation tier that may cost less than the tier before it',
    apply: (dir) => edit(dir, 'standards/en/compensation.yaml', 'costCap: 500', 'costCap: 40'),
    exitCode: 1,
    expect: [error('standards/en/compensation.yaml', 23, 'tiers[2].options[0].costCap', "Tier “major” may cost at most 40 EUR, less than the 50 EUR of the smaller tier “minor” before it. — List tiers from the smallest problem to the largest, with cost caps that never decrease; reorder the tiers or raise this cap.")],
  },
  {
    kind: 'an audience that config.yaml does not declare',
    apply: (dir) => edit(dir, 'scripts/ru/contact-call.mdx', 'reviewed: 2026-10-01\n', 'reviewed: 2026-10-01\naudience: [sales-team]\n'),
    exitCode: 1,
    expect: [error('scripts/ru/contact-call.mdx', 6, 'audience[0]', "The audience “sales-team” is not declared in config.yaml. — Use one of: everyone, managers; or add “sales-team” to audiences in config.yaml.")],
  },
  {
    kind: 'a banned stop phrase in a speech module variant',
    apply: (dir) => edit(dir, 'scripts/en/gatekeeper-call.mdx', '- Could you tell me who', '- Calm down, I only need a name. Could you tell me who'),
    exitCode: 1,
    expect: [error('scripts/en/gatekeeper-call.mdx', 23, 'modules[1].variants[1]', "Unexpected stop phrase “Calm down”: tells the client their feelings are wrong. — Say instead: “I understand why this upsets you.”")],
  },
  {
    kind: 'a discouraged stop phrase as a warning that does not fail the check',
    apply: (dir) => edit(dir, 'objections/en/have-a-supplier.mdx', 'text: Many of our clients', "text: I'll try to be brief. Many of our clients"),
    exitCode: 0,
    expect: [warning('objections/en/have-a-supplier.mdx', 13, 'responses[1].text', "Unexpected stop phrase “I'll try”: promises nothing; the client hears \"don't count on me\". — Say instead: “I will do it by 5 pm today.”")],
  },
  {
    kind: 'a spoken line longer than the word limit, as a warning',
    apply: (dir) =>
      edit(
        dir,
        'scripts/en/contact-call.mdx',
        '- What runs out most often?',
        '- What runs out most often in your office, and how many times a month does someone run to the shop for paper, toner or coffee because nobody ordered it in time?',
      ),
    exitCode: 0,
    expect: [warning('scripts/en/contact-call.mdx', 21, 'modules[1].variants[1]', 'This line has 31 words; the limit for a line said aloud is 30. — Cut it to 30 words or fewer: one thought per line, split a long answer into a statement and a question, or raise maxSpokenWords in config.yaml.')],
  },
  {
    kind: 'a weak mark on a choice of the client',
    apply: (dir) => edit(dir, 'scripts/he/cold-call-roleplay.mdx', '  * בבקשה, דבר. -> needs\n', '  * בבקשה, דבר. -> needs\n    ! קל מדי.\n'),
    exitCode: 1,
    expect: [error('scripts/he/cold-call-roleplay.mdx', 25, 'dialogue › option "start-4.3" › weak', "Unexpected weak mark on a choice of “client”, who does not speak for the company: only the learner's own role is scored. — Remove the `!` line, or add “client” to `staff` in the frontmatter if it is a staff role (“rep” now).")],
  },
  {
    kind: 'a stop-phrase pattern as long as a paragraph',
    apply: (dir) => edit(dir, 'standards/ru/stop-phrases.yaml', 'match: ["успокойтесь"]', 'match: ["успокойтесь", "не очень очень очень очень очень очень очень очень очень очень очень очень очень очень очень очень очень очень очень очень очень очень очень очень очень"]'),
    exitCode: 1,
    expect: [error('standards/ru/stop-phrases.yaml', 10, '[1].match[1]', 'The pattern has 152 characters; a stop-phrase pattern is a wording of a few words, at most 120 characters. — Keep only the words that make it a stop phrase, or split it into several shorter patterns.')],
  },
  {
    kind: 'a file that is not an entry, as a warning',
    apply: (dir) => write(dir, 'scripts/en/notes.txt', 'Ideas for next quarter.\n'),
    exitCode: 0,
    expect: [warning('scripts/en/notes.txt', undefined, 'file name', "“notes.txt” is not an .mdx entry, so it is ignored. — Rename it to <id>.mdx, or prefix it with _ to keep it out of the book on purpose.")],
  },
];

/** Where a problem is, as the report prints it: `file:line — field`. */
export function placeOf(problem: Pick<ExpectedProblem, 'file' | 'line' | 'field'>): string {
  return `${problem.file}${problem.line ? `:${problem.line}` : ''} — ${problem.field}`;
}

/** A problem line of the check's report, split into its place and the rest. */
export interface ReportedProblem {
  severity: 'error' | 'warning';
  place: string;
  says: string;
}

/** Reads the problem lines of a report, under its `Errors:` and `Warnings:` headings. */
export function parseReport(output: string): ReportedProblem[] {
  const problems: ReportedProblem[] = [];
  let severity: ReportedProblem['severity'] | undefined;
  for (const line of output.split('\n')) {
    if (line === 'Errors:') severity = 'error';
    else if (line === 'Warnings:') severity = 'warning';
    else if (line.trim() === '') severity = undefined;
    else if (severity) {
      const parts = line.split(' — ');
      problems.push({ severity, place: parts.slice(0, 2).join(' — '), says: parts.slice(2).join(' — ') });
    }
  }
  return problems;
}
