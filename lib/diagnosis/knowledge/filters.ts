/**
 * Content filters, milters and policy services that run beside an MTA and put their own text into its replies:
 * amavisd-new (and amavisd-milter), rspamd, spamass-milter, python-policyd-spf (with pyspf's result texts), OpenDMARC,
 * OpenDKIM, postgrey, policyd v2 (cluebringer) and milter-greylist. Read from each program's own source.
 *
 * A Postfix policy service or milter text arrives wrapped in the MTA's reply class, e.g. postgrey's text comes back
 * as "450 4.2.0 <user@example.com>: Recipient address rejected: Greylisted, see …", so phrases here are taken from
 * the filter's own part only.
 *
 * Not here: ClamAV's clamav-milter (by default it returns a bare SMFIS_REJECT/TEMPFAIL, so the MTA's generic milter
 * text is what the sender sees; a text exists only when RejectMsg is configured), sqlgrey (source not found in
 * the index), rmilter (deprecated; its texts were not verified).
 */
import type { KnowledgeSource } from './types';

// amavisd-new: %smtp_reason_by_ccat and the per-category status table in the amavisd program
// (amavisd-new 2.11.1 lines ~1840 and ~15289–15338; the response is "<status> Reject, id=<n> - <reason>").
const AMAVISD = 'https://gitlab.com/amavis/amavis/-/blob/master/amavisd';

export const AMAVIS: KnowledgeSource = {
  id: 'amavis',
  name: 'amavisd-new (Amavis)',
  kind: 'filter',
  reference: AMAVISD,
  replies: [
    { id: 'amavis.infected', category: 'virus', status: '5.7.0', phrases: ['- infected:'], text: '554 5.7.0 Reject, id=12345-01 - INFECTED: Eicar-Test-Signature (CC_VIRUS)', source: AMAVISD },
    { id: 'amavis.banned', category: 'content-policy', status: '5.7.0', phrases: ['- banned:'], text: '554 5.7.0 Reject, id=12345-01 - BANNED: multipart/mixed | application/x-msdownload,.exe,invoice.exe (CC_BANNED: banned file name or type)', source: AMAVISD },
    { id: 'amavis.spam', category: 'spam', status: '5.7.0', phrases: ['- spam', '- spammy'], text: '554 5.7.0 Reject, id=12345-01 - spam (CC_SPAM; "- spammy" / "- spammy (tag3)" for CC_SPAMMY)', source: AMAVISD },
    { id: 'amavis.bad-header', category: 'message-format', status: '5.6.0', phrases: ['- bad header', '- bad_header', 'header field occurs more than once'], text: '554 5.6.0 Reject, id=12345-01 - BAD HEADER: MIME error / nonencoded 8-bit character (5.6.3) / syntax error / missing required header field / duplicate header field ("Header field occurs more than once: “To” occurs 3 times", as its X-Amavis-Alert header words it) / line longer than RFC 5322 limit; older versions write "- BAD_HEADER:"', source: AMAVISD },
    { id: 'amavis.unchecked', category: 'content-policy', status: '5.7.0', phrases: ['- unchecked'], text: '554 5.7.0 Reject, id=12345-01 - UNCHECKED: encrypted / UNCHECKED: over limits (the content could not be scanned)', source: AMAVISD },
    { id: 'amavis.oversized', category: 'message-size', status: '5.3.4', phrases: ["message size exceeds recipient's size limit"], text: "552 5.3.4 Reject, id=12345-01 - Message size exceeds recipient's size limit (CC_OVERSIZED)", source: AMAVISD },
    { id: 'amavis.mta', category: 'remote-error', status: '5.3.5', phrases: ['temporary mta failure on relaying', 'rejected by next-hop mta on relaying', 'unable to relay message back to mta'], text: '550 5.3.5 Reject, id=12345-01 - Rejected by next-hop MTA on relaying (CC_MTA; "Temporary MTA failure on relaying", "Unable to relay message back to MTA")', source: AMAVISD },
    // Its log line for a message it stopped ("Blocked INFECTED (Eicar-Test-Signature) {DiscardedInbound,Quarantined}",
    // "Blocked BANNED (…)", "Blocked SPAM {…}") and its notices to the sender (notify_sender_templ: "BANNED CONTENTS
    // ALERT … Our content checker found banned name: …", "VIRUS ALERT … found virus").
    { id: 'amavis.log-infected', category: 'virus', phrases: ['blocked infected'], text: 'Blocked INFECTED (Eicar-Test-Signature) {DiscardedInbound,Quarantined} (amavisd log)', source: AMAVISD },
    { id: 'amavis.log-banned', category: 'content-policy', phrases: ['blocked banned', 'banned contents alert', 'content checker found banned'], text: 'Blocked BANNED (…) (amavisd log) / "BANNED CONTENTS ALERT — Our content checker found banned name: …" (notice to the sender)', source: AMAVISD },
    { id: 'amavis.notice-virus', category: 'virus', phrases: ['content checker found virus'], text: '"VIRUS ALERT — Our content checker found virus: …" (notice to the sender)', source: AMAVISD },
    { id: 'amavis.milter-malfunction', category: 'remote-error', status: '4.6.0', phrases: ['content scanner malfunction'], text: '451 4.6.0 Content scanner malfunction (amavisd-milter could not reach or use amavisd)', source: 'prehor/amavisd-milter amavisd-milter/mlfi.c' },
  ],
};

const RSPAMD_MILTER = 'rspamd/rspamd src/libserver/milter.h';
const RSPAMD_MIME = 'https://rspamd.com/doc/modules/mime_types.html; rspamd/rspamd src/plugins/lua/mime_types.lua and test/functional/cases/ (MIME_BAD_EXTENSION [exe], MIME_DOUBLE_BAD_EXTENSION [.pdf.exe])';

export const RSPAMD: KnowledgeSource = {
  id: 'rspamd',
  name: 'Rspamd',
  kind: 'filter',
  reference: RSPAMD_MILTER,
  replies: [
    // GTUBE, the spam filters' test string (SpamAssassin's "Generic Test for Unsolicited Bulk Email"): rspamd gives the
    // message its reject action with the message "Gtube pattern" — a spam verdict by design, sent on purpose to test.
    { id: 'rspamd.gtube', category: 'spam', phrases: ['gtube pattern'], text: '554 5.7.1 Gtube pattern (the message holds the GTUBE test string; rspamd rejects it as spam)', source: 'rspamd/rspamd src/libmime/message.c (rspamd_add_passthrough_result … "Gtube pattern", "GTUBE"); https://spamassassin.apache.org/gtube/' },
    { id: 'rspamd.reject', category: 'spam', status: '5.7.1', phrases: ['spam message rejected'], text: '554 5.7.1 Spam message rejected (RSPAMD_MILTER_REJECT_MESSAGE: the "reject" action through the milter/proxy; reject_message in worker-proxy)', source: RSPAMD_MILTER },
    { id: 'rspamd.soft-reject', category: 'greylisting', status: '4.7.1', phrases: ['4.7.1 try again later'], text: '451 4.7.1 Try again later (RSPAMD_MILTER_TEMPFAIL_MESSAGE and the greylist module\'s default message; the "soft reject" action, usually greylisting)', source: 'rspamd/rspamd src/plugins/lua/greylist.lua' },
    // The mime_types plugin's symbols, as rspamd's history and logs list them ("MIME_BAD_EXTENSION (20) [exe]") when a
    // rule rejects on them: an attachment type the receiver refuses — a filename extension on its bad list, a name that
    // hides one ("invoice.pdf.exe"), an extension that contradicts the part's declared type. One symbol is one score
    // among the message's: at most medium.
    { id: 'rspamd.mime-bad-extension', category: 'content-policy', hedged: true, token: 'MIME_BAD_EXTENSION', text: 'MIME_BAD_EXTENSION (score) [exe]: an attachment\'s filename extension is on the bad extensions list', source: RSPAMD_MIME },
    { id: 'rspamd.mime-double-bad-extension', category: 'content-policy', hedged: true, token: 'MIME_DOUBLE_BAD_EXTENSION', text: 'MIME_DOUBLE_BAD_EXTENSION (score) [.pdf.exe]: a double extension that hides a bad one', source: RSPAMD_MIME },
    { id: 'rspamd.mime-bad-attachment', category: 'content-policy', hedged: true, token: 'MIME_BAD_ATTACHMENT', text: 'MIME_BAD_ATTACHMENT: the attachment\'s extension does not match its declared content type', source: RSPAMD_MIME },
    { id: 'rspamd.ratelimit', category: 'rate-limit', status: '4.7.1', phrases: ['ratelimit "'], text: '451 4.7.1 Ratelimit "to_ip_from" exceeded (ratelimit module default message_func, sent as a soft reject)', source: 'rspamd/rspamd src/plugins/lua/ratelimit.lua' },
  ],
};

export const SPAMASS_MILTER: KnowledgeSource = {
  id: 'spamass-milter',
  name: 'spamass-milter (SpamAssassin milter)',
  kind: 'filter',
  reference: 'andybalholm/spamass-milter spamass-milter.cpp',
  replies: [
    { id: 'spamass-milter.blocked', category: 'spam', status: '5.7.1', phrases: ['blocked by spamassassin'], text: '550 5.7.1 Blocked by SpamAssassin (default -R reject text when the score reaches -r)', source: 'andybalholm/spamass-milter spamass-milter.cpp' },
  ],
};

// python-policyd-spf builds "Message rejected due to: <pyspf explanation>. Please see <URL>"; the explanations are pyspf's.
const PYSPF = 'sdgathman/pyspf spf.py';

export const POLICYD_SPF: KnowledgeSource = {
  id: 'policyd-spf',
  name: 'python-policyd-spf / pyspf',
  kind: 'filter',
  reference: PYSPF,
  replies: [
    { id: 'policyd-spf.fail', category: 'spf', phrases: ['spf fail - not authorized', 'message rejected due to: spf'], text: '550 5.7.1 <user@example.com>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=sender@example.com;ip=192.0.2.1;r=<UNKNOWN> (pyspf EXPLANATIONS["fail"])', source: PYSPF },
    { id: 'policyd-spf.softfail', category: 'spf', phrases: ['domain owner discourages use of this host'], text: 'Message rejected due to: domain owner discourages use of this host (pyspf EXPLANATIONS["softfail"]; rejected only when policyd-spf is set to reject softfail)', source: PYSPF },
  ],
};

// Perl's Mail::SPF (used by postfix-policyd-spf-perl, SpamAssassin and Exim ACLs) gives a failing check this explanation
// when the sender's domain publishes none of its own (RFC 7208 §6.2: an explanation goes with a "fail" result only);
// pyspf's policy server links the same page. A reply that carries it refused the sender by SPF, whatever else it says.
const MAIL_SPF = 'https://metacpan.org/pod/Mail::SPF::Server (default_authority_explanation; lib/Mail/SPF/Server.pm)';

export const MAIL_SPF_EXPLANATION: KnowledgeSource = {
  id: 'mail-spf',
  name: "Mail::SPF's default SPF fail explanation",
  kind: 'filter',
  reference: MAIL_SPF,
  replies: [
    { id: 'mail-spf.default-explanation', category: 'spf', phrases: ['please see http://www.openspf.org/why?', 'please see http://www.openspf.net/why?'], text: 'Please see http://www.openspf.org/Why?s=%{_scope};id=%{S};ip=%{C};r=%{R} (the explanation of a failed SPF check when the domain gives none; RFC 7208 §6.2)', source: MAIL_SPF },
  ],
};

export const OPENDMARC: KnowledgeSource = {
  id: 'opendmarc',
  name: 'OpenDMARC',
  kind: 'filter',
  reference: 'trusteddomainproject/OpenDMARC opendmarc/opendmarc.c',
  replies: [
    { id: 'opendmarc.reject', category: 'dmarc', status: '5.7.1', phrases: ['rejected by dmarc policy for'], text: '550 5.7.1 rejected by DMARC policy for example.com (DMARC_REJECT_SMTP / DMARC_REJECT_ESC: the author domain publishes p=reject and the message failed)', source: 'trusteddomainproject/OpenDMARC opendmarc/opendmarc.c' },
  ],
};

const OPENDKIM_C = 'trusteddomainproject/OpenDKIM opendkim/opendkim.c';

export const OPENDKIM: KnowledgeSource = {
  id: 'opendkim',
  name: 'OpenDKIM',
  kind: 'filter',
  reference: OPENDKIM_C,
  replies: [
    { id: 'opendkim.adsp', category: 'dkim', status: '5.7.1', phrases: ['rejected due to dkim adsp evaluation'], text: '550 5.7.1 rejected due to DKIM ADSP evaluation (ADSPDENYTEXT: the author domain\'s ADSP says all mail is signed, and it was not validly signed; older releases)', source: OPENDKIM_C },
    { id: 'opendkim.adsp-nxdomain', category: 'sender-rejected', status: '5.7.1', phrases: ['550 5.7.1 sender domain does not exist'], text: '550 5.7.1 sender domain does not exist (ADSPNXDOMAINTEXT)', source: OPENDKIM_C },
    { id: 'opendkim.reputation', category: 'reputation', status: '5.7.1', phrases: ['rejected due to dkim reputation evaluation'], text: '550 5.7.1 rejected due to DKIM reputation evaluation (REPDENYTXT, experimental _FFR_DKIM_REPUTATION builds)', source: OPENDKIM_C },
  ],
};

export const POSTGREY: KnowledgeSource = {
  id: 'postgrey',
  name: 'Postgrey',
  kind: 'filter',
  reference: 'schweikert/postgrey postgrey',
  replies: [
    { id: 'postgrey.greylisted', category: 'greylisting', status: '4.2.0', phrases: ['greylisted, see', 'postgrey.schweikert.ch/help'], text: '450 4.2.0 <user@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html (default --greylist-text with --greylist-action DEFER_IF_PERMIT)', source: 'schweikert/postgrey postgrey' },
  ],
};

const CBP = 'hummermania/policyd cbp/modules';

export const POLICYD: KnowledgeSource = {
  id: 'policyd',
  name: 'Policyd v2 (cluebringer)',
  kind: 'filter',
  reference: `${CBP}/Greylisting.pm`,
  replies: [
    { id: 'policyd.greylisting', category: 'greylisting', status: '4.7.1', phrases: ['greylisting in effect, please come back later'], text: '451 4.7.1 Greylisting in effect, please come back later (Greylisting module defer_message)', source: `${CBP}/Greylisting.pm` },
    { id: 'policyd.greylist-blacklisted', category: 'ip-blocklist', phrases: ['greylisting in effect, sending server blacklisted'], text: 'Greylisting in effect, sending server blacklisted (Greylisting module blacklist_message: the host was auto-blacklisted)', source: `${CBP}/Greylisting.pm` },
    { id: 'policyd.quota', category: 'rate-limit', phrases: ['message count quota exceeded', 'cumulative message size quota exceeded'], text: 'Policy rejection; Message count quota exceeded / Policy rejection; Cumulative message size quota exceeded (Quotas module, when no verdict text is configured)', source: `${CBP}/Quotas.pm` },
  ],
};

export const MILTER_GREYLIST: KnowledgeSource = {
  id: 'milter-greylist',
  name: 'milter-greylist',
  kind: 'filter',
  reference: 'kou/milter-greylist milter-greylist.c',
  replies: [
    { id: 'milter-greylist.greylisted', category: 'greylisting', status: '4.7.1', phrases: ['greylisting in action, please come back'], text: '451 4.7.1 Greylisting in action, please come back in 00:05:00 ("... please come back later" with the quiet option)', source: 'kou/milter-greylist milter-greylist.c' },
  ],
};

export const FILTERS: readonly KnowledgeSource[] = [AMAVIS, RSPAMD, SPAMASS_MILTER, POLICYD_SPF, MAIL_SPF_EXPLANATION, OPENDMARC, OPENDKIM, POSTGREY, POLICYD, MILTER_GREYLIST];
