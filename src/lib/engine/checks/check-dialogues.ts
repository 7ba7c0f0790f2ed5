import type { EditionFilter } from '../audience.ts';
import type { PlaybookEntry } from '../content/load-playbook.ts';
import { checkDialogue, type DialogueGraph } from '../dialogue/index.ts';
import { parseScenarioDialogue } from '../dialogue/scenario-dialogue.ts';
import { lookup, type LanguageIndex } from '../playbook-index.ts';
import { inFile, problem, type Problem } from '../problems.ts';
import { followReference } from '../resolve-reference.ts';
import type { ReferenceContext } from './check-references.ts';
import type { LintableText } from './lint-stop-phrases.ts';

/** A scenario's dialogue as the check read it, for the stop-phrase lint. */
export interface CheckedDialogue {
  entry: PlaybookEntry;
  graph: DialogueGraph;
}

/**
 * The lines and options spoken by the company's roles: clients may say anything, our staff may not.
 * Options marked weak are left out: they show on purpose what not to say.
 */
export function dialogueTexts(graph: DialogueGraph, staff: readonly string[]): LintableText[] {
  const texts: LintableText[] = [];
  for (const section of graph.sections) {
    for (const step of section.steps)
      if (staff.includes(step.role)) texts.push({ text: step.text, line: step.line, field: `dialogue › line ${step.id}` });
    if (section.exit?.kind === 'choice' && staff.includes(section.exit.role))
      for (const option of section.exit.options) if (!option.weak) texts.push({ text: option.text, line: option.line, field: `dialogue › option ${option.id}` });
  }
  return texts;
}

/** Parses and checks the dialogue block of every scenario: syntax, roles, jumps, reachability, endings, references. */
export function checkDialogues(
  entries: readonly PlaybookEntry[],
  index: Map<string, LanguageIndex>,
  filter: EditionFilter,
  context: ReferenceContext = {},
): { problems: Problem[]; dialogues: CheckedDialogue[] } {
  const problems: Problem[] = [];
  const dialogues: CheckedDialogue[] = [];
  for (const entry of entries) {
    if (entry.collection !== 'scripts' || entry.data.type !== 'scenario') continue;
    // Read with the file; entries made in code (tests) are parsed here.
    const { found, graph, problems: syntax } = entry.dialogue ?? parseScenarioDialogue(entry.body, entry.bodyLine);
    problems.push(...inFile(entry.file, found.problems));
    if (!graph) continue;
    problems.push(...inFile(entry.file, syntax));
    // An id in a file that failed to load exists for the author; that file's own problems come first.
    const exists = (type: 'module' | 'objection') => (id: string) =>
      lookup(index, entry.lang, type, id) !== undefined || context.unreadable?.has(`${entry.lang}:${type}:${id}`) === true;
    problems.push(
      ...inFile(entry.file, checkDialogue(graph, { roles: entry.data.roles, staff: entry.data.staff, hasModule: exists('module'), hasObjection: exists('objection') })),
    );
    // Existing targets may still be out of reach for this entry's readers (a draft, a narrower audience).
    for (const section of graph.sections) {
      const refs = [...section.steps.flatMap((s) => s.refs), ...(section.exit?.kind === 'choice' ? section.exit.options.flatMap((o) => [...o.refs, ...(o.weak?.refs ?? [])]) : [])];
      for (const ref of refs) {
        if (!lookup(index, entry.lang, ref.type, ref.id)) continue;
        const result = followReference(index, entry, ref.type, ref.id, filter, context.audiences);
        if ('reason' in result) problems.push(problem('unknown-reference', result.reason, { file: entry.file, line: ref.line, field: `dialogue › {${ref.type}:${ref.id}}` }));
      }
    }
    dialogues.push({ entry, graph });
  }
  return { problems, dialogues };
}
