import type { DialogueGraph } from '../engine/dialogue/types.ts';
import { toPlayGraph, type PlayGraph } from './play-graph.ts';
import { sectionName } from './section-name.ts';
import type { Dictionary } from '../i18n/dictionary.ts';
import { rolePlayText, type RolePlayText } from '../i18n/island-text.ts';

/** What the page hands to the viewer island, as JSON beside the transcript. */
export interface ViewerData {
  /** `<lang>/<id>`: the scenario, as results are stored. */
  scenario: string;
  /** Page language, for dates and numbers. */
  lang: string;
  /** Role key → label. */
  roles: Record<string, string>;
  /** The role Practice mode starts with. */
  practiceRole: string;
  /** Section label → name shown to readers. */
  sectionNames: Record<string, string>;
  /** The dialogue's structure. */
  graph: PlayGraph;
  /** The interface texts the viewer writes as the learner plays. */
  strings: RolePlayText;
}

/** The role a learner usually practises: `rep` when the scenario has it, else the role with the most lines. */
export function defaultPracticeRole(roles: Record<string, string>, graph: DialogueGraph): string {
  if ('rep' in roles) return 'rep';
  const lines = new Map<string, number>();
  for (const section of graph.sections) for (const step of section.steps) lines.set(step.role, (lines.get(step.role) ?? 0) + 1);
  return Object.keys(roles).sort((a, b) => (lines.get(b) ?? 0) - (lines.get(a) ?? 0))[0] ?? '';
}

/** Everything the island needs about one scenario. */
export function viewerData(scenario: { lang: string; id: string; roles: Record<string, string> }, graph: DialogueGraph, t: Dictionary): ViewerData {
  return {
    scenario: `${scenario.lang}/${scenario.id}`,
    lang: scenario.lang,
    roles: scenario.roles,
    practiceRole: defaultPracticeRole(scenario.roles, graph),
    sectionNames: Object.fromEntries(graph.sections.map((section) => [section.label, sectionName(section, t.roleplay.opening)])),
    graph: toPlayGraph(graph),
    strings: rolePlayText(t),
  };
}
