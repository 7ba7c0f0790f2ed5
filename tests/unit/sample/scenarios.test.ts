import { describe, expect, it } from 'vitest';
import { reachableSections, type DialogueGraph, type DialogueOption, type DialogueRef } from '../../../src/lib/engine/dialogue/index.ts';
import { entriesIn, scenariosIn } from './sample-playbook.ts';

/** Modules and objections that no scenario practises, each with the reason why; empty while every one is practised. */
const NOT_PRACTISED: Record<string, string> = {};

/** Labels of the sections where the conversation ends that can be reached from `label` (the opening when omitted). */
function endingsFrom(graph: DialogueGraph, label?: string): Set<string> {
  const sections = new Map(graph.sections.map((section) => [section.label, section]));
  const seen = new Set<string>();
  const endings = new Set<string>();
  const queue = [label ?? graph.sections[0]!.label];
  while (queue.length > 0) {
    const section = sections.get(queue.shift()!);
    if (!section || seen.has(section.label)) continue;
    seen.add(section.label);
    const exit = section.exit;
    if (!exit || exit.kind === 'end') endings.add(section.label);
    else if (exit.kind === 'jump') queue.push(exit.target);
    else for (const option of exit.options) option.target === 'end' ? endings.add(`${section.label}:${option.id}`) : queue.push(option.target);
  }
  return endings;
}

/** The staff choice points of a scenario, with their options. */
function staffChoices(graph: DialogueGraph, staff: readonly string[]): DialogueOption[][] {
  return graph.sections.flatMap((section) => (section.exit?.kind === 'choice' && staff.includes(section.exit.role) ? [section.exit.options] : []));
}

const refsOf = (graph: DialogueGraph): DialogueRef[] =>
  graph.sections.flatMap((section) => [
    ...section.steps.flatMap((step) => step.refs),
    ...(section.exit?.kind === 'choice' ? section.exit.options.flatMap((option) => [...option.refs, ...(option.weak?.refs ?? [])]) : []),
  ]);

describe('role-play scenarios of the sample', () => {
  for (const lang of ['en', 'ru']) {
    const scenarios = scenariosIn(lang);

    it(`has at least five scenarios in ${lang}`, () => {
      expect(scenarios.length).toBeGreaterThanOrEqual(5);
    });

    it(`lets the learner's own role decide in at least three ${lang} scenarios, where a weak choice leads to a worse or lost ending`, () => {
      const training = scenarios.filter(({ graph, staff }) =>
        staffChoices(graph, staff).some((options) => {
          const good = options.filter((option) => !option.weak);
          return options.some((option) => {
            if (!option.weak) return false;
            const weakEndings = endingsFrom(graph, option.target);
            // No ending the weak choice leads to is one a good choice leads to.
            return good.some((other) => [...weakEndings].every((ending) => !endingsFrom(graph, other.target).has(ending)));
          });
        }),
      );
      expect(training.map(({ id }) => id).length, training.map(({ id }) => id).join(', ')).toBeGreaterThanOrEqual(3);
    });

    it(`gives every weak choice in ${lang} a reason and something to study`, () => {
      for (const { id, graph, staff } of scenarios)
        for (const options of staffChoices(graph, staff))
          for (const option of options.filter((o) => o.weak)) {
            expect(option.weak!.text.length, `${id} ${option.id}`).toBeGreaterThan(20);
            expect(option.weak!.refs.length, `${id} ${option.id}`).toBeGreaterThan(0);
          }
    });

    it(`has at least three ${lang} scenarios with more than one ending`, () => {
      expect(scenarios.filter(({ graph }) => endingsFrom(graph).size > 1).length).toBeGreaterThanOrEqual(3);
    });

    it(`reaches every section of every ${lang} scenario`, () => {
      for (const { id, graph } of scenarios) expect(reachableSections(graph).size, id).toBe(graph.sections.length);
    });

    it(`practises every ${lang} speech module and objection in some scenario, or says why not`, () => {
      const used = new Set(scenarios.flatMap(({ graph }) => refsOf(graph).map((ref) => `${ref.type}:${ref.id}`)));
      const all = entriesIn(lang).flatMap((entry) => {
        if (entry.collection === 'objections') return [`objection:${entry.id}`];
        const data = entry.data;
        return 'type' in data && data.type === 'call' ? data.modules.map((module) => `module:${module.id}`) : [];
      });
      expect(all.length).toBeGreaterThan(50);
      expect(all.filter((key) => !used.has(key) && !NOT_PRACTISED[key])).toEqual([]);
      for (const reason of Object.values(NOT_PRACTISED)) expect(reason.length).toBeGreaterThan(20);
    });
  }

  it('no longer jumps to the sign-up plan in the chat when the client has only asked about reviews', () => {
    for (const lang of ['en', 'ru']) {
      const { graph } = scenariosIn(lang).find(({ id }) => id === 'chat-pricing-question')!;
      const trust = graph.sections.find((section) => section.label === 'trust')!;
      expect(trust.exit?.kind === 'choice' && trust.exit.options.map((option) => option.target)).not.toContain('signup');
    }
  });

  it('mentions no peak season on the cold call path where nobody raised it', () => {
    for (const lang of ['en', 'ru']) {
      const { graph } = scenariosIn(lang).find(({ id }) => id === 'cold-call-gatekeeper')!;
      const unknown = graph.sections.find((section) => section.label === 'unknown')!;
      expect(unknown.steps.map((step) => step.text).join(' ')).not.toMatch(/peak|пик/iu);
    }
  });

  it('sums up on the repeat call only what that path agreed: a trial, or a page for the finance director', () => {
    const words = { en: { trial: /trial/iu, approval: /CFO/u }, ru: { trial: /пробн/iu, approval: /финансового директора/iu } };
    for (const lang of ['en', 'ru'] as const) {
      const { graph } = scenariosIn(lang).find(({ id }) => id === 'repeat-call-offer')!;
      const text = (label: string) => graph.sections.find((section) => section.label === label)!.steps.map((step) => step.text).join(' ');
      expect(text('agree-trial')).toMatch(words[lang].trial);
      expect(text('agree-trial')).not.toMatch(words[lang].approval);
      expect(text('agree-approval')).toMatch(words[lang].approval);
      expect(text('agree-approval')).not.toMatch(words[lang].trial);
    }
  });
});
