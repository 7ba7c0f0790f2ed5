import type { EditionFilter } from '../audience.ts';
import { displayPath, type LoadedPlaybook } from '../content/load-playbook.ts';
import { EVERYONE } from '../audience.ts';
import { indexPlaybook, unreadableTargets, type LanguageIndex } from '../playbook-index.ts';
import type { Problem } from '../problems.ts';
import { checkAudiences } from './check-audiences.ts';
import { checkCompensation } from './check-compensation.ts';
import { checkDialogues, dialogueTexts } from './check-dialogues.ts';
import { checkEntriesExist } from './check-entries-exist.ts';
import { checkUniqueIds } from './check-ids.ts';
import { checkLineLength } from './check-line-length.ts';
import { checkReferences } from './check-references.ts';
import { checkReviewDates, localDay } from './check-review-dates.ts';
import { compileMatchers, lintEntry, type LintableText } from './lint-stop-phrases.ts';

/** What the cross-entry rules need besides the playbook: the edition, and the day to compare review dates with. */
export interface CheckOptions extends EditionFilter {
  /** Review dates after this day are reported; today when not given. */
  today?: Date | undefined;
}

// In dev a save changes one file, and the other entries keep their objects: what depends on one
// entry alone (and on its language's stop phrases and the word limit) is kept between checks.
const perEntry = new WeakMap<object, { inputs: readonly unknown[]; problems: Problem[] }>();
function entryProblems(entry: object, inputs: readonly unknown[], compute: () => Problem[]): Problem[] {
  const kept = perEntry.get(entry);
  if (kept && kept.inputs.length === inputs.length && kept.inputs.every((input, i) => input === inputs[i])) return kept.problems;
  const problems = compute();
  perEntry.set(entry, { inputs, problems });
  return problems;
}

/** A dialogue's staff lines, without the options of choice points, which are short picks rather than speeches. */
function spokenDialogueLines(texts: readonly LintableText[] | undefined): LintableText[] {
  return (texts ?? []).filter((text) => text.field.startsWith('dialogue › line'));
}

/** The rules that span entries: ids, references, dialogues, compensation, audiences, review dates, stop phrases and line length. */
export function checkPlaybook(playbook: LoadedPlaybook, filter: CheckOptions, index: Map<string, LanguageIndex> = indexPlaybook(playbook.entries)): Problem[] {
  const context = { unreadable: unreadableTargets(playbook.unreadable), audiences: new Set([EVERYONE, ...playbook.config.audiences]) };
  const { problems: dialogueProblems, dialogues } = checkDialogues(playbook.entries, index, filter, context);
  const { matchers, problems: matcherProblems } = compileMatchers(playbook.stopPhrases);
  const dialogueByEntry = new Map(dialogues.map(({ entry, graph }) => [entry, dialogueTexts(graph, 'type' in entry.data && entry.data.type === 'scenario' ? entry.data.staff : [])]));
  return [
    ...checkEntriesExist(playbook, (p) => displayPath(p)),
    ...checkAudiences(playbook, filter.audience),
    ...checkUniqueIds(playbook.entries),
    ...checkReferences(playbook.entries, index, filter, context),
    ...dialogueProblems,
    ...playbook.compensation.flatMap(checkCompensation),
    // Authors write the day they live in, so today is the local calendar day, not the UTC one.
    ...checkReviewDates(playbook.entries, localDay(filter.today ?? new Date())),
    ...matcherProblems,
    ...playbook.entries.flatMap((entry) =>
      entryProblems(entry, [matchers.get(entry.lang), playbook.config.maxSpokenWords], () => [
        ...lintEntry(entry, matchers.get(entry.lang), dialogueByEntry.get(entry)),
        ...checkLineLength(entry, playbook.config.maxSpokenWords, spokenDialogueLines(dialogueByEntry.get(entry))),
      ]),
    ),
  ];
}
