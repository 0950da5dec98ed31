/**
 * The boundary every content-script callback goes through: an error inside Bounce Doctor must never reach the host
 * page. Each kind of error is logged at most once, and once the extension context is gone (the extension was updated
 * or reloaded while the tab stayed open) the old script goes quiet for good.
 */
const seen = new Set<string>();
const MAX_KINDS = 50;
let invalidated = false;
let debug = false;

/** The options page's debug switch: every error is shown, not just the first of each kind. */
export function setDebug(on: boolean): void {
  debug = on;
}

export function isContextInvalidated(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Extension context invalidated|Receiving end does not exist/i.test(message);
}

export function reportOnce(error: unknown, log: (...args: unknown[]) => void = console.warn): void {
  if (isContextInvalidated(error)) {
    invalidated = true;
    return;
  }
  const kind = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (debug) {
    log('Bounce Doctor (debug):', error);
    return;
  }
  if (seen.has(kind)) return;
  // Bounded: a page that makes a new message each time cannot grow this set (past the cap, nothing more is logged).
  if (seen.size >= MAX_KINDS) return;
  seen.add(kind);
  log('Bounce Doctor:', kind);
}

export function isQuiet(): boolean {
  return invalidated;
}

/** Runs `fn`, swallowing (and reporting once) whatever it throws or rejects with. */
export function guarded<A extends unknown[]>(fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    if (invalidated) return;
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch((error: unknown) => reportOnce(error));
    } catch (error) {
      reportOnce(error);
    }
  };
}

/** For tests. */
export function resetGuard(): void {
  seen.clear();
  invalidated = false;
  debug = false;
}
