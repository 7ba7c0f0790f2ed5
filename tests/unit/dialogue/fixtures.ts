// The example from CONTENT-FORMAT.md, placed as if its fence were on line 20 of the scenario file.
export const exampleFenceLine = 20;

export const exampleSource = [
  'rep: Good afternoon, Anna! This is Ivan from Northwind. {module:state-call-goal}',
  'client: What is it about?',
  'rep: We cut delivery costs for firms like yours. Do you have two minutes?',
  'client:',
  '  * We already have a supplier. -> supplier',
  '  * Just send me an email. -> email',
  '  * Go ahead. -> needs',
  '',
  '== supplier',
  'rep: {objection:have-a-supplier} Great, so you know what good service looks like. …',
  '-> needs',
  '',
  '== email',
  'rep: Sure. To send what fits, may I ask two questions? …',
  '-> needs',
  '',
  '== needs',
  'rep: How do you ship today, and what would you change? {module:open-question}',
  'client: Mostly by road, and the delays hurt.',
  '-> end',
].join('\n');

export const exampleContext = {
  roles: { rep: 'Sales manager', client: 'Head of procurement' },
  hasModule: (id: string) => ['state-call-goal', 'open-question'].includes(id),
  hasObjection: (id: string) => id === 'have-a-supplier',
};

/** Deep copy without `line` fields: graphs compared "up to line numbers". */
export function withoutLines(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLines);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'line')
        .map(([key, inner]) => [key, withoutLines(inner)]),
    );
  }
  return value;
}

/** Deterministic pseudo-random numbers (mulberry32), so fuzz failures can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const tokens = [
  'rep:',
  'client:',
  'Rep:',
  ' ',
  '  ',
  '\t',
  '  * ',
  '*',
  '    ! ',
  '! ',
  '->',
  '-> end',
  '-> needs',
  '== ',
  '== needs',
  '==',
  'needs',
  'start',
  'end',
  'a',
  'Hello',
  '.',
  ',',
  '!',
  '…',
  ':',
  '=',
  '-',
  '>',
  '{',
  '}',
  '{module:x}',
  '{objection:y}',
  '{Module: z }',
  '{modul:q}',
  '{module:',
  '{objection:}',
  'é',
  'Привет',
  '\u00a0',
  '\u2028',
  '\uFEFF',
  '\n',
  '\n',
  '\n',
  '\r\n',
  '\r',
];

/** Text built from dialogue-ish tokens, likelier than random characters to reach every branch. */
export function garbage(random: () => number): string {
  const length = Math.floor(random() * 60);
  let text = '';
  for (let i = 0; i < length; i += 1) {
    text +=
      random() < 0.05
        ? String.fromCharCode(Math.floor(random() * 0xffff))
        : tokens[Math.floor(random() * tokens.length)];
  }
  return text;
}
