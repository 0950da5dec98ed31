/**
 * Hosting control panels' mail configurations: the texts their Exim ACLs, routers and helper scripts send or write into
 * bounces, read from the configuration files each panel ships. Shared hosting sends a large part of the world's small-
 * business mail, so these texts are common in bounces; they are the panel's, not Exim's (mta-exim.ts).
 *
 * Sources (none of the vendors publishes these files in a repository of its own; each is a copy of the files the
 * product installs):
 * - cPanel: asmrdevelop/cpanel at 393631a22756ecd563f8679e9f5d57d149b50557, a copy of the /usr/local/cpanel tree
 *   ("cPanel Default ACL Template Version: 116.001"): etc/exim/acls/*, etc/exim/distconfig/exim.conf.dist,
 *   etc/exim/replacecf/*, etc/exim/perl/mail_permissions.
 * - DirectAdmin: portsbuild/portsbuild (the FreeBSD port of DirectAdmin's CustomBuild), configure/exim/: the
 *   SpamBlocker exim.conf 4.4.2 and exim.strings.conf (96ce9f685bd0458458c9a29f026075759183b34f), Easy Spam Fighter
 *   (esf/), exim.pl VERSION 21. The string names are current (docs.directadmin.com changelog 1.702); the texts
 *   DirectAdmin 1.702 removed or reworded (USER_TOO_MANY, AUTH_TOO_MANY, USER_ON_BLACKLIST_SCRIPT) are left out.
 * - Hestia Control Panel: hestiacp/hestiacp install/deb/exim/exim4.conf.template
 *   (0146129ccf35f8f441a7b8ac8174d9f15dd52296).
 * - Rspamd's Exim integration, as its documentation gives it (https://rspamd.com/doc/integration.html).
 * - Plesk: its support articles on its greylisting handler's log lines, its outgoing messages limit and its DMARC check's
 *   refusal of a sender domain's unparsable record.
 *
 * Left out: texts that say no more than a generic rule already does ("452 too many recipients", "Unknown User",
 * "relay not permitted"), texts with two triggers the reply does not tell apart (cPanel's "The mail server could not
 * deliver mail to …": an account or a domain), and the DirectAdmin strings that could not be found in any shipped file
 * ("RBL: Message from … rejected", "Too many bad RCPT TO").
 */
import { accountLimit, entries, HELO_NAME } from './entry';
import type { KnowledgeSource } from './types';

const CP = 'asmrdevelop/cpanel';
const CP_ACL = `${CP} etc/exim/acls`;
const CP_PERMS = `${CP} etc/exim/perl/mail_permissions`;
const CP_CONF = `${CP} etc/exim/distconfig/exim.conf.dist`;
const cp = entries('cpanel', CP_ACL);

const CPANEL: KnowledgeSource = {
  id: 'cpanel',
  name: 'cPanel (Exim)',
  kind: 'mta',
  reference: CP_ACL,
  replies: [
    cp('rbl', 'ip-blocklist', ['junkmail rejected'], 'JunkMail rejected - <host> is in an RBL: <the list\'s TXT record> (the connecting IP is on Spamhaus ZEN or SpamCop)', { source: `${CP_ACL}/ACL_RBL_BLOCK/spamhaus_spamcop_rbl` }),
    cp('connection-ratelimit', 'rate-limit', ['reached its limit for processing requests from your host'], 'The server has reached its limit for processing requests from your host.  Please try again later. (the connection rate limit on port 25)', { source: `${CP_ACL}/ACL_CONNECT_BLOCK/ratelimit` }),
    cp('country-blocked', 'policy', ['your country is not allowed to connect'], 'Your country is not allowed to connect to this server. (the receiving admin blocks the sending IP\'s country)', { source: `${CP_ACL}/ACL_CONNECT_BLOCK/blockedcountryips` }),
    cp('host-not-allowed', 'policy', ['your host is not allowed to connect to this server'], 'Your host is not allowed to connect to this server. (the sending IP or the sender\'s domain is on the receiving admin\'s own block list)', { source: `${CP_ACL}/ACL_CONNECT_BLOCK/spammerlist` }),
    cp('helo-required', 'protocol', ['helo required before mail'], 'HELO required before MAIL', { source: `${CP_ACL}/ACL_MAIL_BLOCK/requirehelo` }),
    cp('helo-impersonating', 'ptr', ['host impersonating'], 'REJECTED - Bad HELO - Host impersonating [<helo name>] (the HELO name is the receiving server\'s own name or one of its domains)', { source: `${CP_ACL}/ACL_MAIL_BLOCK/requirehelonoforge`, variant: HELO_NAME }),
    cp('helo-my-address', 'ptr', ['is _my_ address'], 'REJECTED - Interface: <ip> is _my_ address (the HELO was the receiving server\'s own IP)', { source: `${CP_ACL}/ACL_MAIL_BLOCK/requirehelonoforge`, variant: HELO_NAME }),
    cp('helo-invalid', 'ptr', ['invalid helo name'], 'Access denied - Invalid HELO name (See RFC2821 4.1.1.1) (a HELO with no dot, or a bare IP address: 4.1.3)', { source: `${CP_ACL}/ACL_MAIL_BLOCK/requirehelosyntax`, variant: HELO_NAME }),
    cp('disabled-recipient', 'mailbox-disabled', ['disabled recipient address'], '525 5.7.13 Disabled recipient address (the mailbox\'s incoming mail is suspended)', { status: '5.7.13', source: `${CP_ACL}/ACL_RECIPIENT_BLOCK/default_recipient` }),
    cp('does-not-relay', 'relay-denied', ['this server does not relay mail'], 'This server does not relay mail.', { source: CP_PERMS }),
    // The relay refusal cPanel writes into /etc/eximrejects when it is missing: the client sent without logging in
    // (neither SMTP AUTH nor a POP/IMAP login from its IP in the last 30 minutes).
    cp('pop-before-smtp', 'auth-required', ['not logged into the pop/imap server in the last 30 minutes'],
      'Host <host> is not permitted to relay through <hostname>. Perhaps you have not logged into the pop/imap server in the last 30 minutes. You may also have been rejected because your ip address does not have a reverse DNS entry.',
      { source: `${CP} Cpanel/Userdomains/CORE.pm` }),
    cp('failed-recipients', 'rate-limit', ['number of failed recipients exceeded'], 'Number of failed recipients exceeded.  Come back in a few hours. (more than 4 unknown recipients in one connection)', { source: `${CP_ACL}/ACL_POST_RECP_VERIFY_BLOCK/dictionary_attack` }),
    cp('spam-score', 'spam', ['detected your message as spam'], 'The mail server detected your message as spam and has prevented delivery. (the SpamAssassin score is over the reject threshold)', { source: `${CP_ACL}/ACL_SPAM_BLOCK/deny_spam_score_over_int` }),
    cp('forward-spam', 'spam', ['cannot be forwarded because it was detected as spam'], 'This mail cannot be forwarded because it was detected as spam.', { source: `${CP_ACL}/ACL_SPAM_BLOCK/no_forward_outbound_spam` }),
    cp('outgoing-spam', 'spam', ['classified as spam and may not be delivered'], 'This message was classified as SPAM and may not be delivered (the sender\'s own cPanel server scanned outgoing mail)', { source: `${CP_ACL}/ACL_OUTGOING_SMTP_CHECKALL_BLOCK/outgoing_spam_scan` }),
    cp('virus', 'virus', ['contains a virus or other harmful content'], 'This message contains a virus or other harmful content (<malware name>)', { source: `${CP_ACL}/ACL_EXISCANALL_BLOCK/default_exiscan` }),
    cp('greylisting', 'greylisting', ['temporarily unable to process your email'], 'Temporarily unable to process your email. Please try again later. (cPanel Greylisting: logged as "Deferred due to greylisting")', { source: `${CP_ACL}/ACL_GREYLISTING_BLOCK/greylisting` }),
    cp('submission-auth', 'auth-required', ['smtp auth is required for message submission'], 'SMTP AUTH is required for message submission on port 587', { source: `${CP_ACL}/ACL_IDENTIFY_SENDER_BLOCK/default_message_submission` }),
    cp('dkim', 'dkim', ['encountered the following problem validating'], 'DKIM: encountered the following problem validating <signer>: <reason>', { source: `${CP_ACL}/ACL_SMTP_DKIM_BLOCK/dkim_bl` }),
    cp('sender-not-valid', 'sender-rejected', ['as a valid sender'], 'The mail server does not recognize <address> as a valid sender. (sender verification: the sender\'s address could not be routed)', { source: CP_CONF }),
    cp('over-quota', 'mailbox-full', ['blocks limit exceeded', 'inode limit exceeded'], 'Mailbox is full / Blocks limit exceeded / Inode limit exceeded (rejected at RCPT when the mailbox is over quota)', { source: `${CP} etc/exim/replacecf/reject_overquota_at_smtp_time/virtual_user_overquota` }),
    cp('outgoing-suspended', 'policy', ['has an outgoing mail suspension', 'has an outgoing mail hold'], 'Domain <domain> has an outgoing mail suspension.  Message discarded. / Sender <address> has an outgoing mail hold.  Message will be reattempted later (the sender\'s hosting account may not send)', { source: CP_PERMS }),
    cp('nobody-restricted', 'policy', ['due to sender restrictions in whm'], 'Mail sent by user nobody being discarded due to sender restrictions in WHM->Tweak Settings (a script on the sending server, not linked to an account)', { source: CP_PERMS }),
    cp('demo-account', 'policy', ['demo accounts may not send mail', 'you cannot send mail if your account is in demo mode'], 'Demo accounts may not send mail', { source: `${CP_ACL}/ACL_IDENTIFY_SENDER_BLOCK/default_identify_sender` }),
  ],
};

const DA = 'portsbuild/portsbuild configure/exim';
const DA_STRINGS = `${DA}/exim.strings.conf`;
const da = entries('directadmin', DA_STRINGS);

const DIRECTADMIN: KnowledgeSource = {
  id: 'directadmin',
  name: 'DirectAdmin (Exim SpamBlocker configuration)',
  kind: 'mta',
  reference: DA_STRINGS,
  replies: [
    da('helo-is-ip', 'ptr', ['helo is an ip address'], 'HELO is an IP address (See RFC2821 4.1.3)', { variant: HELO_NAME }),
    da('helo-abuse', 'ptr', ['bad helo - blocked due to abuse'], 'Bad HELO - Blocked due to abuse', { variant: HELO_NAME }),
    da('helo-fqdn', 'ptr', ['helo should be a fqdn'], 'R1: HELO should be a FQDN or address literal (See RFC 2821 4.1.1.1)', { variant: HELO_NAME }),
    da('bounce-recipients', 'policy', ['legitimate bounces are never sent to more than one recipient'], 'Legitimate bounces are never sent to more than one recipient.'),
    da('failed-recipients', 'rate-limit', ['too many failed recipients'], 'REJECTED - Too many failed recipients - count = <n> (a dictionary attack: several unknown recipients in one connection)'),
    da('account-blocked', 'policy', ['is not allowed to send emails. e-mail delivery blocked'], 'User account (<user>) is not allowed to send emails. E-Mail delivery blocked. (the sender\'s own account is on the server\'s block list)'),
    da('relay-auth', 'auth-required', ['relay not permitted, authentication required'], 'relay not permitted, authentication required (port 587 without SMTP AUTH)'),
    da('backscatter', 'policy', ["we didn't send the message"], "We didn't send the message (a bounce for mail this server never sent)", { source: `${DA}/exim.conf` }),
    da('no-such-recipient', 'recipient-unknown', ['no such recipient here'], 'No such recipient here'),
    da('sender-blocked', 'sender-rejected', ['email blocked due to spam'], '554 denied. 5.7.1 Email Blocked due to SPAM (the envelope sender is on the server\'s own sender list)'),
    da('host-blocked', 'ip-blocklist', ['host blocked due to spam', 'ip blocked due to spam'], '554 denied. 5.7.1 Host Blocked due to SPAM / IP Blocked due to SPAM (the sending host or IP is on the server\'s own list)'),
    da('domain-blocked', 'domain-blocklist', ['domain blocked due to spam'], '554 denied. 5.7.1 Domain Blocked due to SPAM (the sender\'s domain is on the server\'s own list)'),
    da('malformed-mime', 'message-format', ['contains malformed mime'], 'This message contains malformed MIME (malformed_MIME:<reason>)'),
    da('bad-attachment', 'content-policy', ['attachment of a type which we do not accept'], 'This message contains an attachment of a type which we do not accept (attachment_not_allow:.<extension>)'),
    da('high-score-spam', 'spam', ['high scoring spam message has been dropped'], 'High scoring spam message has been dropped', { source: `${DA}/esf/check_message.conf` }),
    da('file-extension', 'content-policy', ['blacklisted file extension detected'], 'Blacklisted file extension detected (<file name>)', { source: `${DA}/esf/check_mime.conf` }),
    da('zip-payload', 'virus', ['contains an attachment with a dangerous payload'], 'zip file contains an attachment with a dangerous payload (<file name>).', { source: `${DA}/esf/check_mime.conf` }),
    da('invalid-recipients-block', 'rate-limit', ['for sending to too many invalid recipients'], 'Account <user> has been blocked for sending to too many invalid recipients', { source: `${DA}/bc/auth.conf` }),
    accountLimit(da('daily-limit', 'rate-limit', ['daily email limit', 'email send limit for'], 'You (<user>) have reached your daily email limit of <n> emails / The email send limit for <user> has been reached', { source: `${DA}/exim.pl` })),
  ],
};

const HESTIA_SRC = 'hestiacp/hestiacp install/deb/exim/exim4.conf.template';
const hestia = entries('hestia', HESTIA_SRC);

const HESTIA: KnowledgeSource = {
  id: 'hestia',
  name: 'Hestia Control Panel (Exim)',
  kind: 'mta',
  reference: HESTIA_SRC,
  replies: [
    hestia('sending-too-many', 'rate-limit', ['is sending too many emails'], 'Email account <address> is sending too many emails - rate overlimit = <rate> / <period>'),
    hestia('host-blacklisted', 'ip-blocklist', ['your host in blacklist on this server'], 'Your host in blacklist on this server.'),
    hestia('helo-ip', 'ptr', ['helo name contains an ip address'], 'Helo name contains an IP address (HELO was <name>) and not is valid', { variant: HELO_NAME }),
    hestia('auth-required', 'auth-required', ['smtp auth required'], 'smtp auth required (the sender\'s domain is hosted here, and the session did not log in)'),
    hestia('spam-points', 'spam', ['spam points'], 'This message scored <score> spam points'),
  ],
};

const RSPAMD_EXIM: KnowledgeSource = {
  id: 'rspamd-exim',
  name: 'Rspamd (Exim integration)',
  kind: 'filter',
  reference: 'https://rspamd.com/doc/integration.html',
  replies: [
    entries('rspamd-exim', 'https://rspamd.com/doc/integration.html')('high-probability-spam', 'spam', ['discarded as high-probability spam'], 'Message discarded as high-probability spam (rspamd\'s "reject" action in the Exim ACL its documentation gives)'),
  ],
};

// Plesk's mail handlers log which handler decided: its greylisting filter ("grey") defers a first attempt, and the
// sending server's retry gets through ("SKIP during call 'grey' handler"). Plesk support article 213369789.
const PLESK_GREY = 'https://support.plesk.com/hc/en-us/articles/213369789-Email-is-not-delivered-DEFER-during-call-grey-handler';
// Its outgoing mail control: a mailbox, domain or subscription over its hourly limit of outgoing messages is refused by
// the milter with this text until the hour passes. Plesk support article 213389069.
const PLESK_LIMIT = 'https://support.plesk.com/hc/en-us/articles/213389069-How-outgoing-messages-limit-works';
// Its DMARC check of incoming mail refuses a message whose sender domain publishes a DMARC record it cannot parse.
// Plesk support article 12388468156055.
const PLESK_DMARC = 'https://support.plesk.com/hc/en-us/articles/12388468156055-Plesk-mailbox-is-not-receiving-email-from-external-domain-Found-DMARC-record-containd-a-bad-token-value';

const PLESK: KnowledgeSource = {
  id: 'plesk',
  name: 'Plesk mail handlers',
  kind: 'mta',
  reference: PLESK_GREY,
  replies: [
    entries('plesk', PLESK_GREY)('grey-defer', 'greylisting', ["defer during call 'grey' handler"],
      "handlers_stderr: DEFER / DEFER during call 'grey' handler / Message aborted. / milter-reject: DATA …: 451 4.7.1 Service unavailable - try again later — Plesk's greylisting deferred a first attempt; a well-behaved server retries and is let through."),
    accountLimit(entries('plesk', PLESK_LIMIT)('outgoing-limit', 'rate-limit', ['limit on the number of allowed outgoing messages'],
      'milter-reject: END-OF-MESSAGE …: 5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded. Try again later.')),
    entries('plesk', PLESK_DMARC)('dmarc-bad-record', 'dmarc', ['dmarc record contains a bad token value'],
      "Wrong the essential DMARC policy parameters for 'example.com': 'Found DMARC record contains a bad token value' — the sender domain's DMARC record could not be parsed."),
  ],
};

export const HOSTING_PANELS: readonly KnowledgeSource[] = [CPANEL, DIRECTADMIN, HESTIA, RSPAMD_EXIM, PLESK];
