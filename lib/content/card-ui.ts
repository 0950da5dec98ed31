/**
 * Mounts the card above a bounce in its own closed shadow root (shadow-host.ts): styles isolated both ways, rendered
 * as text nodes only. The host element carries the test contract: data-bounce-doctor, data-category, data-code,
 * data-enhanced, data-recipient (first failed recipient) and data-recipients-count.
 */
import { renderCard, renderDismissed } from './card-view';
import { createShadowHost } from './shadow-host';
import type { Diagnosis } from '../diagnosis/types';
import type { Summary } from '../pages/summary';
import type { OpenMessage } from '../webmail/adapter';
import type { BounceFinding } from '../webmail/bounce-check';
import type { CardHandle } from './watcher';
import type { CardWords } from '../i18n/ui/card-en';

export interface CardActions {
  /** Remembers the dismissal at once; `undismiss` takes it back (the card's Undo). */
  dismiss(messageId: string): void;
  undismiss(messageId: string): void;
  openReport(messageId: string): void;
  /** The explanation and checklist, from the background (content scripts carry no diagnosis texts). */
  explain(finding: BounceFinding): Promise<Diagnosis[]>;
  /** The card's words and language, as the background last sent them with the summaries (English until then). */
  words?(): { words: CardWords; lang: string } | null;
}

/** How long the "Dismissed · Undo" line stays before the card goes. */
export const UNDO_MS = 8000;

/**
 * The page's own theme: a dark page background gets the dark card whatever the system says, and a light one light. A
 * page with no background of its own is white, unless it opted into the dark scheme (color-scheme) and the system is
 * dark.
 */
export function pageTheme(doc: Document): 'dark' | 'light' {
  const view = doc.defaultView;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el || !view) continue;
    const bg = view.getComputedStyle(el).backgroundColor ?? '';
    const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(bg);
    if (!m || m[4] === '0') continue;
    const lum = 0.2126 * Number(m[1]) + 0.7152 * Number(m[2]) + 0.0722 * Number(m[3]);
    return lum < 96 ? 'dark' : 'light';
  }
  const scheme = view && doc.documentElement ? view.getComputedStyle(doc.documentElement).colorScheme ?? '' : '';
  return /dark/.test(scheme) && view?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function cardMounter(css: string, actions: CardActions) {
  return (message: OpenMessage, finding: BounceFinding, summary: Summary): CardHandle | null => {
    const doc = message.anchor.ownerDocument;
    const parent = message.anchor.parentElement;
    if (!parent) return null;
    const first = finding.report.recipients[0];
    const { host, container } = createShadowHost(doc, 'bounce-doctor-card', css);
    host.setAttribute('data-bounce-doctor', '');
    host.setAttribute('data-message-id', message.id);
    host.setAttribute('data-category', summary.groups[0]?.category ?? 'unknown');
    host.setAttribute('data-code', first?.code ?? '');
    host.setAttribute('data-enhanced', first?.enhanced ?? '');
    host.setAttribute('data-recipient', first?.recipient ?? '');
    host.setAttribute('data-recipients-count', String(finding.report.recipients.length));
    // The page's own background decides light or dark, not the system's scheme (Outlook can be white on a dark system).
    host.setAttribute('data-theme', pageTheme(doc));
    parent.insertBefore(host, message.anchor);
    let undoTimer: ReturnType<typeof setTimeout> | null = null;
    const remove = () => {
      if (undoTimer !== null) clearTimeout(undoTimer);
      undoTimer = null;
      host.remove();
      container.replaceChildren();
    };
    const local = actions.words?.() ?? null;
    if (local) host.setAttribute('lang', local.lang);
    const show = () => {
      container.replaceChildren();
      renderCard(doc, container, {
        summary,
        words: local?.words,
        loadDetails: () => actions.explain(finding),
        onDismiss: () => {
          actions.dismiss(message.id);
          container.replaceChildren();
          renderDismissed(doc, container, () => {
            if (undoTimer !== null) clearTimeout(undoTimer);
            undoTimer = null;
            actions.undismiss(message.id);
            show();
          }, local?.words);
          undoTimer = setTimeout(remove, UNDO_MS);
        },
        onOpenReport: () => actions.openReport(message.id),
      });
    };
    show();
    return { isConnected: () => host.isConnected, remove };
  };
}
