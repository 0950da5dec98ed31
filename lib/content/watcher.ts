/**
 * Watches a webmail page for opened bounces. One debounced MutationObserver; each tick asks the adapter for the open
 * messages (one querySelectorAll), reads the text only of messages that are new or whose body changed, and caches
 * the result per message id. Pages without open messages cost one query per tick and nothing else.
 */
import type { BounceFinding } from '../webmail/bounce-check';
import { checkMessage } from '../webmail/bounce-check';
import type { OpenMessage, WebmailAdapter } from '../webmail/adapter';
import { visibleText } from '../webmail/text';

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
  mount(message: OpenMessage, finding: BounceFinding): CardHandle | null;
  /** Called after each scan whose set of bounces changed (for the toolbar hand-off). */
  onChange?(findings: Finding[]): void;
  isDismissed?(id: string): boolean;
  /** Where errors go: the content-script guard (they must never reach the page). */
  onError?(error: unknown): void;
  debounceMs?: number;
}

interface Entry {
  signature: string;
  finding: BounceFinding | null;
  card: CardHandle | null;
  message: OpenMessage;
}

/** A cheap fingerprint of a body: its length, so late-loading or clipped bodies are read again when they grow. */
function signature(body: Element): string {
  return String(body.textContent?.length ?? 0);
}

export function createWatcher(deps: WatcherDeps) {
  const cache = new Map<string, Entry>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let observer: MutationObserver | null = null;
  let lastReported = '';

  const scan = () => {
    timer = null;
    const seen = new Set<string>();
    for (const message of deps.adapter.findOpenMessages(deps.root)) {
      seen.add(message.id);
      const sig = signature(message.body);
      let entry = cache.get(message.id);
      if (!entry || entry.signature !== sig || entry.message.body !== message.body) {
        entry?.card?.remove();
        const finding = checkMessage(message, visibleText(message.body));
        entry = { signature: sig, finding, card: null, message };
        cache.set(message.id, entry);
      }
      if (entry.finding && !deps.isDismissed?.(message.id) && !(entry.card && entry.card.isConnected())) {
        entry.card = deps.mount(message, entry.finding);
      }
    }
    for (const [id, entry] of cache) {
      if (seen.has(id)) continue;
      entry.card?.remove();
      cache.delete(id);
    }
    const findings: Finding[] = [...cache.values()].filter((e) => e.finding).map((e) => ({ message: e.message, finding: e.finding as BounceFinding }));
    const key = findings.map((f) => f.message.id).join('|');
    if (key !== lastReported) {
      lastReported = key;
      deps.onChange?.(findings);
    }
  };

  const safeScan = () => {
    try {
      scan();
    } catch (error) {
      timer = null;
      deps.onError?.(error);
    }
  };
  const schedule = () => {
    if (timer === null) timer = setTimeout(safeScan, deps.debounceMs ?? 150);
  };

  return {
    scan: safeScan,
    schedule,
    /** Takes one message's card away (dismissed); the finding stays for the toolbar. */
    removeCard(id: string) {
      const entry = cache.get(id);
      entry?.card?.remove();
      if (entry) entry.card = null;
    },
    start() {
      const view = deps.root.defaultView;
      if (!view || !deps.root.body) return;
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
    stop() {
      observer?.disconnect();
      observer = null;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      for (const entry of cache.values()) entry.card?.remove();
      cache.clear();
    },
    /** For tests and the toolbar: what is currently found. */
    findings(): Finding[] {
      return [...cache.values()].filter((e) => e.finding).map((e) => ({ message: e.message, finding: e.finding as BounceFinding }));
    },
  };
}
