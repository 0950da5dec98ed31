/**
 * The general phrase rules, in the order they are tried. The order is the point: named blocklists first (a 5.7.1 that
 * names zen.spamhaus.org is a blocklist, not a generic policy); rate limits before unknown users ("550 5.1.1 … too
 * many recipients this hour" is a limit); recipient restrictions and SMTP-AUTH before the broader authentication
 * words; specific content before generic words; the vaguest ("refused", "policy") last.
 */
import type { Rule } from '../types';
import { AUTHENTICATION_RULES } from './authentication';
import { BLOCKLIST_RULES } from './blocklists';
import { RECIPIENT_RULES } from './recipient';
import { CONTENT_RULES, RATE_LIMIT_RULES, SESSION_RULES, SPAM_VERDICT_RULES, STAGE_RULES } from './sending';
import { POLICY_RULES, TRANSPORT_RULES } from './transport';

const byId = (rules: readonly Rule[], id: string): Rule => {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
};

export const PHRASE_RULES: readonly Rule[] = [
  byId(BLOCKLIST_RULES, 'blocklist.domain-zone'),
  byId(BLOCKLIST_RULES, 'blocklist.ip-zone'),
  // "Greylisted, please try again in 300 seconds": the greylisting words decide, not the retry delay a limit also gives.
  byId(SESSION_RULES, 'session.greylisting'),
  ...RATE_LIMIT_RULES,
  ...STAGE_RULES,
  ...SPAM_VERDICT_RULES,
  byId(RECIPIENT_RULES, 'recipient.policy'),
  byId(SESSION_RULES, 'session.auth-required'),
  ...AUTHENTICATION_RULES,
  byId(CONTENT_RULES, 'content.virus'),
  // A sending service's own refusal names the earlier bounce ("Not delivering to previously bounced address").
  byId(RECIPIENT_RULES, 'recipient.suppressed'),
  byId(RECIPIENT_RULES, 'recipient.domain'),
  byId(TRANSPORT_RULES, 'transport.local-delivery'),
  // "Mailbox unavailable. Over quota": the quota says why the mailbox is unavailable.
  byId(RECIPIENT_RULES, 'recipient.full'),
  byId(RECIPIENT_RULES, 'recipient.unknown'),
  byId(CONTENT_RULES, 'content.format'),
  byId(CONTENT_RULES, 'content.size'),
  byId(CONTENT_RULES, 'content.spam'),
  byId(CONTENT_RULES, 'content.policy'),
  byId(SESSION_RULES, 'session.tls'),
  byId(SESSION_RULES, 'session.relay'),
  byId(SESSION_RULES, 'session.sender-rejected'),
  byId(BLOCKLIST_RULES, 'blocklist.domain-phrase'),
  byId(BLOCKLIST_RULES, 'blocklist.ip-phrase'),
  byId(RECIPIENT_RULES, 'recipient.disabled'),
  byId(TRANSPORT_RULES, 'transport.protocol'),
  byId(TRANSPORT_RULES, 'transport.network'),
  byId(TRANSPORT_RULES, 'transport.remote-error'),
  // After the causes: "I'm not going to try again; … in the queue too long" quotes the last error, which says why.
  byId(TRANSPORT_RULES, 'transport.timeout'),
  byId(SESSION_RULES, 'session.reputation'),
  ...POLICY_RULES,
];
