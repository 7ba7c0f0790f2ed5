import fc from 'fast-check';

// Any UTF-16 text, lone surrogates included, mostly ASCII so that syntax characters come up often.
// fast-check's own `unit: 'binary'` does the same but costs about a second to set up per test file.
const anyChar = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 0x7f }) },
  { weight: 1, arbitrary: fc.integer({ min: 0x80, max: 0x10ffff }) },
).map((code) => String.fromCodePoint(code));

/** Any text up to `maxLength` characters. */
export function anyText(maxLength: number): fc.Arbitrary<string> {
  return fc.string({ unit: anyChar, maxLength });
}

/**
 * Runs per property: few enough for the unit suite to stay fast. Set FUZZ_RUNS (e.g. 20000) for a
 * deep search; a failure prints the seed and path to replay it.
 */
export function fuzzRuns(usual: number): { numRuns: number } {
  return { numRuns: Number(process.env.FUZZ_RUNS ?? usual) };
}

/** Options for a describe block of properties: CPU-bound, so they get room on a busy machine or a deep search. */
export const fuzzing = { timeout: process.env.FUZZ_RUNS ? 3_600_000 : 60_000 };
