/**
 * Hosting and mail providers of France, Belgium, the Netherlands, Luxembourg and the Nordic countries beyond europe.ts
 * (Orange, La Poste, Free, SFR, Proximus), hosting.ts (Gandi, Infomaniak, OVH's spool timeout) and isps.ts: the replies
 * each documents on its own help / FAQ page, one source each, every entry citing its page. The short English
 * parenthetical after each text is the page's own explanation, translated where the page is not English.
 *
 * Found as documentation (the stored copies are readable only up to their first screen or so; what lies beyond is not
 * here):
 * - LWS (Ligne Web Services, France; also sold as hebergeur-discount.com): its outgoing servers end every refusal with a
 *   code of its own, one family per cause ("L-RATEXX", "L-RCPTXX", "L-SIZEXX", "L-HBXXXX", "L-SPAMXX", "L-IPSPAMX",
 *   "L-IPXX" for the standard mail of its hosting plans, "LPR-…" for its Mail Pro), each family with its own help page
 *   (help.lws.net/a/468 is the index). Where a family's table was readable the codes are named; where only the index
 *   line was, the family is read by its prefix.
 * - TransIP (Netherlands / Belgium, "De 550-5.7.1 e-mail bouncemelding"): the reply of its own spam check on mail sent
 *   through its servers.
 *
 * Searched for and NOT found as documentation (no entry written): OVHcloud beyond hosting.ts (its guides "What to do if
 * your account is blocked for spam" and "Monitoring automated emails" describe the block and its Control Panel status,
 * not a reply; the old gids.ovh.nl SMTP guide's "Errors" section lost its reply texts in the stored copy; the
 * "550 5.7.1" cross-domain spoofing rejection OVHcloud enforces on MX Plan / Zimbra from July 2026 is announced in
 * ovh/ovhcloud-docs PR #404 without its text), o2switch (its "Ceci est un message d'echec automatiquement envoye par nos
 * systemes" notice is quoted only in pastebin bounces, and it names no cause: the remote reply follows it),
 * PlanetHoster, Infomaniak beyond hosting.ts (its "Resolve an outgoing email block" FAQ names the SMTPban block, no reply
 * text), Gandi beyond hosting.ts; Combell, one.com (its spam-filter FAQ names warning / kill levels, no reply), Telenet,
 * Proximus / Skynet beyond europe.ts (its "You no longer have access to your e-mail" page quotes no reply); Antagonist,
 * Vimexx, Hostnet, Mijndomein, KPN / XS4ALL (still only the POP3 block page regional.ts names), Ziggo; Loopia (its
 * e-mail quota page says a full mailbox bounces, no reply text), Binero, Domeneshop (its FAQ on lost mail quotes no
 * reply), Telia, Simply.com / UnoEuro, Elisa, Altibox (its blacklisting page quotes no reply), Websupport.se (its outgoing
 * spam filter page quotes no reply).
 *
 * Read but left out:
 * - OVHcloud's "Unable to send or receive emails" table (ovh/docs diagnostic_advanced): RFC 5321 texts with their RFC
 *   meanings, but for two. "535 Authentication failed" may also mean sending blocked for spam (the engine already reads
 *   535 as a login failure, and the reply alone cannot tell the two apart); "555 MAIL FROM / RCPT TO, unrecognised or
 *   unimplemented arguments" it reads as a wrong From / To address or OVHcloud's limit of 200 mails an hour per account
 *   and 300 per IP exceeded: two causes, no wording narrower than RFC 5321's.
 * - VDX (vdx.nl): "550 Subject contains invalid characters" (a subject not encoded, RFC 5322): rules/sending.ts reads it.
 * - Hoasted (NL): "550-550 relay through this server without authentication" and cPanel's "has exceeded the max defers
 *   and failures per hour": rules/sending.ts and the generic entries read both as the page does.
 * - TransIP's page also explains Gmail's "does not have authentication information" and "IPv6 sending guidelines
 *   regarding PTR records" and Microsoft's "(S3140)" block list: google.ts and microsoft.ts hold those.
 * - LWS's "Main email error codes and their meaning" page: generic RFC / Postfix texts with their usual meanings.
 * - LWS's "MAIL" and "LPI" code families (named in the index beside an SMTP code such as 550): their pages were not
 *   readable, so their meanings are not known here.
 */
import type { KnowledgeSource } from './types';
import { accountLimit } from './entry';

// --- LWS (France) --------------------------------------------------------------------------------------------------
// One help page per code family; every page reads: the code appears in the error message (returned mail, mail client,
// webmail or the LWS panel) and says which of LWS's sending limits or filters blocked the mail. The codes are LWS's own
// and appear nowhere else, so a family is read by its prefix ("l-spam*": L-SPAM00 … L-SPAM40) wherever the table of
// its codes was not fully readable, and a code whose meaning differs from its family's (one message too large, not a
// volume over a period) is a token of its own. Families: L- for the standard mail of the hosting plans, LPR- for the
// Mail Pro addresses (higher thresholds). An IP blocked after spam sent from it is LWS's own list of IPs (taxonomy.md
// ip-blocklist: "a provider's own list", as Orange's OFR006_102 in europe.ts); an address blocked after spam is spam.
// The older French page for L-SPAM20 / L-SPAM21 (aide.lws.fr) gave other thresholds (30 spam from one address, 50 from
// the domain, SpamAssassin, 7 days): the family's meaning is the same.
const LWS_INDEX = 'https://help.lws.net/a/468';
const LWS_SPAM = 'https://help.lws-hosting.com/en/SPAM-L-SPAMXX-email-error-codes';
const LWS_SIZE = 'https://help.lws-hosting.com/en/Email-error-codes-data-volume-L-SIZEXX';
const LWS_IPSPAM = 'https://help.lws-hosting.com/it/Codici-di-errore-blocco-email-IP-invio-spam-L-IPSPAMX';
const LWS_IP = 'https://help.lws-hosting.com/en/Error-codes-email-block-IP-connection-failed-L-IPXX';
const LWS_PRO_RCPT = 'https://help.lws-hosting.com/a/1785';
const LWS_PRO_SIZE = 'https://help.lws-hosting.com/en/Error-codes-email-data-volume-Mail-Pro-LPR-SIZEXX';
const LWS_PRO_DEST = 'https://help.lwshosting.com/a/1787';

export const LWS: KnowledgeSource = {
  id: 'lws',
  name: 'LWS (Ligne Web Services, France)',
  kind: 'mailbox-provider',
  reference: LWS_INDEX,
  replies: [
    { id: 'lws.l-rate', category: 'rate-limit', phrases: ['l-rate*'], text: 'L-RATEXX (code shown in the error) — Too many emails sent over a given period (some blocks lift automatically after a waiting period)', source: LWS_INDEX },
    { id: 'lws.l-rcpt', category: 'rate-limit', phrases: ['l-rcpt*'], text: 'L-RCPTXX (code shown in the error) — Too many recipients used in your sends', source: LWS_INDEX },
    accountLimit({ id: 'lws.l-size', category: 'rate-limit', phrases: ['l-size*'], text: 'L-SIZE01 / L-SIZE02 / L-SIZE03 / L-SIZE11 … — the email address (L-SIZE01), the devices using the same IP address (L-SIZE02) or the domain\'s email addresses (L-SIZE03) have sent emails with a total data volume of more than 250 MB over the reference period (1 hour; L-SIZE1x: 24 hours); sending is blocked for that period', source: LWS_SIZE }),
    { id: 'lws.l-size00', category: 'message-size', token: 'L-SIZE00', text: 'L-SIZE00 — Email data volume exceeds 100 MB (only the email sent is refused: too large, often because of its attachments)', source: LWS_SIZE },
    { id: 'lws.l-hb', category: 'rate-limit', phrases: ['l-hb*'], text: 'L-HBXXXX (code shown in the error) — Too many emails returned in error, for example to non-existent addresses (some blocks lift automatically after a waiting period)', source: LWS_INDEX },
    { id: 'lws.l-spam', category: 'spam', phrases: ['l-spam*'], text: 'L-SPAM00 / L-SPAM10 / L-SPAM20 / L-SPAM30 / L-SPAM40 — The email address has sent 1 (L-SPAM00, blocked 20 minutes), 20 (L-SPAM10, 24 hours), 40 (L-SPAM20, 7 days), 80 (L-SPAM30, 60 days) or 120 (L-SPAM40, 120 days) emails considered as SPAM over the reference period (LWS\'s outgoing rspamd filter scores every email; above 8 points it is spam); sending from the address is blocked, from L-SPAM20 on until Mail Abuse unblocks it', source: LWS_SPAM },
    { id: 'lws.l-ipspam', category: 'ip-blocklist', token: 'L-IPSPAM0', phrases: ['l-ipspam*'], text: 'L-IPSPAM0 … — L-IPSPAMX errors occur when our system has detected a large number of spam emails sent from the same IP address (LWS\'s outgoing rspamd filter; more than 10 from this IP for L-IPSPAM0): that IP is blocked from sending for a while', source: LWS_IPSPAM },
    { id: 'lws.l-ip-failed-logins', category: 'auth-required', phrases: ['l-ipa*', 'l-ipb*'], text: 'L-IPA1 / L-IPA2 / L-IPA3 / L-IPB1 / L-IPB2 / L-IPB3 — More than 10 / 30 / 60 failed connection attempts to different email addresses (L-IPAx) or to an email address with different passwords (L-IPBx) were made from this IP during the reference period (24 hours / 7 days / 60 days); the IP is blocked for that period (repeated logins with a wrong password)', source: LWS_IP },
    accountLimit({ id: 'lws.lpr-rcpt', category: 'rate-limit', phrases: ['lpr-rcpt*'], text: 'LPR-RCPT01 / LPR-RCPT02 / LPR-RCPT03 / LPR-RCPT11 / LPR-RCPT12 … — emails to more than 2,400 recipients were sent from this Mail Pro address (LPR-RCPT01), to more than 5,000 by the devices using the same IP address (LPR-RCPT02) or to more than 4,800 from the domain\'s addresses (LPR-RCPT03) during the reference period (1 hour; LPR-RCPT1x: 24 hours and 24,000 recipients); sending is blocked for that period', source: LWS_PRO_RCPT }),
    accountLimit({ id: 'lws.lpr-size', category: 'rate-limit', phrases: ['lpr-size*'], text: 'LPR-SIZE01 / LPR-SIZE02 / LPR-SIZE03 … — the Mail Pro address (LPR-SIZE01), the devices using the same IP address (LPR-SIZE02) or the domain\'s addresses (LPR-SIZE03) have sent emails with a total data volume of more than 1 GB over the reference period (1 hour); sending is blocked for that period', source: LWS_PRO_SIZE }),
    { id: 'lws.lpr-size00', category: 'message-size', token: 'LPR-SIZE00', text: 'LPR-SIZE00 — Email data volume exceeds 150 MB (Mail Pro; only the email sent is refused)', source: LWS_PRO_SIZE },
    accountLimit({ id: 'lws.lpr-dsdr', category: 'rate-limit', phrases: ['lpr-dsdr*', 'to the same domain other than'], text: 'LPR-DSDR01 / LPR-DSDR11 — the domain\'s email addresses have sent more than 240 (1 hour) or 2,400 (24 hours) emails to the same domain other than the sending domain during the reference period; such mail is blocked for that period', source: LWS_PRO_DEST }),
    accountLimit({ id: 'lws.lpr-dest', category: 'rate-limit', phrases: ['lpr-dest*'], text: 'LPR-DEST01 / LPR-DEST11 — More than 480 (1 hour) or 4,800 (24 hours) emails sent to the same email address during the reference period; mail to that recipient address is blocked for that period', source: LWS_PRO_DEST }),
  ],
};

// --- TransIP (Netherlands, Belgium) ----------------------------------------------------------------------------------
// "De 550-5.7.1 e-mailbouncemelding": TransIP checks the mail sent through its servers (web hosting, the VPS mail
// service) for spam, so that an infected website cannot spoil its servers' IP reputation; this reply is that check
// holding a message back. The wording echoes Gmail's ("likely unsolicited mail", google.ts), so only the parts that are
// TransIP's own — "(SPAM)" and "To reduce the amount of spam, this message has been blocked" without "sent to Gmail" —
// are phrases. The bracketed id ("(12zGg44vPFz5Bcw7)") differs per message, so it is no token.
const TRANSIP = 'https://transip.be/knowledgebase/email/1959-de-550-5-e-mail-bouncemelding';

export const TRANSIP_SOURCE: KnowledgeSource = {
  id: 'transip',
  name: 'TransIP',
  kind: 'mailbox-provider',
  reference: TRANSIP,
  replies: [
    { id: 'transip.outbound-spam-check', category: 'spam', status: '5.7.1', phrases: ['likely unsolicited mail (spam)', 'spam, this message has been blocked'], text: '550-5.7.1 Our system has detected that this message is likely unsolicited mail (SPAM). To reduce the amount of spam, this message has been blocked. (12zGg44vPFz5Bcw7) (onze spamcontrole heeft je bericht als mogelijke spam tegengehouden: TransIP\'s spam check on mail sent through its servers held the message back as possible spam; a wrongly set SPF record is among the causes to rule out)', source: TRANSIP },
  ],
};

export const HOSTING_WEST: readonly KnowledgeSource[] = [LWS, TRANSIP_SOURCE];
