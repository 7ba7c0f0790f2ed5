const cleanups: (() => void)[] = [];
let listening = false;

function interrupted(signal: NodeJS.Signals): void {
  // Last registered first: inner work (a half-written folder) is undone before outer (a lock).
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      cleanup();
    } catch {
      // Exiting anyway; one failed cleanup must not keep the others from running.
    }
  }
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

/**
 * Runs `cleanup` if the command is interrupted (Ctrl+C, or stopped by the system) before the
 * returned function is called. Every command shares one handler, so each cleanup runs once.
 */
export function onInterrupt(cleanup: () => void): () => void {
  if (!listening) {
    process.on('SIGINT', interrupted).on('SIGTERM', interrupted);
    listening = true;
  }
  cleanups.push(cleanup);
  return () => {
    const at = cleanups.indexOf(cleanup);
    if (at >= 0) cleanups.splice(at, 1);
  };
}
