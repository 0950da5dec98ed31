/**
 * Outlook on the web. Selectors, each with what it relies on (../shared/docs/webmail.md §2), ids and roles before
 * localized aria-labels:
 *  - body:     div[id^="UniqueMessageBody"][role="document"] (several projects), fallback [role="document"].allowTextSelection,
 *              then aria-label "Message body" (English only: last resort).
 *  - item:     the closest [data-convid] or [role="listitem"] around a body; else the reading pane.
 *  - pane:     #ReadingPaneContainerId, [data-app-section="MailReadCompose"], [data-app-section="ConversationContainer"].
 *  - sender:   [id$="_FROM"] in the item (toggl, public code), fallback span[aria-label^="From:"].
 *  - subject:  [role="heading"][id$="_SUBJECT"], then div[role="heading"][title].
 */
import { allMatches, elementId, firstMatch, type OpenMessage, type WebmailAdapter } from './adapter';

export const OUTLOOK_SELECTORS = {
  body: ['div[id^="UniqueMessageBody"][role="document"]', '[role="document"].allowTextSelection', 'div[aria-label="Message body"]'],
  item: ['[data-convid]', '[role="listitem"]'],
  pane: ['#ReadingPaneContainerId', '[data-app-section="MailReadCompose"]', '[data-app-section="ConversationContainer"]', '[role="main"]'],
  sender: ['[id$="_FROM"]', 'span[aria-label^="From:"]'],
  subject: ['[role="heading"][id$="_SUBJECT"]', 'div[role="heading"][title]'],
} as const;

const ADDRESS = /[^\s<>"'()]{1,64}@[^\s<>"'()]{1,255}/;

export const outlook: WebmailAdapter = {
  id: 'outlook',
  findOpenMessages(root) {
    const out: OpenMessage[] = [];
    for (const body of allMatches(root, OUTLOOK_SELECTORS.body)) {
      const item = body.closest(OUTLOOK_SELECTORS.item.join(',')) ?? body.closest(OUTLOOK_SELECTORS.pane.join(','));
      const scope = item ?? body.parentElement ?? body;
      const senderEl = firstMatch(scope, OUTLOOK_SELECTORS.sender);
      const label = (senderEl?.getAttribute('aria-label') ?? '').slice(0, 500);
      const email = ADDRESS.exec(label)?.[0] ?? ADDRESS.exec((senderEl?.getAttribute('title') ?? '').slice(0, 500))?.[0] ?? null;
      const pane = body.closest(OUTLOOK_SELECTORS.pane.join(',')) ?? root;
      const subjectEl = firstMatch(pane, OUTLOOK_SELECTORS.subject);
      const convid = item?.getAttribute('data-convid');
      const id = `${convid ?? ''}:${body.id || elementId(body, 'owa')}`;
      out.push({
        id: `outlook:${id}`,
        body,
        anchor: body,
        sender: senderEl ? { email, name: senderEl.textContent?.trim() || null } : null,
        subject: subjectEl?.getAttribute('title') ?? subjectEl?.textContent?.trim() ?? null,
      });
    }
    return out;
  },
};
