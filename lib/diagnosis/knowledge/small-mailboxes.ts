/**
 * Smaller US mailbox providers and hosts that publish their own reply texts or codes: Zoho, Proton, Fastmail, Cox,
 * GoDaddy (Secureserver, "IB" codes), AT&T (worldnet / BellSouth), Charter-Spectrum ("AUP#I…"/"AUP#O…" codes).
 * Verizon's mailboxes are served by Yahoo (see yahoo.ts). Where a page could be found but not read to the end, the
 * texts are those quoted by Sisimai's Rhost modules (which cite the page) and the entry says "via".
 */
import type { Category } from '../types';
import { entries as entry, hedged, SENDER_LOGIN_MISMATCH, STARTTLS_FIRST } from './entry';
import type { KnowledgeSource } from './types';



// ── Zoho ────────────────────────────────────────────────────────────────────────────────────────────────────────────
// Zoho Mail publishes no list of the replies its MX servers give. What Zoho documents is the SMTP error table of its
// sending service ZeptoMail, and an example failure reason in the Zoho Desk API specification. smtp.codes lists the
// replies Zoho's MX servers give with what they mean (https://smtp.codes/zoho): the receiving domain's own mail
// filters refuse the message ("Mail rejected by destination domain", "Mailbox delivery restricted by policy error").
const ZEPTO = 'https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html';
const ZOHO_MX = 'https://smtp.codes/zoho';
const zoho = entry('zoho', ZEPTO);

export const ZOHO: KnowledgeSource = {
  id: 'zoho',
  name: 'Zoho Mail / ZeptoMail',
  kind: 'mailbox-provider',
  reference: ZEPTO,
  replies: [
    zoho('starttls-first', 'tls-required', ['must issue a starttls command first'],
      '530 Must issue a STARTTLS command first. — Trying to connect SMTP server in unsecure mode.', { variant: STARTTLS_FIRST }),
    zoho('authentication-failed', 'auth-required', ['authentication failed'],
      '535 Authentication Failed. — Invalid Sendmail token / username.'),
    // Documented reason: "Sending email from Invalid 'from' address domain." — the From domain, not relaying.
    zoho('relaying-disallowed', 'sender-rejected', ['relaying disallowed as'],
      "553 Relaying disallowed as <emailaddress>. — Sending email from Invalid 'from' address domain.", { variant: SENDER_LOGIN_MISMATCH }),
    zoho('virus', 'virus', ['detected by zoho mail'],
      '552 5.7.1 virus Win.Test.EICAR_HDB-1 detected by Zoho Mail. — Virus detected in eml file.', { status: '5.7.1' }),
    zoho('subject-mandatory', 'message-format', ['subject is mandatory'],
      '5.2.1 Subject is Mandatory. — Subject field missing.', { status: '5.2.1' }),
    zoho('size-policy', 'message-size', ['email size exceeded the policy'],
      '5.2.0 Email size exceeded the policy. — Attachment size has exceeded the user policy.', { status: '5.2.0' }),
    // The receiving domain's filters (set by its administrator in Zoho) block the message: the recipient's side
    // restricts who may write, and only its administrator can allow the mail. Read by a third party, not by Zoho: at
    // most medium.
    hedged(zoho('destination-domain-filters', 'recipient-policy', ['mail rejected by destination domain'],
      "541 5.4.1 Mail rejected by destination domain — the receiving domain's mail filters block this message; its administrator can adjust them.", { status: '5.4.1', source: ZOHO_MX })),
    hedged(zoho('delivery-restricted-by-policy', 'recipient-policy', ['mailbox delivery restricted by policy'],
      "452 <user@example.com> Mailbox delivery restricted by policy error — the receiving domain's mail filters block this message; its administrator can adjust them.", { source: ZOHO_MX })),
    zoho('temporary-system-error', 'remote-error', ['temporary system error'],
      '452 4.3.1 Temporary System Error', { status: '4.3.1', source: 'zoho/zohodesk-oas v1.0/EmailFailureAlert.json' }),
  ],
};

// ── Proton ──────────────────────────────────────────────────────────────────────────────────────────────────────────
// Proton has a support page "SMTP errors" (https://proton.me/support/smtp-errors), but no stored copy of it could be
// read (only its translation scaffolding), so nothing is claimed from it.
export const PROTON: KnowledgeSource = {
  id: 'proton',
  name: 'Proton Mail',
  kind: 'mailbox-provider',
  reference: 'https://proton.me/support/smtp-errors',
  replies: [],
};

// ── Fastmail ────────────────────────────────────────────────────────────────────────────────────────────────────────
const FASTMAIL_BOUNCE = 'https://www.fastmail.help/hc/en-us/articles/7010500320655-Why-messages-bounce-back';
const FASTMAIL_OLD = 'https://www.fastmail.com/help/send/undeliverable.html';
const fm = entry('fastmail', FASTMAIL_BOUNCE);

export const FASTMAIL: KnowledgeSource = {
  id: 'fastmail',
  name: 'Fastmail',
  kind: 'mailbox-provider',
  reference: FASTMAIL_BOUNCE,
  replies: [
    fm('user-unknown', 'recipient-unknown', ['user unknown in virtual mailbox table', 'sorry, user address unknown'],
      '550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table — there does not seem to be a user with this email address (also shown as 550 5.1.1 Sorry, user address unknown).',
      { status: '5.1.1' }),
    fm('user-unknown-local', 'recipient-unknown', ['user unknown in local recipient table'],
      '550 5.1.1 <joebloggs@fastmail.com>: Recipient address rejected: User unknown in local recipient table — the Fastmail user does not exist.',
      { status: '5.1.1', source: FASTMAIL_OLD }),
    fm('not-authorised-from', 'sender-rejected', ['not authorised to send from this'],
      '551 5.7.1 Not authorised to send from this header address', { status: '5.7.1' }),
    fm('authentication-failure', 'auth-required', ['error: authentication failed: authentication failure'],
      '535 5.7.8 Error: authentication failed: authentication failure', { status: '5.7.8' }),
    fm('host-not-found', 'recipient-domain', ['host or domain name not found'],
      'Host or domain name not found'),
    // Left out: Fastmail's older help (FASTMAIL_OLD) explains Postfix's "Recipient address rejected: Relay access denied"
    // on its own submission server as a client that did not log in. The words are Postfix's own, which any Postfix MX
    // gives for a domain it does not serve (relay-denied, as Microsoft, Proofpoint, FortiMail and MailChannels document
    // them), and an entry with no code of Fastmail's own cannot be held to Fastmail's answers: as a phrase it took every
    // Postfix relay refusal for a missing login.
  ],
};

// ── Cox ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
// Cox's replies end with "AUP#<code>" and point to the "Error Codes" section of its postmaster page.
const COX_REF = 'https://www.cox.com/residential/support/email-error-codes.html';
const COX_OLD = 'http://postmaster.cox.net/confluence/display/postmaster/Error+Codes';
const COX_VIA = ' (via sisimai/p5-sisimai lib/Sisimai/Rhost/Cox.pm)';
const cox = entry('cox', COX_REF);

const COX_IPBL: ReadonlyArray<readonly [string, string]> = [
  ['IPBL0001', 'The sending IP is listed in the Spamhaus Zen DNSBL.'],
  ['IPBL0010', 'The sending IP is listed in the Return Path DNSBL.'],
  ['IPBL0100', 'The sending IP is listed in the Invaluement ivmSIP DNSBL.'],
  ['IPBL0011', 'The sending IP is in the Spamhaus Zen and Return Path DNSBLs.'],
  ['IPBL0101', 'The sending IP is in the Spamhaus Zen and Invaluement ivmSIP DNSBLs.'],
  ['IPBL0110', 'The sending IP is in the Return Path and Invaluement ivmSIP DNSBLs.'],
  ['IPBL0111', 'The sending IP is in the Spamhaus Zen, Return Path and Invaluement ivmSIP DNSBLs.'],
  ['IPBL1000', 'The sending IP is listed in the Cloudmark CSI DNSBL.'],
  ['IPBL1001', 'The sending IP is listed in the Cloudmark CSI and Spamhaus Zen DNSBLs.'],
  ['IPBL1010', 'The sending IP is listed in the Cloudmark CSI and Return Path DNSBLs.'],
  ['IPBL1011', 'The sending IP is in the Cloudmark CSI, Spamhaus Zen and Return Path DNSBLs.'],
  ['IPBL1100', 'The sending IP is listed in the Cloudmark CSI and Invaluement ivmSIP DNSBLs.'],
  ['IPBL1101', 'The sending IP is in the Cloudmark CSI, Spamhaus Zen and Invaluement ivmSIP DNSBLs.'],
  ['IPBL1110', 'The sending IP is in the Cloudmark CSI, Return Path and Invaluement ivmSIP DNSBLs.'],
  ['IPBL1111', 'The sending IP is in the Cloudmark CSI, Spamhaus Zen, Return Path and Invaluement ivmSIP DNSBLs.'],
  ['IPBL00001', 'The sending IP address is listed on a Spamhaus blacklist. Check your status at Spamhaus.'],
];
const COX_URLBL: ReadonlyArray<readonly [string, string]> = [
  ['URLBL011', 'A URL within the body of the message was found on blocklists SURBL and Spamhaus DBL.'],
  ['URLBL101', 'A URL within the body of the message was found on blocklists SURBL and ivmURI.'],
  ['URLBL110', 'A URL within the body of the message was found on blocklists Spamhaus DBL and ivmURI.'],
  ['URLBL1001', 'The URL is listed on a Spamhaus blacklist. Check your status at Spamhaus.'],
];

export const COX: KnowledgeSource = {
  id: 'cox',
  name: 'Cox',
  kind: 'mailbox-provider',
  reference: COX_REF,
  replies: [
    // CXBL is Cox's own blocklist of sending IPs (taxonomy.md: "a provider's own list" is ip-blocklist); CDRBL's block
    // of at most 24 hours for spam-like behaviour is a reputation verdict.
    cox('cxbl', 'ip-blocklist', [], 'AUP#CXBL — The sending IP address has been blocked by Cox due to exhibiting spam-like behavior.',
      { token: 'CXBL', source: COX_OLD }),
    cox('cdrbl', 'reputation', [], 'AUP#CDRBL — The sending IP address has been temporarily blocked by Cox due to exhibiting behavior characteristic of spam. The block will not exceed 24 hours.',
      { token: 'CDRBL', source: COX_OLD }),
    ...COX_IPBL.map(([code, text]) =>
      cox(code.toLowerCase(), 'ip-blocklist', [], `AUP#${code} — ${text}`, { token: code, source: COX_OLD })),
    ...COX_URLBL.map(([code, text]) => cox(code.toLowerCase(), 'domain-blocklist', [], `AUP#${code} — ${text}` + COX_VIA, { token: code })),
    cox('cxdns', 'ptr', [], 'AUP#CXDNS — There was an issue with the connecting IP address Domain Name System (DNS): the Reverse DNS (rDNS) lookup for your IP address is failing.' + COX_VIA,
      { token: 'CXDNS' }),
    cox('cxsndr', 'unauthenticated', [], "AUP#CXSNDR — There was a problem with the sender's domain. Your email failed authentication checks against your sending domain's SPF, DomainKeys, or DKIM policy." + COX_VIA,
      { token: 'CXSNDR' }),
    cox('cxsmtp', 'protocol', [], 'AUP#CXSMTP — There was a violation of SMTP protocol.' + COX_VIA, { token: 'CXSMTP' }),
    cox('cxcnct', 'rate-limit', [], 'AUP#CXCNCT — There was a connection issue from the IP address: there is a limit to the number of concurrent SMTP connections per IP address (no more than 10).' + COX_VIA,
      { token: 'CXCNCT' }),
    cox('cxmxrt', 'rate-limit', [], 'AUP#CXMXRT — The sender has sent email to too many recipients and needs to wait before sending more email; the sender has exceeded the maximum number of sent email allowed.' + COX_VIA,
      { token: 'CXMXRT' }),
    cox('cxthrt', 'policy', [], 'AUP#CXTHRT — Email sending limited due to suspicious account activity.' + COX_VIA, { token: 'CXTHRT' }),
    cox('cxmj', 'policy', [], 'AUP#CXMJ — Email sending blocked due to suspicious account activity on primary Cox account.' + COX_VIA, { token: 'CXMJ' }),
    cox('bad-commands', 'reputation', ['too many bad commands from'],
      'cox too many bad commands from — an email client has repeatedly sent bad commands or invalid passwords, resulting in a three-hour block of the client IP address.' + COX_VIA),
    cox('invalid-recipients', 'reputation', ['too many invalid recipients'],
      'too many invalid recipients — the sending IP address has exceeded the threshold of invalid recipients and has been blocked.' + COX_VIA),
    cox('dns-check-failure', 'ptr', ['dns check failure', 'rejected - no rdns'],
      'DNS check failure - try again later / rejected - no rDNS — the reverse DNS check of the sending server IP address has failed; Cox requires that all connecting email servers contain valid reverse DNS PTR records.' + COX_VIA),
    cox('no-data-before-greeting', 'protocol', ['esmtp no data before greeting'],
      'ESMTP no data before greeting — the sending server has attempted to communicate too soon within the SMTP transaction.' + COX_VIA),
    cox('forbidden-attachment', 'content-policy', ['attachment extension is forbidden'],
      'attachment extension is forbidden — the message contains an attachment with a prohibited file type (.shb, .shs, .vbe, .vbs, .wsc, .wsf, .wsh, .pif, .msc, .msi, .msp, .reg, .sct, .bat, .chm, .isp, .cpl, .js, .jse, .scr, .exe).' + COX_VIA),
    cox('sender-rejected', 'sender-rejected', ['sender rejected'],
      'sender rejected — Cox requires that all sender domains resolve to a valid MX or A-record within DNS.' + COX_VIA),
    cox('server-unavailable', 'remote-error', ['esmtp server temporarily not available'],
      'ESMTP server temporarily not available — Cox systems are experiencing an issue causing a temporary inability to accept new email.' + COX_VIA),
    cox('too-many-sessions', 'rate-limit', ['too many sessions from'],
      'too many sessions from — the sending IP address has exceeded the five maximum concurrent connection limit.' + COX_VIA),
    cox('message-threshold', 'rate-limit', ['message threshold exceeded'],
      'message threshold exceeded — the SMTP connection has exceeded the 100 email message threshold and was disconnected.' + COX_VIA),
    cox('try-again-later', 'rate-limit', ['requested action aborted: try again later'],
      'requested action aborted: try again later — the sending IP address has exceeded one of the rate limits and has been temporarily blocked.' + COX_VIA),
    cox('recipient-rejected', 'recipient-unknown', ['recipient rejected'],
      'recipient rejected — the intended recipient is not a valid Cox Email account.' + COX_VIA),
  ],
};

// ── GoDaddy (Secureserver) ──────────────────────────────────────────────────────────────────────────────────────────
// "Fix rejected email with a bounce error": the IB codes end the reply ("… IB212"). The recipient section was read on
// the page; the coded sections as quoted by Sisimai.
const GODADDY_REF = 'https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685';
const GD_VIA = ' (via sisimai/p5-sisimai lib/Sisimai/Rhost/GoDaddy.pm)';
const gd = entry('godaddy', GODADDY_REF);

export const GODADDY: KnowledgeSource = {
  id: 'godaddy',
  name: 'GoDaddy (Secureserver)',
  kind: 'mailbox-provider',
  reference: GODADDY_REF,
  replies: [
    // Recipient bounces (read on the page).
    gd('account-storage-limit', 'mailbox-full', ['account storage limit'],
      "Account storage limit — the recipient's account has reached its storage limit and can't receive email right now."),
    gd('account-does-not-exist', 'recipient-unknown', ['account does not exist'],
      'Account does not exist — the email address that you sent to does not exist.'),
    gd('account-disabled', 'mailbox-disabled', ['account disabled'],
      'Account disabled — the recipient account exists but its ability to receive mail was disabled.'),
    gd('delivery-timeout', 'delivery-timeout', ['delivery timeout'],
      'Delivery timeout — this could happen for several reasons. Try again later.'),
    gd('looping', 'remote-error', ['already has my delivered-to line', 'this message is looping'],
      'This message is looping: it already has my Delivered-To line. (#5.4.6) — the recipient account is forwarding the message in a loop.'),
    gd('recipient-not-found', 'recipient-unknown', ['recipient not found'],
      '550 Recipient not found — the recipient is not a valid email address.'),
    gd('queue-too-long', 'delivery-timeout', ['in the queue too long'],
      "451 Sorry, I wasn't able to establish an SMTP connection. I'm not going to try again; this message has been in the queue too long."),
    gd('spam-or-virus', 'spam', ['rejected for spam or virus content'],
      '552 Message rejected for spam or virus content — the email message contains a link, attachment, or pattern caught by our filters as spam.'),
    gd('rbl-reject', 'ip-blocklist', ['rbl reject'], '554 RBL Reject. — This IP address was blocked from our internal RBL.' + GD_VIA),
    // Sender bounces.
    gd('ib401', 'policy', ['authentication not allowed on ibsmtp'],
      '535 Authentication not allowed on IBSMTP Servers. IB401 — authentication is not allowed on inbound mail (wrong outgoing server set in the client; use smtpout.secureserver.net).' + GD_VIA,
      { token: 'IB401' }),
    gd('ib501', 'message-format', ['blank from: addresses are not allowed'],
      '550 jane@coolexample.com Blank From: addresses are not allowed. Provide a valid From. IB501' + GD_VIA, { token: 'IB501' }),
    gd('ib502', 'message-format', ['are not allowed as a from'],
      '550 jane@coolexample.com IP addresses are not allowed as a From: Address. Provide a valid From. IB502' + GD_VIA, { token: 'IB502' }),
    gd('ib506', 'sender-rejected', ['from: domain is invalid'],
      "550 coolexample.com From: Domain is invalid. Provide a valid From: IB506 — the domain doesn't have valid MX records, an IP address, or the DNS lookup failed." + GD_VIA,
      { token: 'IB506' }),
    gd('ib508', 'spf', ['invalid spf record. inspect your spf'],
      "550 jane@coolexample.com Invalid SPF record. Inspect your SPF settings, and try again. IB508 — the sending domain's SPF record does not authorize the sending server." + GD_VIA,
      { token: 'IB508' }),
    gd('ib108', 'ptr', ['reverse dns for this ip failed'],
      '421 Temporarily rejected. Reverse DNS for this IP failed. IB108' + GD_VIA, { token: 'IB108' }),
    // Content bounces.
    gd('ib212', 'spam', ['spam by the internet community'],
      '552 This message has been rejected due to content judged to be spam by the internet community. IB212' + GD_VIA, { token: 'IB212' }),
    gd('ib705', 'virus', ['virus infected message rejected'], '552 Virus infected message rejected. IB705' + GD_VIA, { token: 'IB705' }),
    // Rate limiting bounces.
    gd('ib605', 'rate-limit', ['this message contains too many recipients'],
      '452 This message contains too many recipients. Reduce the number of recipients and retry. IB605' + GD_VIA, { token: 'IB605' }),
    gd('ib007', 'rate-limit', ['too many sessions from this ip'],
      '421 Connection refused, too many sessions from This IP. Lower the number of concurrent sessions. IB007' + GD_VIA, { token: 'IB007' }),
    gd('ib101', 'remote-error', ['server temporarily unavailable. try again later'],
      '421 Server temporarily unavailable. Try again later. IB101 — the email queue is experiencing higher than normal email volume.', { token: 'IB101' }),
    gd('ib110', 'reputation', ['temporarily blocked for attempting to send'],
      '554 This IP has been temporarily blocked for attempting to send too many messages containing content judged to be spam by the Internet community. IB110' + GD_VIA,
      { token: 'IB110' }),
    gd('ib111', 'reputation', ['blocked for the day, for attempting'],
      '554 This IP has been blocked for the day, for attempting to send too many messages containing content judged to be spam by the Internet community. IB111' + GD_VIA,
      { token: 'IB111' }),
    gd('ib112', 'reputation', ['to mail too many invalid recipients'],
      '554 This IP has been temporarily blocked for attempting to mail too many invalid recipients. IB112' + GD_VIA, { token: 'IB112' }),
    gd('ib113', 'reputation', ['to mail too many invalid recipients'],
      '554 This IP has been blocked for the day, for attempting to mail too many invalid recipients. IB113' + GD_VIA, { token: 'IB113' }),
    gd('ib504', 'rate-limit', ['sent too many messages this hour'], '550 This IP has sent too many messages this hour. IB504' + GD_VIA, { token: 'IB504' }),
    gd('ib510', 'rate-limit', ['max number of messages per session'],
      '550 This message has exceeded the max number of messages per session. Open a new session and try again. IB510' + GD_VIA, { token: 'IB510' }),
    gd('ib607', 'rate-limit', ['too many recipients this hour'],
      '550 This IP has sent too many to too many recipients this hour. IB607' + GD_VIA, { token: 'IB607' }),
    // Remote block list (RBL) bounces.
    gd('ib103', 'ip-blocklist', ['poor reputation on cloudmark sender intelligence'],
      '554 Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence (CSI). IB103' + GD_VIA, { token: 'IB103' }),
    gd('ib104', 'ip-blocklist', ['listed on the spamhaus block list'],
      '554 Connection refused. This IP address is listed on the Spamhaus Block List (SBL). IB104' + GD_VIA, { token: 'IB104' }),
    gd('ib105', 'ip-blocklist', ['listed on the exploits block list'],
      '554 Connection refused. This IP address is listed on the Exploits Block List (XBL). IB105' + GD_VIA, { token: 'IB105' }),
    gd('ib106', 'ip-blocklist', ['listed on the policy block list'],
      '554 Connection refused. This IP address is listed on the Policy Block List (PBL). IB106' + GD_VIA, { token: 'IB106' }),
  ],
};

// ── AT&T (att.net, worldnet, BellSouth) ─────────────────────────────────────────────────────────────────────────────
// AT&T's mail-block pages of its former worldnet/BellSouth systems. (AT&T's current mailboxes are served by Yahoo.)
const ATT_ENDUSER = 'http://worldnet.att.net/general-info/bls_info/block_enduser.html';
const ATT_NDR = 'http://www.att.net/general-info/mail_info/block_enduser.html';
const BELLSOUTH = 'http://www.postmaster.bellsouth.net/error.htm';
const att = entry('att', ATT_ENDUSER);

export const ATT: KnowledgeSource = {
  id: 'att',
  name: 'AT&T (worldnet / BellSouth)',
  kind: 'mailbox-provider',
  reference: ATT_ENDUSER,
  replies: [
    att('dns-lookup-failure', 'ptr', ['failure in dns look-up'],
      '421-failure in DNS look-up. — We couldn\'t find information from the DNS of the sending system; your IP address must have a valid reverse DNS entry to send mail to the AT&T domain.'),
    att('busy', 'rate-limit', ['busy--please try again later'],
      '450 busy--Please try again later — the sending system has requested more resources than are available at the moment; the sending system may be attempting to connect too often.'),
    att('521-blocked', 'ip-blocklist', ['> is blocked'],
      '521 <0.0.0.0> is blocked — the sending system has been identified as a source of spam.'),
    att('suspended', 'mailbox-disabled', ['mailbox currently suspended'],
      '550 [suspend] Mailbox currently suspended--Please contact correspondent directly. — The account of the BellSouth customer is suspended.'),
    att('valid-sender-domain', 'sender-rejected', ['requires valid sender domain'],
      '550 [permfail] bellsouth.net requires valid sender domain — we were unable to verify the identity of the sending system (enter correct information in DNS).'),
    att('unauthorized-interface', 'ip-blocklist', ['unauthorized interface for'],
      '550 unauthorized interface for <0.0.0.0> — the sending system is not recognized as a valid source of e-mail; use registered mail systems provided by a major ISP or hosting service.'),
    att('rblmx', 'ip-blocklist', ['ou=rblmx'],
      '550 <0.0.0.0> blocked by ldap:ou=rblmx,dc=bellsouth,dc=net — the sending system exhibited behavior associated with spammers and was blocked.'),
    att('blocked-for-abuse', 'ip-blocklist', ['blocked for abuse'],
      '550 Error. Blocked for abuse — your mail was sent by a system that we have reason to think has sent high levels of spam to our customers in the past.',
      { source: ATT_NDR }),
    att('unknown-sender', 'ptr', ['blocked for status: <unknown sender>'],
      '550 Error. Blocked for status: <unknown sender> — no identifying information has been entered into the DNS for this sending system.',
      { source: ATT_NDR }),
    att('net-001', 'policy', ['net 001'], 'net 001: You are not allowed to send e-mail to ADDRESS. (If you are not an AT&T customer, your e-mail may have been blocked because of an abuse situation.)',
      { source: BELLSOUTH }),
    att('net-003', 'remote-error', ['net 003', 'forwarding addresses which are invalid'],
      'net 003: The recipient has one or more forwarding addresses which are invalid.', { source: BELLSOUTH }),
    att('net-004', 'mailbox-full', ['net 004', 'temporarily over quota'], 'net 004: The recipient(s) account is temporarily over quota.', { source: BELLSOUTH }),
    att('net-005', 'message-format', ['net 005', '8-bit or binary encoding'],
      'net 005: The e-mail message uses 8-bit or binary encoding and the destination mail system does not support this encoding.', { source: BELLSOUTH }),
    att('net-006', 'message-size', ['net 006'], 'net 006: Your e-mail message is larger than the destination mail system is able to accept.', { source: BELLSOUTH }),
    att('net-007', 'relay-denied', ['net 007'], 'net 007: Your current IP address is not allowed to relay to DOMAIN.', { source: BELLSOUTH }),
    att('net-008', 'ptr', ['net 008'], 'net 008: The IP you are sending from does not have a valid reverse DNS entry.', { source: BELLSOUTH }),
    att('net-009', 'recipient-unknown', ['net 009'], 'net 009: Invalid recipient.', { source: BELLSOUTH }),
  ],
};

// ── Charter / Spectrum ──────────────────────────────────────────────────────────────────────────────────────────────
// "Understanding email error codes": incoming errors begin "AUP#I" and outgoing ones "AUP#O", followed by four digits;
// some meanings are given for a range of codes. The codes are matched in steps of 10 inside each range, with and
// without a hyphen after the letter.
const SPECTRUM_REF = 'https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes';
const SP_VIA = ' (via sisimai/p5-sisimai lib/Sisimai/Rhost/Spectrum.pm)';

const SPECTRUM_CODES: ReadonlyArray<readonly [number, number, Category, string]> = [
  [1000, 1000, 'reputation', 'Your IP address has been blocked due to suspicious activity.'],
  [1010, 1010, 'policy', 'This email account has been blocked from sending emails due to suspicious activity.'],
  [1020, 1080, 'policy', 'This email account has limited access to send emails based on suspicious activity.'],
  [1090, 1090, 'remote-error', "The email you're trying to send can't be processed. Try sending again at a later time."],
  [1100, 1150, 'ptr', "The IP address you're trying to connect from has an issue with the Domain Name System. Spectrum requires a full circle DNS for emails to be allowed through."],
  [1160, 1190, 'policy', "The email you tried to send goes against your domain's security policies. Please contact the email administrators of your domain."],
  [1200, 1210, 'ip-blocklist', "The IP address you're trying to send from has been flagged by Cloudmark CSI as potential spam."],
  [1220, 1250, 'ip-blocklist', 'Your IP address has been blacklisted by Spamhaus.'],
  [1260, 1260, 'network', "Spectrum doesn't process IPV6 addresses. Connect with an IPv4 address and try again."],
  [1300, 1340, 'rate-limit', 'Spectrum limits the number of concurrent connections from a sender, as well as the total number of connections allowed.'],
  [1350, 1490, 'rate-limit', 'Spectrum limits emails by the number of messages sent, amount of recipients, potential for spam and invalid recipients.'],
  [1500, 1500, 'sender-rejected', 'Your email was rejected for attempting to send as a different email address than you signed in under.'],
  [1520, 1520, 'sender-rejected', 'Your email was rejected for attempting to send as a different email address than a domain that we host.'],
  [1530, 1530, 'message-size', "Your email was rejected because it's larger than the maximum size of 20MB."],
  [1540, 1540, 'rate-limit', 'Your emails were deferred for attempting to send too many in a single session.'],
  [1550, 1550, 'rate-limit', 'Your email was rejected for having too many recipients in one message.'],
  [1560, 1560, 'reputation', 'Your email was rejected for having too many invalid recipients.'],
  [1580, 1580, 'rate-limit', "You've tried to send messages to too many recipients in a short period of time."],
];

const spectrumPhrases = (from: number, to: number): string[] => {
  const out: string[] = [];
  for (let n = from; n <= to; n += 10) out.push(`aup#i${n}`, `aup#i-${n}`, `aup#o${n}`, `aup#o-${n}`);
  return out;
};

export const SPECTRUM: KnowledgeSource = {
  id: 'spectrum',
  name: 'Charter / Spectrum',
  kind: 'mailbox-provider',
  reference: SPECTRUM_REF,
  replies: SPECTRUM_CODES.map(([from, to, category, text]) => ({
    id: `spectrum.${from === to ? from : `${from}-${to}`}`,
    category,
    phrases: spectrumPhrases(from, to),
    text: `AUP#I/AUP#O ${from === to ? from : `${from}–${to}`}: ${text}${SP_VIA}`,
    source: SPECTRUM_REF,
  })),
};
