import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPlaybook, type LoadedPlaybook, type PlaybookEntry } from '../../../src/lib/engine/content/load-playbook.ts';
import { findScenarioDialogue, parseDialogue, type DialogueGraph } from '../../../src/lib/engine/dialogue/index.ts';

/** The sample playbook that ships with Salesbook: Karavella Logistics, in en and ru. */
export const SAMPLE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../content');

let loaded: LoadedPlaybook | undefined;

/** The sample, read once per test file. */
export function samplePlaybook(): LoadedPlaybook {
  return (loaded ??= loadPlaybook(SAMPLE_DIR));
}

/** The sample's entries of one language. */
export const entriesIn = (lang: string): PlaybookEntry[] => samplePlaybook().entries.filter((entry) => entry.lang === lang);

/** A scenario of the sample with its parsed dialogue. */
export interface SampleScenario {
  entry: PlaybookEntry;
  id: string;
  staff: string[];
  graph: DialogueGraph;
}

/** The scenarios of one language, each with its dialogue graph. */
export function scenariosIn(lang: string): SampleScenario[] {
  return entriesIn(lang).flatMap((entry) => {
    if (entry.collection !== 'scripts' || entry.data.type !== 'scenario') return [];
    const block = findScenarioDialogue(entry.body, entry.bodyLine).block;
    if (!block) return [];
    return [{ entry, id: entry.id, staff: entry.data.staff, graph: parseDialogue(block.source, block.firstLine).graph }];
  });
}

/** Everything a rep says in the sample, with where it is: module variants, objection responses and staff dialogue lines and options. */
export function spokenTexts(lang: string): { text: string; where: string; module?: string; weak?: boolean }[] {
  const texts: { text: string; where: string; module?: string; weak?: boolean }[] = [];
  for (const entry of entriesIn(lang)) {
    const data = entry.data;
    if ('type' in data && data.type === 'call')
      for (const module of data.modules) for (const text of module.variants) texts.push({ text, where: `${entry.id} › ${module.id}`, module: module.id });
    if (entry.collection === 'objections') for (const response of entry.data.responses) texts.push({ text: response.text, where: entry.id });
  }
  for (const { id, staff, graph } of scenariosIn(lang)) {
    for (const section of graph.sections) {
      for (const step of section.steps)
        if (staff.includes(step.role))
          texts.push({ text: step.text, where: `${id} › ${step.id}`, module: step.refs.find((ref) => ref.type === 'module' && ref.id === 'offer-compensation')?.id });
      const exit = section.exit;
      if (exit?.kind === 'choice' && staff.includes(exit.role))
        for (const option of exit.options)
          texts.push({ text: option.text, where: `${id} › ${option.id}`, module: option.refs.find((ref) => ref.id === 'offer-compensation')?.id, weak: option.weak !== undefined });
    }
  }
  return texts;
}
