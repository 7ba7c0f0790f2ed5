/** localStorage, or null where the browser blocks it (some private windows): saved answers and scores are then simply not kept. */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
