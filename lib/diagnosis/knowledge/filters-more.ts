/**
 * More mail filters and gateway products beyond ./filters.ts, ./gateways.ts and ./gateways-more.ts: the replies and
 * notices each sends itself when it refuses or does not deliver, one source per product, every entry citing the
 * source file or vendor page it was read from.
 *
 * In:
 * - Proxmox Mail Gateway, from its own source (proxmox/pmg-api): the filter's SMTP replies and the NDR it writes for
 *   blocked recipients (PMG::SMTP), the greylisting/SPF policy daemon (pmgpolicy) and its Postfix template.
 * - MailScanner, from its own report templates and language strings (MailScanner/v4, MailScanner/v5): the notices it
 *   sends to the sender when it stops a message, and the texts it puts in place of removed attachments.
 * - Trend Micro Email Security / Hosted Email Security, knowledge-base texts not in ./gateways.ts (NO-DOMAIN, the
 *   outbound block after spamming activity).
 * - MailCleaner, from its own Exim configuration template (MailCleaner/MailCleaner): the rejections of its ACLs.
 * - HCL (IBM Lotus) Domino: the SMTP replies its inbound controls and DNSBL filter give by default, as IBM's Redbook
 *   "Lotus Domino 6 spam Survival Guide" (SG24-6930) documents them.
 *
 * Searched and not added (no reply text of the product's own could be read in its source or documentation):
 * Micro Focus GroupWise GWIA (its guides describe the blocking options and console/log messages, not the SMTP reply
 * texts), Trend Micro ScanMail for Exchange and IMSS/IMSVA beyond what ./gateways.ts holds (notifications are
 * configurable templates; no default text found), ESET Mail Security and Kaspersky Security for Linux Mail Server /
 * Secure Mail Gateway (configurable responses; Kaspersky Anti-Spam's one default is already in ./gateways-more.ts),
 * SpamTitan, Libraesva (its scan-result labels are admin log words, not replies), Zix/AppRiver, Sophos Email Appliance (its docs describe the policy flow only), FortiMail
 * beyond ./gateways-more.ts (its docs give configurable replacement messages and action profiles, no default reply
 * texts), N-able Mail Assure / SpamExperts beyond ./gateways.ts, Vade (its postmaster tables for ISPs are in
 * ./isps.ts), Cloudmark (CSI is a reputation service; Cloudmark sends no replies itself, and the CSI reset-request
 * texts providers quote are in ./hosting.ts, ./comcast.ts and ./small-mailboxes.ts), Symantec/Broadcom
 * Email Security.cloud beyond ./gateways.ts (KB 162445 lists other servers' replies, not its own).
 */
import { entries, HELO_NAME } from './entry';
import type { KnowledgeSource } from './types';

type Maker = ReturnType<typeof entries>;

// ---------------------------------------------------------------------------------------------------------------
// Proxmox Mail Gateway
// ---------------------------------------------------------------------------------------------------------------

const PMG = 'proxmox/pmg-api src';
const PMG_SMTP = `${PMG}/PMG/SMTP.pm`;
const PMG_POLICY = `${PMG}/bin/pmgpolicy`;
const PMG_MAINCF = `${PMG}/templates/main.cf.in`;
// pmgpolicy answers an SPF fail with "reject <authority explanation>"; the default explanation is Mail::SPF's.
const MAIL_SPF = 'Mail::SPF::Server default_default_authority_explanation (Mail-SPF lib/Mail/SPF/Server.pm)';

const pmg: Maker = entries('pmg', PMG_SMTP);

export const PROXMOX_MAIL_GATEWAY: KnowledgeSource = {
  id: 'pmg',
  name: 'Proxmox Mail Gateway',
  kind: 'filter',
  reference: PMG_SMTP,
  replies: [
    // PMG::SMTP loop(): a message every recipient of which a rule's Block action stopped (before-queue filtering, or
    // LMTP with "ndr_on_block"); otherwise blocked mail is answered "250 2.7.0 BLOCKED" and silently dropped.
    pmg('rejected-policy', 'policy', ['5.7.1 rejected for policy reasons'],
      '554 5.7.1 Rejected for policy reasons (<queue id>) (a mail filter rule with the Block action matched)', { status: '5.7.1' }),
    // PMG::SMTP generate_ndr(): the bounce PMG writes itself when "ndr_on_block" is set and only some recipients were blocked.
    pmg('ndr-policy', 'policy', ['recipient address(es) rejected for policy', 'recipient address rejected for policy reasons', 'x-proxmox-queue-id'],
      "This is the mail system at host <fqdn>. I'm sorry to have to inform you that your message could not be delivered to one or more recipients. … 554 5.7.1 Recipient address(es) rejected for policy reasons (delivery-status: X-Proxmox-Queue-ID: <id>; Status: 5.7.1; Diagnostic-Code: smtp; 554 5.7.1 Recipient address rejected for policy reasons)", { status: '5.7.1' }),
    pmg('undelivered', 'remote-error', ['4.4.0 detected undelivered mail'],
      '451 4.4.0 detected undelivered mail (<queue id>) (the filter could not hand the message on to every recipient; Postfix retries)', { status: '4.4.0' }),
    pmg('local-delivery-failed', 'remote-error', ['local delivery failed: unfinished data'],
      '451 4.5.0 Local delivery failed: unfinished data (the filter could not store the message it was given)', { status: '4.5.0' }),
    // pmgpolicy greylist_value(): "defer_if_permit Service is unavailable (try later)", returned through Postfix.
    pmg('greylisted', 'greylisting', ['service is unavailable (try later)'],
      '450 4.7.1 <user@example.com>: Recipient address rejected: Service is unavailable (try later) (pmgpolicy greylisting: a new sender/recipient/network triple is deferred for 3 minutes)', { status: '4.7.1', source: PMG_POLICY }),
    // pmgpolicy: an SPF fail is rejected with the sender domain's explanation, else Mail::SPF's default one.
    pmg('spf-fail', 'spf', ['openspf.org/why?s=mfrom'],
      '554 5.7.1 <user@example.com>: Recipient address rejected: Please see http://www.openspf.org/Why?s=mfrom;id=sender@example.com;ip=192.0.2.1;r=mx.example.com (pmgpolicy: SPF result "fail")', { status: '5.7.1', source: `${PMG_POLICY}; ${MAIL_SPF}` }),
    // main.cf.in: with receiver verification on and "hide_received" set, unverified_recipient_reject_reason.
    pmg('recipient-lookup-failed', 'recipient-unknown', ['recipient address lookup failed'],
      '550 5.1.1 <user@example.com>: Recipient address rejected: Recipient address lookup failed (receiver verification against the internal server failed)', { status: '5.1.1', source: PMG_MAINCF }),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// MailScanner
// ---------------------------------------------------------------------------------------------------------------

const MS4 = 'MailScanner/v4 mailscanner/etc/reports/en';
const MS5 = 'MailScanner/v5 common/usr/share/MailScanner/reports/en';
const MS_LANG = `${MS5}/languages.conf`;

const ms: Maker = entries('mailscanner', `${MS4}/sender.virus.report.txt`);

export const MAILSCANNER: KnowledgeSource = {
  id: 'mailscanner',
  name: 'MailScanner',
  kind: 'filter',
  reference: MS5,
  replies: [
    // Notices to the sender (sender.*.report.txt), From: "MailScanner" <postmaster>.
    ms('sender-virus', 'virus', ['virus detector has just been triggered'],
      'Subject: Warning: E-mail viruses detected — Our virus detector has just been triggered by a message you sent:- … Any infected parts of the message (<file>) have not been delivered. This message is simply to warn you that your computer system may have a virus present and should be checked.'),
    ms('sender-filename', 'content-policy', ['content detector has just been triggered', 'list of unacceptable attachments'],
      'Our e-mail content detector has just been triggered by a message you sent: … One or more of the attachments (<file>) are on the list of unacceptable attachments for this site and will not have been delivered. Consider renaming the files to avoid this constraint.', { source: `${MS4}/sender.filename.report.txt` }),
    ms('sender-size', 'message-size', ['oversized email rejected', 'was too large and has been removed', 'but the maximum allowed is'],
      'Subject: Oversized email rejected — Our email content filters have been triggered by a message you sent:- … This message, or an attachment it contained, was too large and has been removed. Its length was <n> bytes, but the maximum allowed is <max>.', { source: `${MS4}/sender.size.report.txt` }),
    // Its "UCE (spam) detectors" here are the RBL checks ("Spam List"), not a content verdict: the spam words are void.
    { ...ms('sender-spam-rbl', 'ip-blocklist', ['listed in a public blacklist', 'public blacklist of badly configured', 'badly configured or misused mail systems'],
      'Subject: {Bounce} Unsolicited commercial email rejected — Our UCE (spam) detectors have been triggered by a message you sent:- … This message has been destroyed. … The server which is sending the message to our site is listed in a public blacklist of badly configured or misused mail systems.', { source: `${MS4}/sender.spam.rbl.report.txt` }), voids: ['spam'] },
    ms('sender-spam', 'spam', ['detected as spam based on both'],
      'Subject: {Bounce} Unsolicited commercial email rejected — Our UCE (spam) detectors have been triggered by a message you sent:- … Your message has been detected as spam based on both its contents and the mail server which has sent the message to us.', { source: `${MS4}/sender.spam.report.txt` }),
    ms('sender-spam-sa', 'spam', ['the detector that triggered is', 'indicates that it is probably spam'],
      'Subject: {Bounce} Unsolicited commercial email rejected — Our UCE (spam) detectors have been triggered by a message you sent:- … This message has been rejected. The detector that triggered is SpamAssassin. The content of your message indicates that it is probably spam e-mail, which is why it has been rejected.', { source: `${MS5}/sender.spam.sa.report.txt` }),
    ms('sender-error', 'content-policy', ['virus detector failed to completely analyse'],
      'Subject: Warning: E-mail error detected — Our virus detector failed to completely analyse a message you sent:- … Any parts of the message that could not be analysed will not have been delivered. (Outlook "Rich Text" / TNEF messages are the usual cause.)', { source: `${MS4}/sender.error.report.txt` }),
    // What the recipient gets in place of a removed attachment (deleted.*.message.txt).
    ms('deleted-virus', 'virus', ['believed to be dangerous and/or infected'],
      'This is a message from the MailScanner E-Mail Virus Protection Service — The original e-mail attachment "<file>" was believed to be dangerous and/or infected by a virus and has been replaced by this warning message.', { source: `${MS5}/deleted.virus.message.txt` }),
    ms('deleted-filename', 'content-policy', ['unacceptable attachments for this site'],
      'This is a message from the MailScanner E-Mail Virus Protection Service — The original e-mail attachment "<file>" is on the list of unacceptable attachments for this site and has been replaced by this warning message.', { source: `${MS5}/deleted.filename.message.txt` }),
    // Report strings (languages.conf) that fill $report in the notices above.
    ms('report-blocked-filename', 'content-policy', ['blocked filename detected', 'blocked filetype detected', 'bad filename detected'],
      'Report: MailScanner: Blocked Filename Detected / Blocked Filetype Detected (FoundBlockedFilename, FoundBlockedFiletype; postmaster notice: "Bad Filename Detected")', { source: MS_LANG }),
    ms('report-archive', 'content-policy', ['contained password-protected archive', 'archive which could not be read', 'archive nested too deeply'],
      'Report: Message contained password-protected archive / Message contained archive which could not be read / Message contained archive nested too deeply (PasswordedArchive, UnreadableArchive, ArchiveTooDeep)', { source: MS_LANG }),
    ms('report-unscannable', 'content-policy', ['fragmented messages cannot be scanned', 'external message bodies cannot be scanned'],
      'Report: Fragmented messages cannot be scanned and are removed / External message bodies cannot be scanned and are removed (PartialMessage, ExternalBody)', { source: MS_LANG }),
    ms('report-html', 'content-policy', ['dangerous iframe tag in html', 'dangerous object codebase/data tag'],
      'Report: Found dangerous IFrame tag in HTML message / Found dangerous Object Codebase/Data tag in HTML message (FoundIFrame, FoundObject)', { source: MS_LANG }),
    ms('report-size', 'message-size', ['attachment is too large', 'attachment detected outside size limits'],
      'Report: Message is too large / Attachment is too large (TooBig, AttachmentTooLarge; postmaster notice: "Attachment detected outside size limits")', { source: MS_LANG }),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Trend Micro Email Security / Hosted Email Security (additions to ./gateways.ts)
// ---------------------------------------------------------------------------------------------------------------

const TM_NO_DOMAIN = 'https://success.trendmicro.com/en-US/solution/KA-0013252';
const TM_NO_DOMAIN_GDRIVE = 'https://success.trendmicro.com/solution/1118864';
const TM_SPAMMING = 'https://success.trendmicro.com/jp/solution/1097373';

const tm: Maker = entries('trendmicro-more', TM_NO_DOMAIN);

export const TRENDMICRO_MORE: KnowledgeSource = {
  id: 'trendmicro-more',
  name: 'Trend Micro Email Security / Hosted Email Security (relay replies)',
  kind: 'gateway',
  reference: TM_NO_DOMAIN,
  replies: [
    tm('no-domain', 'relay-denied', ['recipient address rejected: no-domain'],
      "554 5.7.1 <user@example.com>: Recipient address rejected: NO-DOMAIN — the sender (envelope from) is not registered in Trend Micro Email Security, whose relays only accept mail from registered senders/domains (e.g. mail forwarded to an external address, or a Google Drive notification sent through TMEMS outbound filtering)", { status: '5.7.1', token: 'NO-DOMAIN', source: `${TM_NO_DOMAIN}; ${TM_NO_DOMAIN_GDRIVE}` }),
    tm('possible-spamming', 'reputation', ['blocked due to possible spamming activity'],
      '550 5.7.1 <user@example.com>: Mail blocked due to possible spamming activity — Trend Micro saw continued spam sent from the customer\'s mail server through HES and temporarily refuses its connections until the problem is resolved', { status: '5.7.1', source: TM_SPAMMING }),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// HCL (IBM Lotus) Domino
// ---------------------------------------------------------------------------------------------------------------

const DOMINO_REDBOOK = 'IBM Redbook SG24-6930 "Lotus Domino 6 spam Survival Guide for IBM eServer"';
const DOMINO_SENDER = `${DOMINO_REDBOOK}, ch. 4, p. 44 (copy: https://www.manualowl.com/m/IBM/AH0QXML/Manual/336022?page=56)`;
const DOMINO_DNSBL = `${DOMINO_REDBOOK}, ch. 4, p. 35 (copy: https://manualshive.com/en/manual/ibm/ah0qxml-lotus-domino-messaging/3364478?page=47)`;

const domino: Maker = entries('domino', DOMINO_SENDER);

export const DOMINO: KnowledgeSource = {
  id: 'domino',
  name: 'HCL (IBM Lotus) Domino',
  kind: 'mta',
  reference: DOMINO_SENDER,
  replies: [
    domino('sender-denied', 'sender-rejected', ['> rejected for policy reasons'],
      '554 Mail from <sender@example.com> rejected for policy reasons. (SMTP inbound sender controls: the sender address or domain is in "Deny messages from the following internet addresses/domains")'),
    domino('rule-rejected', 'policy', ['message rejected for policy reasons'],
      'Message rejected for policy reasons (delivery failure report from a server mail rule with the "don\'t deliver message" action)'),
    domino('dnsbl', 'ip-blocklist', ['connection denied based on policy'],
      'Connection denied based on policy reason. (default reply of the DNS blacklist filter with "Log and reject message" when no custom SMTP error response is set: the connecting host was found on a DNSBL)', { source: DOMINO_DNSBL }),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// MailCleaner
// ---------------------------------------------------------------------------------------------------------------
// The rejection texts of its first Exim stage (the ACLs it ships), read from its own configuration template.

const MAILCLEANER = 'MailCleaner/MailCleaner etc/exim/exim_stage1.conf_template_4.96';
const mc: Maker = entries('mailcleaner', MAILCLEANER);

export const MAILCLEANER_GATEWAY: KnowledgeSource = {
  id: 'mailcleaner',
  name: 'MailCleaner',
  kind: 'filter',
  reference: MAILCLEANER,
  replies: [
    mc('no-helo', 'protocol', ['no helo given before mail command'], 'no HELO given before MAIL command'),
    mc('helo-blocked', 'ptr', ['helo/ehlo blocked'], 'HELO/EHLO blocked (the HELO name is on the gateway\'s HELO block list)', { variant: HELO_NAME }),
    mc('capital-letters', 'sender-rejected', ['does not accept sender addresses using capital letters'], 'This domain does not accept sender addresses using capital letters'),
    mc('unsigned-bounces', 'policy', ['does not accept unsigned bounces'], 'This domain does not accept unsigned bounces. (a bounce to an address without the domain\'s BATV signature)'),
    mc('reverse-path-signature', 'policy', ['invalid reverse path signature'], 'Invalid reverse path signature. (BATV: a bounce whose signed address does not verify)'),
    mc('blacklisted-sender', 'sender-rejected', ['blacklisted sender:'], 'blacklisted sender: <address> (the sender address is on the domain\'s own block list)'),
    mc('blacklisted-recipient', 'recipient-policy', ['blacklisted recipient:'], 'blacklisted recipient: <address> (the recipient does not take mail through the gateway)'),
    mc('massive-abuse', 'policy', ['refused user due to massive abuse'], 'refused user due to massive abuse'),
    mc('spoofing', 'sender-rejected', ['does not accept mail from itself (spoofing)'], 'This domain does not accept mail from itself (spoofing) (the sender claims the recipient\'s own domain from outside)'),
    mc('greylisting', 'greylisting', ['is not yet authorized to deliver mail from'], '<ip> is not yet authorized to deliver mail from <sender> to <recipient>. Please try later.'),
    mc('submission-unauthenticated', 'auth-required', ['unauthenticated session on submission port'], 'unauthenticated session on submission port'),
    mc('encryption-required', 'tls-required', ['encryption is required from you', 'encryption is required to this domain', 'encryption is required from your domain'],
      'Encryption is required from you / to this domain / from your domain (the domain enforces TLS on this path)'),
    mc('relaying-forbidden', 'relay-denied', ['relaying to this domain is forbidden'], 'Relaying to this domain is forbidden'),
    mc('forbidden-filetype', 'content-policy', ['detected forbidden filetype'], 'Detected forbidden filetype (Security reasons).'),
    mc('line-length', 'message-format', ['maximum line length is 998'], 'Maximum line length is 998, got <n>. (RFC 5322 §2.1.1)'),
  ],
};

export const FILTERS_MORE: readonly KnowledgeSource[] = [PROXMOX_MAIL_GATEWAY, MAILSCANNER, TRENDMICRO_MORE, DOMINO, MAILCLEANER_GATEWAY];
