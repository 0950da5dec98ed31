/**
 * Mounts the card above a bounce in its own shadow root (shadow-host.ts): styles isolated both ways, rendered as text
 * nodes only. The host element carries the test contract: data-bounce-doctor, data-category, data-code,
 * data-enhanced, data-recipient (first failed recipient) and data-recipients-count.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { renderCard } from './card-view';
import { createShadowHost } from './shadow-host';
import type { Diagnosis } from '../diagnosis/types';
import type { OpenMessage } from '../webmail/adapter';
import type { BounceFinding } from '../webmail/bounce-check';
import type { CardHandle } from './watcher';

export interface CardActions {
  dismiss(messageId: string): void;
  openReport(messageId: string): void;
  /** The explanation and checklist, from the background (content scripts carry only the verdicts). */
  explain(finding: BounceFinding): Promise<Diagnosis[]>;
}

/** The page's own theme: a dark page background gets the dark card whatever the system says. */
function pageTheme(doc: Document): 'dark' | 'light' | null {
  const bg = doc.defaultView?.getComputedStyle(doc.body).backgroundColor ?? '';
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(bg);
  if (!m || m[4] === '0') return null;
  const lum = 0.2126 * Number(m[1]) + 0.7152 * Number(m[2]) + 0.0722 * Number(m[3]);
  return lum < 96 ? 'dark' : 'light';
}

export function cardMounter(ctx: Pick<ContentScriptContext, 'onInvalidated'>, css: string, actions: CardActions) {
  return (message: OpenMessage, finding: BounceFinding): CardHandle | null => {
    const doc = message.anchor.ownerDocument;
    const parent = message.anchor.parentElement;
    if (!parent) return null;
    const first = finding.report.recipients[0];
    const { host, container } = createShadowHost(doc, 'bounce-doctor-card', css);
    host.setAttribute('data-bounce-doctor', '');
    host.setAttribute('data-message-id', message.id);
    host.setAttribute('data-category', finding.verdicts[0]?.category ?? 'unknown');
    host.setAttribute('data-code', first?.code ?? '');
    host.setAttribute('data-enhanced', first?.enhanced ?? '');
    host.setAttribute('data-recipient', first?.recipient ?? '');
    host.setAttribute('data-recipients-count', String(finding.report.recipients.length));
    const theme = pageTheme(doc);
    if (theme) host.setAttribute('data-theme', theme);
    parent.insertBefore(host, message.anchor);
    renderCard(doc, container, {
      recipients: finding.report.recipients,
      verdicts: finding.verdicts,
      loadDetails: () => actions.explain(finding),
      onDismiss: () => actions.dismiss(message.id),
      onOpenReport: () => actions.openReport(message.id),
    });
    const remove = () => {
      host.remove();
      container.replaceChildren();
    };
    // An updated or reloaded extension leaves no card of the old script behind.
    ctx.onInvalidated(remove);
    return { isConnected: () => host.isConnected, remove };
  };
}
