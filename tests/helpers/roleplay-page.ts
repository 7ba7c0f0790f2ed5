import fs from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import type { Locator, Page } from 'playwright-core';
import { extractDialogueBlocks, parseDialogue, type DialogueGraph } from '../../src/lib/engine/dialogue/index.ts';
import { en } from '../../src/lib/i18n/builtin/index.ts';
import type { Dictionary } from '../../src/lib/i18n/dictionary.ts';
import { REPO_ROOT } from './build.ts';

/** The parsed dialogue of a scenario file, straight from the content folder: what the page must show. */
export function scenarioDialogue(content: string, lang: string, id: string): DialogueGraph {
  const text = fs.readFileSync(path.join(REPO_ROOT, content, 'scripts', lang, `${id}.mdx`), 'utf8');
  const block = extractDialogueBlocks(text, 1)[0];
  if (!block) throw new Error(`No dialogue in ${lang}/${id}`);
  return parseDialogue(block.source, block.firstLine).graph;
}

/** Ids of the scenarios of a content folder in one language. */
export function scenarioIds(content: string, lang: string): string[] {
  const folder = path.join(REPO_ROOT, content, 'scripts', lang);
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.mdx') && !file.startsWith('_'))
    .filter((file) => /^type:\s*scenario\s*$/m.test(fs.readFileSync(path.join(folder, file), 'utf8')))
    .map((file) => file.replace(/\.mdx$/, ''));
}

/**
 * The words a play-through shows when it passes `sections` in order, choosing `options` (0-based)
 * at each choice point on the way: every line of each section, then the chosen option.
 */
export function expectedWords(graph: DialogueGraph, sections: string[], options: number[]): string[] {
  const queue = [...options];
  return sections.flatMap((label) => {
    const section = graph.sections.find((candidate) => candidate.label === label)!;
    const words = section.steps.map((step) => step.text);
    if (section.exit?.kind === 'choice' && label !== sections.at(-1)) words.push(section.exit.options[queue.shift()!]!.text);
    return words;
  });
}

/** A mode button of the viewer (Read, Play, Practice), in its Mode group. */
export const modeButton = (page: Page, mode: 'read' | 'play' | 'practice', t: Dictionary = en): Locator =>
  page.getByRole('group', { name: t.roleplay.mode, exact: true }).getByRole('button', { name: t.roleplay[mode], exact: true });

/** The conversation log of Play and Practice mode. */
export const conversation = (page: Page, t: Dictionary = en): Locator => page.getByRole('list', { name: t.roleplay.conversation, exact: true });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The replies offered at a choice point: the buttons of the list its prompt ("… — choose a reply") names. */
export const replyOptions = (page: Page, t: Dictionary = en): Locator =>
  page.getByRole('list', { name: new RegExp(escapeRegExp(t.roleplay.choose.replace('{role}', '').trim()), 'u') }).getByRole('button');

/** The words of the bubbles in the conversation log, in order. */
export const logWords = (page: Page) => page.locator('.rp-log > .rp-line > .dialogue-text').allTextContents();

/** What the learner can do now: continue, your-turn, rate, choose or end. */
export const promptPhase = (page: Page) =>
  page.locator('.rp-log > .rp-prompt').evaluate((prompt) => [...prompt.classList].find((name) => name !== 'rp-prompt')!.replace(/^rp-/, ''));

/** Plays by keyboard until the end: Space to go on, the next digit of `choices` (1-based) at each choice point. */
export async function playByKeyboard(page: Page, choices: number[]): Promise<void> {
  const queue = [...choices];
  for (let guard = 0; guard < 200; guard += 1) {
    const phase = await promptPhase(page);
    if (phase === 'end') return;
    if (phase === 'continue') await page.keyboard.press('Space');
    else if (phase === 'choose') await page.keyboard.press(String(queue.shift() ?? 1));
    else throw new Error(`Unexpected prompt "${phase}" in Play mode`);
  }
  throw new Error('The conversation did not end');
}

/** Runs axe-core on the page and returns its violations as `rule: targets` lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: the page's Content-Security-Policy blocks inline scripts.
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(axe.source);
  return page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`,
  ) as Promise<string[]>;
}
