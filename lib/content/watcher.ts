/**
 * Watches a webmail page for opened bounces. One throttled MutationObserver; each tick asks the adapter for the open
 * messages (one querySelectorAll), reads the text only of messages that are new or whose body changed, and caches
 * the reading per message id. The bounces found go to the background (`report`), which answers with what each card
 * shows; a card is mounted then, and mounted again only when the reading really changed or the page took it away.
 * Nothing is kept for a message that is no longer open.
 */
import type { BounceFinding } from '../webmail/bounce-check';
import { checkMessage, findingKey } from '../webmail/bounce-check';
import type { OpenMessage, WebmailAdapter } from '../webmail/adapter';
import { visibleText } from '../webmail/text';
import type { Summary } from '../pages/summary';

export interface CardHandle {
  /** False once the host page removed the card (re-rendered the message); it is then mounted again. */
  isConnected(): boolean;
  remove(): void;
}

export interface Finding {
  message: OpenMessage;
  finding: BounceFinding;
}

export interface WatcherDeps {
  adapter: WebmailAdapter;
  root: Document;
  mount(message: OpenMessage, finding: BounceFinding, summary: Summary): CardHandle | null;
  /**
   * Called after each scan whose bounces changed (their ids or their readings), with all of them: the background
   * classifies them and answers with each card's summary, in order. Without an answer no card is mounted.
   */
  report?(findings: Finding[]): Promise<Summary[] | null | undefined> | void;
  isDismissed?(id: string): boolean;
  /** Where errors go: the content-script guard (they must never reach the page). */
  onError?(error: unknown): void;
  /** False once the extension is gone (updated or reloaded): the watcher then stops and takes its cards away. */
  alive?(): boolean;
  /** Called once when the watcher stops (to take the script's own listeners away). */
  onStop?(): void;
  /** At most one scan per this many ms (a throttle: constant mutation cannot starve it). */
  debounceMs?: number;
  /**
   * After a quiet moment, the first change is scanned this soon (the page's own batch of DOM changes done), not a whole
   * `debounceMs` later: a message opened is read at once, a busy page still at most once per `debounceMs`.
   */
  leadMs?: number;
  now?(): number;
}

interface Entry {
  signature: string;
  body: Element;
  finding: BounceFinding | null;
  key: string;
  summary: Summary | null;
  card: CardHandle | null;
  message: OpenMessage;
  /** Readings in a row that changed nothing, and when the last one was made: a body that keeps changing is read less. */
  idleReads: number;
  readAt: number;
}

/** A cheap fingerprint of a body: its length, so late-loading or clipped bodies are read again when they grow. */
function signature(body: Element): string {
  return String(body.textContent?.length ?? 0);
}

/** After this many readings in a row that changed nothing, a changing body is read at most once per READ_BACKOFF_MS. */
const IDLE_READS = 3;
export const READ_BACKOFF_MS = 1000;

export function createWatcher(deps: WatcherDeps) {
  const cache = new Map<string, Entry>();
  const now = deps.now ?? (() => Date.now());
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastScanAt = -Infinity;
  let observer: MutationObserver | null = null;
  let lastReported = '';
  let generation = 0;
  let stopped = false;

  const findings = (): Finding[] => [...cache.values()].flatMap((e) => (e.finding ? [{ message: e.message, finding: e.finding }] : []));

  const mountDue = () => {
    for (const [id, entry] of cache) {
      if (!entry.finding || !entry.summary || deps.isDismissed?.(id)) continue;
      if (entry.card?.isConnected()) continue;
      entry.card?.remove();
      entry.card = deps.mount(entry.message, entry.finding, entry.summary);
    }
  };

  const read = (entry: Entry, message: OpenMessage, sig: string) => {
    const finding = checkMessage(message, visibleText(message.body));
    const key = findingKey(finding);
    entry.signature = sig;
    entry.body = message.body;
    entry.readAt = now();
    if (key === entry.key) {
      entry.idleReads++;
      return;
    }
    entry.idleReads = 0;
    entry.card?.remove();
    entry.card = null;
    entry.summary = null;
    entry.finding = finding;
    entry.key = key;
  };

  const scan = () => {
    timer = null;
    lastScanAt = now();
    if (stopped) return;
    if (deps.alive && !deps.alive()) {
      stop();
      return;
    }
    const seen = new Set<string>();
    let later = Infinity;
    for (const message of deps.adapter.findOpenMessages(deps.root)) {
      seen.add(message.id);
      const sig = signature(message.body);
      let entry = cache.get(message.id);
      if (!entry) {
        entry = { signature: '', body: message.body, finding: null, key: '', summary: null, card: null, message, idleReads: 0, readAt: 0 };
        cache.set(message.id, entry);
        read(entry, message, sig);
      } else if (entry.signature !== sig || entry.body !== message.body) {
        const wait = entry.idleReads >= IDLE_READS ? entry.readAt + READ_BACKOFF_MS - now() : 0;
        if (wait > 0) later = Math.min(later, wait);
        else read(entry, message, sig);
      }
      entry.message = message;
    }
    for (const [id, entry] of cache) {
      if (seen.has(id)) continue;
      entry.card?.remove();
      cache.delete(id);
    }
    if (later !== Infinity) timer = setTimeout(safeScan, later);
    const current = findings();
    const key = current.map((f) => `${f.message.id}\u0000${cache.get(f.message.id)?.key}`).join('\u0001');
    if (key !== lastReported) {
      lastReported = key;
      const asked = ++generation;
      const answer = deps.report?.(current);
      if (answer) {
        answer.then(
          (summaries) => {
            if (asked !== generation || stopped || !summaries) return;
            current.forEach((f, i) => {
              const entry = cache.get(f.message.id);
              const summary = summaries[i];
              if (entry && entry.finding === f.finding && summary) entry.summary = summary;
            });
            safely(mountDue);
          },
          (error: unknown) => deps.onError?.(error),
        );
      }
    }
    mountDue();
  };

  const safely = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      deps.onError?.(error);
    }
  };
  const safeScan = () => {
    timer = null;
    safely(scan);
  };
  const schedule = () => {
    if (timer !== null || stopped) return;
    const every = deps.debounceMs ?? 150;
    const wait = Math.max(deps.leadMs ?? every, every - (now() - lastScanAt));
    timer = setTimeout(safeScan, wait);
  };

  function stop() {
    if (!stopped) deps.onStop?.();
    stopped = true;
    observer?.disconnect();
    observer = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    for (const entry of cache.values()) entry.card?.remove();
    cache.clear();
  }

  return {
    scan: safeScan,
    schedule,
    /** Takes one message's card away (dismissed); the finding stays for the toolbar. */
    removeCard(id: string) {
      const entry = cache.get(id);
      entry?.card?.remove();
      if (entry) entry.card = null;
    },
    /** Mounts the cards that are due (after a dismissal was undone). */
    remount: () => safely(mountDue),
    /** Reports the open bounces again on the next scan (the page came back from the back-forward cache). */
    resend() {
      lastReported = '\u0002';
      schedule();
    },
    start() {
      const view = deps.root.defaultView;
      if (!view || !deps.root.body || stopped) return;
      // Only element additions and removals, and class changes the adapter says can open a message, lead to a scan:
      // a busy inbox that rewrites its rows' text costs one cheap loop over the records.
      observer = new view.MutationObserver((records) => {
        if (timer !== null) return;
        for (const r of records) {
          if (r.type === 'attributes') {
            if (deps.adapter.classChangeMatters?.(r.target as Element)) return schedule();
            continue;
          }
          for (const n of r.addedNodes) if (n.nodeType === 1) return schedule();
          for (const n of r.removedNodes) if (n.nodeType === 1) return schedule();
        }
      });
      // class changes: Gmail expands a message by turning kv into h7 without adding nodes.
      observer.observe(deps.root.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
      schedule();
    },
    stop,
    /** For tests and the toolbar: what is currently found. */
    findings,
    /** For tests and the benchmark: how many messages are cached. */
    size: () => cache.size,
  };
}
