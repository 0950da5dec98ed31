/**
 * Mounts the card above a bounce through WXT's shadow-root UI: styles isolated both ways, rendered with Preact (text
 * nodes only). The host element carries the test contract: data-bounce-doctor, data-category, data-code,
 * data-enhanced, data-recipient (first failed recipient) and data-recipients-count.
 */
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { renderCard } from './card-view';
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

export function cardMounter(ctx: ContentScriptContext, css: string, actions: CardActions) {
  return (message: OpenMessage, finding: BounceFinding): CardHandle | null => {
    let host: HTMLElement | null = null;
    let removed = false;
    const first = finding.report.recipients[0];
    const uiPromise = createShadowRootUi(ctx, {
      name: 'bounce-doctor-card',
      position: 'inline',
      anchor: message.anchor,
      append: 'before',
      css,
      onMount(container, _shadow, shadowHost) {
        host = shadowHost;
        shadowHost.setAttribute('data-bounce-doctor', '');
        shadowHost.setAttribute('data-message-id', message.id);
        shadowHost.setAttribute('data-category', finding.verdicts[0]?.category ?? 'unknown');
        shadowHost.setAttribute('data-code', first?.code ?? '');
        shadowHost.setAttribute('data-enhanced', first?.enhanced ?? '');
        shadowHost.setAttribute('data-recipient', first?.recipient ?? '');
        shadowHost.setAttribute('data-recipients-count', String(finding.report.recipients.length));
        const theme = pageTheme(message.anchor.ownerDocument);
        if (theme) shadowHost.setAttribute('data-theme', theme);
        return renderCard(document, container, {
          recipients: finding.report.recipients,
          verdicts: finding.verdicts,
          loadDetails: () => actions.explain(finding),
          onDismiss: () => actions.dismiss(message.id),
          onOpenReport: () => actions.openReport(message.id),
        });
      },
    });
    void uiPromise.then((ui) => {
      if (removed) return;
      ui.mount();
      handle.remove = () => {
        removed = true;
        ui.remove();
      };
    });
    const handle: CardHandle = {
      // Until the UI is ready it counts as connected, so a scan does not mount it twice.
      isConnected: () => (host ? host.isConnected : !removed),
      remove: () => {
        removed = true;
      },
    };
    return handle;
  };
}
