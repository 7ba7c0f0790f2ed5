import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, serveBuiltSites, type BuiltSites, openPage, type StaticServer } from '../helpers/browser.ts';
import { interfaceText } from '../../src/lib/i18n/interface-text.ts';
import { axeViolations, conversation, expectedWords, logWords, modeButton, playByKeyboard, promptPhase, replyOptions, scenarioDialogue, scenarioIds } from '../helpers/roleplay-page.ts';

const COLD_CALL = '/en/scenarios/cold-call-gatekeeper/';
const COMPLAINT = '/en/scenarios/complaint-late-delivery/';

let sites: BuiltSites<'sample' | 'fixture'>;
let sampleDir: string;
let sample: StaticServer;
let fixture: StaticServer;
let browser: Browser;

/** Opens a page of a built site and, when scripts run, waits for the viewer to be ready. */
async function visit(pathname: string, options: BrowserContextOptions & { server?: StaticServer } = {}): Promise<Page> {
  const { server = sample, ...context } = options;
  const page = await openPage(browser, server.origin, context);
  await page.goto(`${server.origin}${pathname}`);
  if (context.javaScriptEnabled !== false && (await page.locator('role-play').count()) > 0) await page.waitForSelector('role-play[data-ready]');
  return page;
}

/** Switches mode with the keyboard: focus the mode button, press Enter. */
async function chooseMode(page: Page, mode: 'read' | 'play' | 'practice', t = interfaceText('en')) {
  await modeButton(page, mode, t).focus();
  await page.keyboard.press('Enter');
}

describeInBrowser('role-play viewer', () => {
  beforeAll(async () => {
    // The sample, and the test fixture for Hebrew, written right to left.
    sites = await serveBuiltSites('roleplay-browser', { sample: 'content', fixture: 'tests/fixtures/valid' });
    ({ browser, servers: { sample, fixture }, dirs: { sample: sampleDir } } = sites);
  });

  afterAll(() => sites?.close());

  it('plays a branching scenario by keyboard to its end along the shortest branch', async () => {
    const page = await visit(COLD_CALL);
    await chooseMode(page, 'play');
    await playByKeyboard(page, [3]);
    const graph = scenarioDialogue('content', 'en', 'cold-call-gatekeeper');
    expect(await logWords(page)).toEqual(expectedWords(graph, ['start', 'timing'], [2]));
    await expect.poll(() => page.locator('.rp-path').textContent()).toBe('Your path: Opening → Timing');
    await page.context().close();
  });

  it('plays the same scenario by keyboard to its end along a longer branch', async () => {
    const page = await visit(COLD_CALL);
    await chooseMode(page, 'play');
    await playByKeyboard(page, [1, 1, 2]);
    const graph = scenarioDialogue('content', 'en', 'cold-call-gatekeeper');
    expect(await logWords(page)).toEqual(expectedWords(graph, ['start', 'email', 'email-name', 'transfer', 'unknown', 'needs'], [0, 0, 1]));
    expect(await page.locator('.rp-path').textContent()).toBe('Your path: Opening → Email → Email name → Transfer → Unknown → Needs');
    await page.context().close();
  });

  it('announces each new line in a live region', async () => {
    const page = await visit(COLD_CALL);
    await chooseMode(page, 'play');
    const graph = scenarioDialogue('content', 'en', 'cold-call-gatekeeper');
    await page.keyboard.press('Space');
    const live = page.getByRole('status');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    expect(await live.textContent()).toBe(`Sales rep, Karavella Logistics: ${graph.sections[0]!.steps[1]!.text}`);
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    expect(await live.textContent()).toContain('Receptionist, Pinewell Furniture — choose a reply 1. Is this a sales call?');
    await page.context().close();
  });

  it('steps back with Backspace and starts over with Escape', async () => {
    const page = await visit(COLD_CALL);
    await chooseMode(page, 'play');
    for (const key of ['Space', 'Space', 'Space', '2']) await page.keyboard.press(key);
    const before = await logWords(page);
    await page.keyboard.press('Backspace');
    expect(await logWords(page)).toEqual(before.slice(0, -1));
    await page.keyboard.press('Backspace');
    expect(await promptPhase(page)).toBe('choose');
    await page.keyboard.press('Escape');
    expect(await logWords(page)).toHaveLength(1);
    expect(await page.getByRole('button', { name: 'Back', exact: true }).isDisabled()).toBe(true);
    await page.context().close();
  });

  it('plays by mouse in Russian', async () => {
    const page = await visit('/ru/scenarios/repeat-call-offer/');
    const ru = interfaceText('ru');
    await page.getByRole('button', { name: 'Игра' }).click();
    for (let guard = 0; guard < 60 && (await promptPhase(page)) !== 'end'; guard += 1) {
      if ((await promptPhase(page)) === 'choose') await replyOptions(page, ru).last().click();
      else await page.getByRole('button', { name: 'Дальше' }).click();
    }
    const graph = scenarioDialogue('content', 'ru', 'repeat-call-offer');
    expect(await logWords(page)).toEqual(expectedWords(graph, ['start', 'later', 'lost-later'], [2, 1]));
    expect(await conversation(page, ru).getByRole('heading', { level: 3 }).textContent()).toBe('Конец разговора');
    await page.context().close();
  });

  it('plays every branch of every sample scenario to the end, in English and Russian', async () => {
    for (const lang of ['en', 'ru']) {
      const t = interfaceText(lang);
      for (const id of scenarioIds('content', lang)) {
        const graph = scenarioDialogue('content', lang, id);
        const options = graph.sections.flatMap((section) => (section.exit?.kind === 'choice' ? section.exit.options : []));
        const page = await visit(`/${lang}/scenarios/${id}/`);
        for (const option of options) {
          // Changing the address to an option's step jumps there, as following a link to it would.
          await page.evaluate(`location.hash = ${JSON.stringify(`#step-${option.id}`)}`);
          await expect.poll(async () => (await logWords(page)).at(-1)).toBe(option.text);
          await playByKeyboard(page, []);
          expect(await conversation(page, t).getByRole('heading', { level: 3, name: t.roleplay.end }).isVisible(), `${lang}/${id} via ${option.id}`).toBe(true);
        }
        await page.context().close();
      }
    }
  }, 240_000);

  it('hides the practised line until revealed, then keeps the learner\'s words beside it', async () => {
    const page = await visit(COMPLAINT);
    await page.getByRole('button', { name: 'Practice' }).click();
    const graph = scenarioDialogue('content', 'en', 'complaint-late-delivery');
    const first = graph.sections[0]!.steps[0]!.text;
    expect(await promptPhase(page)).toBe('your-turn');
    expect(await conversation(page).textContent()).not.toContain(first);
    await page.getByLabel('Your words (optional)').fill('Karavella, Olga here, how can I help?');
    await page.keyboard.press('Control+Enter');
    expect(await logWords(page)).toEqual([first]);
    expect(await page.locator('.rp-log .rp-answer').textContent()).toBe('You said: Karavella, Olga here, how can I help?');
    expect(await promptPhase(page)).toBe('rate');
    await page.keyboard.press('1');
    expect(await conversation(page).getByRole('listitem').filter({ hasText: first }).locator('.rp-rating').textContent()).toBe('Nailed it');
    expect(await logWords(page)).toEqual([first, graph.sections[0]!.steps[1]!.text]);
    await page.context().close();
  });

  it('scores a practice run, lists the missed lines with their modules and keeps the result', async () => {
    const page = await visit(COMPLAINT);
    await chooseMode(page, 'practice');
    const ratings = ['3', '1', '2'];
    let rated = 0;
    for (let guard = 0; guard < 80; guard += 1) {
      const phase = await promptPhase(page);
      if (phase === 'end') break;
      if (phase === 'rate') await page.keyboard.press(ratings[rated++ % 3]!);
      else if (phase === 'choose') await page.keyboard.press('1');
      else await page.keyboard.press(phase === 'your-turn' ? 'Enter' : 'Space');
    }
    // Path start → apology → options → van → thanks, always the first option: six rep lines, rated
    // missed, nailed, close in turn, and two good choices of the rep, counted as nailed.
    expect(rated).toBe(6);
    expect(await page.locator('.rp-score').textContent()).toBe('Score: 63% — nailed 4, close 2, missed 2');
    const graph = scenarioDialogue('content', 'en', 'complaint-late-delivery');
    const repLines = ['start', 'options', 'van', 'thanks'].flatMap((label) =>
      graph.sections.find((section) => section.label === label)!.steps.filter((step) => step.role === 'rep'),
    );
    const missed = repLines.filter((_, i) => i % 3 === 0);
    expect(await page.locator('.rp-missed-lines .dialogue-text').allTextContents()).toEqual(missed.map((step) => step.text));
    expect(await page.locator('.rp-no-weak').textContent()).toBe('You made no weak choice.');
    const review = await page.locator('.rp-review a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const expected = missed.flatMap((step) => step.refs.map((ref) => `/en/scripts/complaint-last/#${ref.id}`));
    expect(review).toEqual([...new Set(expected)]);

    const stored = JSON.parse((await page.evaluate(`localStorage.getItem('salesbook:practice:en/complaint-late-delivery')`)) as string);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ role: 'rep', score: 63, nailed: 4, close: 2, missed: 2 });
    expect(Date.now() - Date.parse(stored[0].date)).toBeLessThan(60_000);

    await page.reload();
    await page.waitForSelector('role-play[data-ready]');
    expect(await modeButton(page, 'practice').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.rp-last').textContent()).toMatch(/^Last score: 63% — nailed 4, close 2, missed 2 \(.+\)$/);
    await page.goto(`${sample.origin}/en/scenarios/`);
    const score = page.locator('scenario-last-score[data-scenario="en/complaint-late-delivery"]');
    await expect.poll(() => score.isVisible()).toBe(true);
    expect(await score.textContent()).toMatch(/^Last score: 63% \(.+\)$/);
    expect(await page.locator('scenario-last-score[data-scenario="en/cold-call-gatekeeper"]').isVisible()).toBe(false);
    await page.context().close();
  });

  it('counts a weak choice of the learner as missed, and says why with a link to the module to study', async () => {
    const page = await visit(COMPLAINT);
    await page.getByRole('button', { name: 'Practice' }).click();
    for (let guard = 0; guard < 40 && (await promptPhase(page)) !== 'end'; guard += 1) {
      const phase = await promptPhase(page);
      if (phase === 'rate') await page.getByRole('button', { name: 'Nailed it' }).click();
      else if (phase === 'choose') await replyOptions(page).last().click();
      else if (phase === 'your-turn') await page.getByRole('button', { name: 'Reveal' }).click();
      else await page.getByRole('button', { name: 'Continue' }).click();
    }
    const graph = scenarioDialogue('content', 'en', 'complaint-late-delivery');
    const apology = graph.sections.find((section) => section.label === 'apology')!;
    const weak = apology.exit?.kind === 'choice' ? apology.exit.options.find((option) => option.weak)! : undefined;
    // Four rep lines nailed on the way (the client chose "second time this month"), then the weak choice.
    expect(await page.locator('.rp-score').textContent()).toBe('Score: 80% — nailed 4, close 0, missed 1');
    const rethink = page.locator('.rp-weak-choices > li');
    expect(await rethink.count()).toBe(1);
    expect(await rethink.locator('.dialogue-text').textContent()).toBe(weak!.text);
    expect(await rethink.locator('.dialogue-weak-reason').textContent()).toBe(`Weak choice: ${weak!.weak!.text}`);
    expect(await rethink.getByRole('link', { name: /Apologise on behalf of the company/ }).getAttribute('href')).toBe('/en/scripts/complaint-last/#apologize-for-company');
    expect(await page.locator('.rp-review a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toContain('/en/scripts/complaint-last/#apologize-for-company');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('keeps Practice in the address, so a reload comes back to it', async () => {
    const page = await visit(COLD_CALL);
    await page.getByRole('button', { name: 'Practice' }).click();
    expect(await page.evaluate('location.hash')).toBe('#practice');
    await page.reload();
    await page.waitForSelector('role-play[data-ready]');
    expect(await page.getByRole('button', { name: 'Practice' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('combobox', { name: 'Practise as' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Read' }).click();
    expect(await page.evaluate('location.hash')).toBe('');
    await page.context().close();
  });

  it('puts focus where the learner answers, and Enter there reveals the line', async () => {
    const page = await visit(COMPLAINT);
    await page.getByRole('button', { name: 'Practice' }).click();
    const box = page.getByRole('textbox', { name: 'Your words (optional)' });
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('Karavella, Olga, how can I help?');
    await page.keyboard.press('Enter');
    expect(await promptPhase(page)).toBe('rate');
    expect(await page.locator('.rp-log .rp-answer').textContent()).toBe('You said: Karavella, Olga, how can I help?');
    await page.context().close();
  });

  it('never cuts off the last-score line, on a phone or a desktop screen', async () => {
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
      const page = await visit(`${COMPLAINT}#practice`, { viewport });
      await page.evaluate(`localStorage.setItem('salesbook:practice:en/complaint-late-delivery', JSON.stringify([{ run: '1', date: '2026-11-09T10:00:00.000Z', role: 'rep', score: 63, nailed: 14, close: 12, missed: 12 }]))`);
      await page.reload();
      await page.waitForSelector('role-play[data-ready]');
      const last = page.locator('.rp-last');
      expect(await last.textContent()).toMatch(/^Last score: 63% — nailed 14, close 12, missed 12 \(.+\)$/);
      const fits = await last.evaluate((el) => ({
        inside: el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1,
        right: el.getBoundingClientRect().right <= window.innerWidth,
      }));
      expect(fits, `${viewport.width}px`).toEqual({ inside: true, right: true });
      await page.context().close();
    }
  });

  it('opens Play mode at the step a deep link names, and keeps the address in step', async () => {
    const page = await visit(`${COLD_CALL}#step-needs-1`);
    expect(await modeButton(page, 'play').getAttribute('aria-pressed')).toBe('true');
    const graph = scenarioDialogue('content', 'en', 'cold-call-gatekeeper');
    const needs = graph.sections.find((section) => section.label === 'needs')!;
    const words = await logWords(page);
    expect(words).toEqual([...expectedWords(graph, ['start', 'transfer', 'busy'], [1, 0]), needs.steps[0]!.text]);
    expect(await conversation(page).isVisible()).toBe(true);
    await page.keyboard.press('Space');
    expect(await page.evaluate('location.hash')).toBe('#step-needs-2');
    await page.context().close();
  });

  it('shows the complete transcript, every section and line, with JavaScript disabled', async () => {
    for (const lang of ['en', 'ru']) {
      for (const id of scenarioIds('content', lang)) {
        const page = await visit(`/${lang}/scenarios/${id}/`, { javaScriptEnabled: false });
        const graph = scenarioDialogue('content', lang, id);
        for (const section of graph.sections) {
          expect(await page.locator(`[id="section-${section.label}"]`).isVisible(), `${lang}/${id} ${section.label}`).toBe(true);
          for (const step of section.steps) {
            expect(await page.locator(`[id="step-${step.id}"] .dialogue-text`).textContent()).toBe(step.text);
            expect(await page.locator(`[id="step-${step.id}"]`).isVisible()).toBe(true);
          }
          if (section.exit?.kind === 'choice') {
            for (const option of section.exit.options) {
              expect(await page.locator(`[id="step-${option.id}"] > a.dialogue-text`).textContent()).toBe(option.text);
              if (option.weak) expect(await page.locator(`[id="step-${option.id}"] .dialogue-weak-reason`).textContent()).toContain(option.weak.text);
            }
          }
        }
        expect(await page.getByRole('group', { name: interfaceText(lang).roleplay.mode, exact: true, includeHidden: true }).isVisible()).toBe(false);
        await page.context().close();
      }
    }
  });

  it('draws a map with a box linking to every section', async () => {
    for (const id of scenarioIds('content', 'en')) {
      const page = await visit(`/en/scenarios/${id}/`, { javaScriptEnabled: false });
      const graph = scenarioDialogue('content', 'en', id);
      const links = await page.getByRole('figure', { name: 'Map of the branches' }).getByRole('link').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
      expect(links).toEqual([...graph.sections.map((section) => `#section-${section.label}`), '#dialogue-end']);
      await page.context().close();
    }
  });

  it('shows what a module link stands for on focus, and hides it on Escape', async () => {
    const page = await visit(COLD_CALL);
    const line = page.locator('[id="step-start-2"]');
    const chip = line.getByRole('link');
    await chip.focus();
    const hint = line.getByRole('tooltip', { includeHidden: true });
    expect(await hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toMatch(/\S/);
    expect(await chip.getAttribute('aria-describedby')).toBe(await hint.getAttribute('id'));
    await page.keyboard.press('Escape');
    expect(await hint.isVisible()).toBe(false);
    await page.context().close();
  });

  it('lets Tab reach every control of the viewer, each with a visible focus ring', async () => {
    const page = await visit(COLD_CALL);
    await chooseMode(page, 'play');
    for (const key of ['Space', 'Space', 'Space']) await page.keyboard.press(key);
    await modeButton(page, 'read').focus();
    const reached: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const focused = await page.evaluate(`(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        return { text: el.textContent.trim().slice(0, 20), ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      })()`);
      const { text, ring } = focused as { text: string; ring: boolean };
      expect(ring, `focus ring on "${text}"`).toBe(true);
      reached.push(text);
      await page.keyboard.press('Tab');
    }
    for (const name of ['Read', 'Play', 'Practice', '1 Is this a sales ca', '2 That\'s Inga Berzin', '3 She\'s in a meeting', 'Back', 'Restart']) {
      expect(reached).toContain(name);
    }
    await page.context().close();
  });

  it('keeps the viewer\'s JavaScript within 15 KiB gzipped and loads it only on scenario pages', async () => {
    const html = fs.readFileSync(path.join(sampleDir, 'en/scenarios/cold-call-gatekeeper/index.html'), 'utf8');
    const entry = /<script type="module" src="\/(_astro\/DialogueViewer[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const files = new Set<string>();
    const visitFile = (file: string) => {
      if (files.has(file)) return;
      files.add(file);
      const code = fs.readFileSync(path.join(sampleDir, file), 'utf8');
      for (const [, imported] of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) visitFile(`_astro/${imported}`);
    };
    visitFile(entry!);
    const gzipped = [...files].reduce((sum, file) => sum + zlib.gzipSync(fs.readFileSync(path.join(sampleDir, file)), { level: 9 }).length, 0);
    console.info(`role-play viewer JavaScript: ${files.size} file(s), ${(gzipped / 1024).toFixed(1)} KiB gzipped`);
    expect(gzipped).toBeLessThanOrEqual(15 * 1024);
    expect(fs.readFileSync(path.join(sampleDir, 'en/objections/too-expensive/index.html'), 'utf8')).not.toContain('DialogueViewer');
  });

  it('is ready for the first interaction before the page finishes loading, after a few milliseconds of its own work', async () => {
    const runs: { ready: number; load: number; own: number }[] = [];
    for (let run = 0; run < 5; run += 1) {
      const page = await visit(COLD_CALL);
      await page.waitForLoadState('load');
      runs.push(
        (await page.evaluate(`(() => {
          const ready = performance.getEntriesByName('roleplay:ready')[0].startTime;
          const upgrade = performance.getEntriesByName('roleplay:upgrade')[0].startTime;
          return { ready, load: performance.getEntriesByType('navigation')[0].loadEventStart, own: ready - upgrade };
        })()`)) as { ready: number; load: number; own: number },
      );
      await page.context().close();
    }
    console.info(`role-play viewer ready (ms after navigation start / load event / own start-up): ${runs.map((r) => `${r.ready.toFixed(0)}/${r.load.toFixed(0)}/${r.own.toFixed(1)}`).join(', ')}`);
    // Judged on the fastest of the runs: a busy machine (CI runs suites side by side) slows single
    // runs down, while the best run still shows what the viewer itself costs.
    expect(Math.min(...runs.map((run) => run.ready - run.load))).toBeLessThan(100);
    expect(Math.min(...runs.map((run) => run.own))).toBeLessThan(100);
  });

  it('shifts no layout while advancing, choosing, revealing and rating', async () => {
    for (const [mode, url] of [['play', COLD_CALL], ['practice', COMPLAINT]] as const) {
      for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
        const page = await visit(url, { viewport });
        await chooseMode(page, mode);
        await page.locator('.rp-stage').scrollIntoViewIfNeeded();
        await page.evaluate(`new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))`);
        await page.evaluate(`window.shifts = []; new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.shifts.push(entry.value); }).observe({ type: 'layout-shift' });`);
        for (let step = 0; step < 25 && (await promptPhase(page)) !== 'end'; step += 1) {
          const phase = await promptPhase(page);
          await page.keyboard.press(phase === 'rate' ? '2' : phase === 'choose' ? '1' : phase === 'your-turn' ? 'Enter' : 'Space');
        }
        await page.evaluate(`new Promise((resolve) => setTimeout(resolve, 200))`);
        const shifts = (await page.evaluate('window.shifts')) as number[];
        const total = shifts.reduce((sum, value) => sum + value, 0);
        console.info(`layout shift while advancing (${mode}, ${viewport.width}px): ${total}`);
        expect(total).toBe(0);
        await page.context().close();
      }
    }
  });

  it('finds no accessibility violations in any mode, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await visit(COMPLAINT, { colorScheme });
      expect(await axeViolations(page), `read, ${colorScheme}`).toEqual([]);
      await chooseMode(page, 'play');
      for (const key of ['Space', 'Space', 'Space', 'Space']) await page.keyboard.press(key);
      expect(await axeViolations(page), `play at a choice, ${colorScheme}`).toEqual([]);
      await chooseMode(page, 'practice');
      expect(await axeViolations(page), `practice, your turn, ${colorScheme}`).toEqual([]);
      await page.keyboard.press('Enter');
      expect(await axeViolations(page), `practice, rating, ${colorScheme}`).toEqual([]);
      for (let guard = 0; guard < 60 && (await promptPhase(page)) !== 'end'; guard += 1) {
        const phase = await promptPhase(page);
        await page.keyboard.press(phase === 'rate' ? '3' : phase === 'choose' ? '2' : phase === 'your-turn' ? 'Enter' : 'Space');
      }
      expect(await axeViolations(page), `practice summary, ${colorScheme}`).toEqual([]);
      await page.context().close();
    }
  });

  it('plays right to left in Hebrew, the learner\'s lines on the left', async () => {
    const page = await visit('/he/scenarios/cold-call-roleplay/', { server: fixture });
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await chooseMode(page, 'play', interfaceText('he'));
    await playByKeyboard(page, [2]);
    const graph = scenarioDialogue('tests/fixtures/valid', 'he', 'cold-call-roleplay');
    expect(await logWords(page)).toEqual(expectedWords(graph, ['start', 'price', 'needs'], [1]));
    const rep = await page.locator('.rp-line[data-side="self"]').first().boundingBox();
    const client = await page.locator('.rp-line[data-side="other"]').first().boundingBox();
    expect(rep!.x).toBeLessThan(client!.x);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
