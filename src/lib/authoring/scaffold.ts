import { ID_PATTERN } from '../../schemas/common.ts';

/** Kinds of entry the scaffold command can start. */
export const SCAFFOLD_KINDS = ['script', 'scenario', 'objection', 'standard', 'method', 'checklist'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

/** Where a new entry of this kind lives, relative to the content folder. */
export function scaffoldPath(kind: ScaffoldKind, lang: string, id: string): string {
  const folder = kind === 'script' || kind === 'scenario' ? 'scripts' : kind === 'objection' ? 'objections' : 'standards';
  return `${folder}/${lang}/${id}.mdx`;
}

/** Why an id cannot be used, or undefined when it can. */
export function invalidId(id: string): string | undefined {
  return ID_PATTERN.test(id) ? undefined : `“${id}” is not a valid id: use lowercase letters, digits and single hyphens, e.g. "price-too-high".`;
}

const common = (title: string, owner: string, today: string) => `title: ${title}
summary: One or two sentences saying when to use this; shown in lists and search results.
owner: ${owner}
reviewed: ${today}
tags: []
draft: true`;

/**
 * The text of a new entry: valid against the schema, marked as a draft so it is not published
 * by accident, with every field present so the author only has to overwrite.
 */
export function scaffoldText(kind: ScaffoldKind, id: string, options: { owner: string; today: string }): string {
  const { owner, today } = options;
  const title = id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  const head = common(title, owner, today);
  switch (kind) {
    case 'script':
      return `---\ntype: call\n${head}\nchapter: first-call\nchannels: [phone]\ngoal: What this call must achieve, in one sentence.\nmodules:\n  - id: ${id}-opening\n    stage: opening\n    intent: What the rep wants from this step\n    variants:\n      - The first way to say it.\n      - Another way to say it.\n---\n\nExplain when this script is used and what good looks like.\n`;
    case 'scenario':
      return `---\ntype: scenario\n${head}\nchannels: [phone]\nkind: cold-call\nroles:\n  rep: Sales manager\n  client: Client\n---\n\nWhat the learner practises here.\n\n\`\`\`dialogue\nrep: Good afternoon! What the rep says first.\nclient:\n  * The client agrees. -> agree\n  * The client hesitates. -> hesitate\n\n== agree\nrep: What the rep says next.\n-> end\n\n== hesitate\nrep: How the rep answers the hesitation.\n-> agree\n\`\`\`\n\n## Debrief\n\nWhat the rep did well, and which modules were used.\n`;
    case 'objection':
      return `---\n${head.replace(`title: ${title}`, 'title: The objection as the client says it')}\naliases: []\ncategory: other\nstages: [presentation]\nchannels: [phone]\nresponses:\n  - technique: clarify\n    text: A clarifying question.\n  - technique: reframe\n    text: Another answer.\nfollowUp: A question to ask afterwards.\n---\n\nWhy clients say this, and what to avoid.\n`;
    case 'standard':
      return `---\ntype: standard\n${head}\nchannels: [phone]\nnorms:\n  - metric: What is measured\n    target: The target\n---\n\nThe rules of this standard, with short good and bad examples.\n`;
    case 'method':
      return `---\ntype: method\n${head}\nsteps:\n  - name: First step\n    text: What to do.\n  - name: Second step\n    text: What to do next.\n---\n\nWhen to use the method.\n`;
    case 'checklist':
      return `---\ntype: checklist\n${head}\nscale: yes-no-partly\nsections:\n  - title: First section\n    items:\n      - id: ${id}-visit-date\n        text: Date of the visit\n        control: true\n      - id: ${id}-first-item\n        text: What the assessor checks.\n---\n\nHow and when this checklist is used.\n`;
  }
}
