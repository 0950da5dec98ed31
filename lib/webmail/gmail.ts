/**
 * Gmail. Selectors, each with what it relies on (../shared/docs/webmail.md §1):
 *  - message:  div.adn[data-message-id]  (InboxSDK, gmail.js, FlowCrypt; stable since 2018), fallback
 *              [data-legacy-message-id] (hex id), then div.adn.
 *  - body:     .a3s.aiL (2020-10+), .a3s.aXjCH (2019), .a3s (gmail.js), fallback div.ii.gt (InboxSDK, since 2017).
 *              Collapsed messages (kv/kQ) have no body element, so they are skipped by construction.
 *  - anchor:   div.ii.gt (the body wrapper) so the card sits above the text; fallback the body itself.
 *  - sender:   span.gD[email] (gmail.js, FlowCrypt), fallback td.gF span[email] (InboxSDK), .gs span[email].
 *  - subject:  h2.hP (gmail.js, FlowCrypt), fallback .ha h2, h2[data-thread-perm-id].
 * TODO [2027-06-01]: check that .a3s.aXjCH is still seen; drop it when it is not.
 */
import { allMatches, elementId, firstMatch, type OpenMessage, type WebmailAdapter } from './adapter';

export const GMAIL_SELECTORS = {
  message: ['div.adn[data-message-id]', 'div[data-legacy-message-id]', 'div.adn'],
  body: ['.a3s.aiL', '.a3s.aXjCH', '.a3s', 'div.ii.gt'],
  bodyWrapper: ['div.ii.gt', '.adP'],
  sender: ['span.gD[email]', 'td.gF span[email]', '.gs span[email]'],
  subject: ['h2.hP', '.ha h2', 'h2[data-thread-perm-id]', 'h2[data-legacy-thread-id]'],
} as const;

export const gmail: WebmailAdapter = {
  id: 'gmail',
  classChangeMatters: (el) => el.classList.contains('h7') || el.classList.contains('kv') || el.classList.contains('adn'),
  findOpenMessages(root) {
    const messages = allMatches(root, GMAIL_SELECTORS.message);
    if (messages.length === 0) return [];
    const subject = firstMatch(root, GMAIL_SELECTORS.subject)?.textContent?.trim() || null;
    const out: OpenMessage[] = [];
    for (const message of messages) {
      const body = firstMatch(message, GMAIL_SELECTORS.body);
      if (!body) continue;
      const senderEl = firstMatch(message, GMAIL_SELECTORS.sender);
      const wrapper = body.closest(GMAIL_SELECTORS.bodyWrapper.join(','));
      const id = message.getAttribute('data-message-id') ?? message.getAttribute('data-legacy-message-id') ?? elementId(message, 'gmail');
      out.push({
        id: `gmail:${id}`,
        body,
        anchor: wrapper && message.contains(wrapper) ? wrapper : body,
        sender: senderEl ? { email: senderEl.getAttribute('email'), name: senderEl.getAttribute('name') ?? senderEl.textContent?.trim() ?? null } : null,
        subject,
      });
    }
    return out;
  },
};
