/** The part of the Web Storage API the results need, so tests and private windows can supply their own. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** One finished practice run, as kept in the browser. */
export interface PracticeResult {
  /** Identifies the run, so finishing it again (after stepping back) replaces it instead of adding one. */
  run: string;
  /** When the run finished, as an ISO 8601 timestamp. */
  date: string;
  /** The role practised. */
  role: string;
  /** 0-100. */
  score: number;
  /** Lines rated "nailed it". */
  nailed: number;
  /** Lines rated "close". */
  close: number;
  /** Lines rated "missed". */
  missed: number;
}

/** How many runs are kept per scenario. */
export const RESULTS_KEPT = 10;

/** The storage key of a scenario's results; `scenario` is `<lang>/<id>`. */
export function resultsKey(scenario: string): string {
  return `salesbook:practice:${scenario}`;
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function isResult(value: unknown): value is PracticeResult {
  const r = value as Partial<PracticeResult> | null;
  return (
    typeof r === 'object' && r !== null &&
    typeof r.run === 'string' && typeof r.date === 'string' && !Number.isNaN(Date.parse(r.date)) &&
    typeof r.role === 'string' && isCount(r.score) && isCount(r.nailed) && isCount(r.close) && isCount(r.missed)
  );
}

/** A scenario's kept results, newest first; unreadable or blocked storage reads as none. */
export function readResults(storage: KeyValueStorage | null, scenario: string): PracticeResult[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(resultsKey(scenario)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isResult) : [];
  } catch {
    return [];
  }
}

/** Keeps a result as the newest (replacing the same run), dropping the oldest beyond the limit; returns what is kept. */
export function recordResult(storage: KeyValueStorage | null, scenario: string, result: PracticeResult): PracticeResult[] {
  const kept = [result, ...readResults(storage, scenario).filter((old) => old.run !== result.run)].slice(0, RESULTS_KEPT);
  try {
    storage?.setItem(resultsKey(scenario), JSON.stringify(kept));
  } catch {
    // A full or blocked storage must not stop the practice; the summary is still shown.
  }
  return kept;
}
