import { parseDialogue } from '../../../src/lib/engine/dialogue/index.ts';
import { indexGraph } from '../../../src/lib/roleplay/graph-index.ts';
import { toPlayGraph } from '../../../src/lib/roleplay/play-graph.ts';
import { exampleSource } from '../dialogue/fixtures.ts';

/** An indexed play graph from dialogue text. */
export const playGraphOf = (source: string) => indexGraph(toPlayGraph(parseDialogue(source, 1).graph));

/** The example of CONTENT-FORMAT.md: the client chooses among three options, two of which jump to `needs`. */
export const example = () => playGraphOf(exampleSource);

/** A rep who chooses, a jump, and a loop back to the opening. */
export const loopSource = [
  'client: Hello?',
  'rep:',
  '  * Good morning! {module:greet} -> greet',
  '  * Hi, bad line — calling back. -> start',
  '== greet',
  'client: Morning.',
  '-> close',
  '== close',
  'rep: Bye. {objection:no-time}',
].join('\n');
