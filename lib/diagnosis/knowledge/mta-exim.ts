/**
 * Exim: the reply texts its SMTP server sends (smtp_in.c, acl.c, the ACLs of the default configuration
 * src/src/configure.default) and the per-address error texts its routers and transports write into the bounces it
 * generates (routers/dnslookup.c, transports/smtp.c, transports/appendfile.c, retry.c, route.c). Read from the Exim
 * source (Exim/exim). cPanel's, DirectAdmin's and Hestia's Exim ACL texts ("JunkMail rejected", "max emails per
 * hour") come from the panels' own configuration, not from Exim: hosting-panels.ts.
 */
import type { KnowledgeSource } from './types';
import { HELO_NAME } from './entry';

const SMTP_IN = 'Exim/exim src/src/smtp_in.c';
const ACL = 'Exim/exim src/src/acl.c';
const CONF = 'Exim/exim src/src/configure.default';
const DNSLOOKUP = 'Exim/exim src/src/routers/dnslookup.c';
const ROUTE = 'Exim/exim src/src/route.c';
const SMTP_T = 'Exim/exim src/src/transports/smtp.c';
const APPENDFILE = 'Exim/exim src/src/transports/appendfile.c';
const RETRY = 'Exim/exim src/src/retry.c';
const DELIVER = 'Exim/exim src/src/deliver.c';
// Debian's exim4-config: the router a "local delivery only" configuration (dc_eximconfig_configtype='local') ends with.
const DEBIAN_NONLOCAL = 'https://salsa.debian.org/exim-team/exim4/-/blob/master/debian/debconf/conf.d/router/200_exim4-config_primary (router nonlocal: ":fail: Mailing to remote domains not supported")';

export const EXIM: KnowledgeSource = {
  id: 'exim',
  name: 'Exim',
  kind: 'mta',
  reference: SMTP_IN,
  replies: [
    // --- default configuration ACLs (acl_check_rcpt, acl_check_data) and routers ---
    { id: 'exim.relay-not-permitted', category: 'relay-denied', phrases: ['relay not permitted'], text: '550 relay not permitted (default acl_check_rcpt: domain neither local nor relayed)', source: CONF },
    { id: 'exim.unknown-user', category: 'recipient-unknown', phrases: ['unknown user'], text: '550 Unknown user (default localuser router cannot_route_message)', source: CONF },
    // The sending machine's own Exim delivers only locally: every other domain fails at once (the fix is its configuration).
    { id: 'exim.debian-local-only', category: 'relay-denied', phrases: ['mailing to remote domains not supported'], text: 'Mailing to remote domains not supported (Debian exim4, local delivery only)', source: DEBIAN_NONLOCAL },
    { id: 'exim.unrouteable', category: 'recipient-domain', phrases: ['unrouteable address'], text: '550 Unrouteable address (no router accepted the address; with the default dnslookup router this means the domain lookup failed)', source: ROUTE },
    // Older releases said the same with the domain named (route.c: 'unrouteable mail domain "%s"' when no router took it).
    { id: 'exim.unrouteable-mail-domain', category: 'recipient-domain', phrases: ['unrouteable mail domain'], text: '550 unrouteable mail domain "example.com" (older Exim: no router accepted an address at this domain)', source: ROUTE },
    { id: 'exim.restricted-characters', category: 'policy', phrases: ['restricted characters in address'], text: '550 Restricted characters in address (local part with @ % ! / | or a leading dot)', source: CONF },
    { id: 'exim.dnsbl-example', category: 'ip-blocklist', phrases: ['is in a black list at'], text: '550 rejected because 192.0.2.1 is in a black list at black.list.example\\n<dnslist_text> (dnslists example in the default configuration)', source: CONF },
    { id: 'exim.malware-example', category: 'virus', phrases: ['this message contains a virus'], text: '550 This message contains a virus (Eicar-Test-Signature). (malware example in acl_check_data)', source: CONF },

    // --- ACL framework (smtp_in.c smtp_handle_acl_fail, acl.c acl_verify) ---
    { id: 'exim.administrative-prohibition', category: 'policy', phrases: ['administrative prohibition'], text: '550 Administrative prohibition (an ACL denied without a message)', source: SMTP_IN },
    { id: 'exim.temporary-local-problem', category: 'remote-error', phrases: ['temporary local problem - please try later', 'temporary local problem'], text: '451 Temporary local problem - please try later (an ACL deferred or failed without details)', source: SMTP_IN },
    { id: 'exim.sender-verify-failed', category: 'sender-rejected', phrases: ['sender verify failed'], text: '550-Verification failed for <sender@example.com>\\n550-Unrouteable address\\n550 Sender verify failed', source: ACL },
    { id: 'exim.verification-failed-for', category: 'sender-rejected', phrases: ['verification failed for <'], text: '550-Verification failed for <sender@example.com> (first line of a sender verification failure)', source: SMTP_IN },
    { id: 'exim.sender-verify-defer', category: 'sender-rejected', phrases: ['could not complete sender verify'], text: '451 Could not complete sender verify / Could not complete sender verify callout', source: ACL },
    { id: 'exim.postmaster-verify', category: 'sender-rejected', phrases: ['postmaster verification failed while checking'], text: 'Postmaster verification failed while checking <sender@example.com> … This host does not accept mail from domains whose servers reject the postmaster address.', source: SMTP_IN },
    { id: 'exim.callback-setup-failed', category: 'sender-rejected', phrases: ['callback setup failed while verifying'], text: 'Callback setup failed while verifying <sender@example.com> … This host does not accept mail from domains whose servers refuse bounces.', source: SMTP_IN },
    { id: 'exim.no-verified-certificate', category: 'tls-required', phrases: ['no verified certificate'], text: '550 no verified certificate (verify = certificate)', source: ACL },

    // --- smtp_in.c built-in replies ---
    { id: 'exim.size', category: 'message-size', phrases: ['message size exceeds maximum permitted'], text: '552 Message size exceeds maximum permitted (message_size_limit, MAIL FROM SIZE=)', source: SMTP_IN },
    { id: 'exim.too-many-recipients', category: 'rate-limit', phrases: ['too many recipients'], text: '452 too many recipients (recipients_max; 552 with recipients_max_reject, 554 Too many recipients at DATA)', source: SMTP_IN },
    { id: 'exim.too-many-messages', category: 'rate-limit', phrases: ['too many messages in this connection'], text: '421 too many messages in this connection (smtp_accept_max_per_connection)', source: SMTP_IN },
    { id: 'exim.too-many-connections', category: 'rate-limit', phrases: ['too many concurrent smtp connections'], text: '421 mx.example.com: Too many concurrent SMTP connections; please try again later', source: SMTP_IN },
    { id: 'exim.too-much-load', category: 'remote-error', phrases: ['too much load; please try again later'], text: '421 mx.example.com: Too much load; please try again later', source: SMTP_IN },
    { id: 'exim.space-shortage', category: 'remote-error', phrases: ['space shortage, please try later'], text: '452 Space shortage, please try later', source: SMTP_IN },
    { id: 'exim.service-not-available', category: 'policy', phrases: ['smtp service not available'], text: '554 SMTP service not available (host_reject_connection, tcp wrappers)', source: SMTP_IN },
    { id: 'exim.sender-no-domain', category: 'sender-rejected', phrases: ['sender address must contain a domain'], text: '501 <sender>: sender address must contain a domain', source: SMTP_IN },
    { id: 'exim.recipient-no-domain', category: 'recipient-unknown', phrases: ['recipient address must contain a domain'], text: '501 <user>: recipient address must contain a domain', source: SMTP_IN },
    { id: 'exim.helo-mismatch', category: 'ptr', phrases: ['argument does not match calling host'], text: '550 HELO argument does not match calling host (helo_verify_hosts; 451 when the lookup failed)', source: SMTP_IN, variant: HELO_NAME },
    { id: 'exim.helo-invalid', variant: HELO_NAME, category: 'protocol', phrases: ['syntactically invalid helo', 'syntactically invalid ehlo'], text: '501 Syntactically invalid EHLO argument(s)', source: SMTP_IN },
    { id: 'exim.helo-required', category: 'protocol', phrases: ['helo or ehlo required'], text: '503 HELO or EHLO required', source: SMTP_IN },
    { id: 'exim.sequence', category: 'protocol', phrases: ['sender already given', 'sender not yet given'], text: '503 sender already given / 503 sender not yet given', source: SMTP_IN },
    // DATA after every recipient was refused: Exim repeats the refusal first ("503-All RCPT commands were rejected with
    // this error:" / "503-<the refusal>" / "503 Valid RCPT command must precede DATA"), and that refusal is the cause.
    { id: 'exim.no-valid-rcpt', category: 'protocol', symptom: true, phrases: ['valid rcpt command must precede', 'all rcpt commands were rejected'], text: '503-All RCPT commands were rejected with this error: 503-<the refusal> 503 Valid RCPT command must precede DATA', source: SMTP_IN },
    { id: 'exim.sync-error', category: 'protocol', phrases: ['smtp synchronization error'], text: '554 SMTP synchronization error (client sent commands before the server replied, without PIPELINING)', source: SMTP_IN },
    { id: 'exim.tls-unavailable', category: 'tls-required', phrases: ['tls currently unavailable'], text: '454 TLS currently unavailable', source: SMTP_IN },
    { id: 'exim.tls-security-failure', category: 'tls-required', phrases: ['554 security failure'], text: '554 Security failure (TLS negotiation failed; everything but QUIT is refused)', source: SMTP_IN },
    { id: 'exim.auth-incorrect', category: 'auth-required', status: '5.7.8', phrases: ['incorrect authentication data'], text: '535 Incorrect authentication data', source: SMTP_IN },
    { id: 'exim.auth-unavailable', category: 'auth-required', phrases: ['unable to authenticate at present'], text: '435 Unable to authenticate at present', source: SMTP_IN },

    // --- routers: texts in bounces ---
    { id: 'exim.mx-nonexistent', category: 'recipient-domain', phrases: ['all relevant mx records point to non-existent hosts'], text: 'all relevant MX records point to non-existent hosts', source: DNSLOOKUP },
    { id: 'exim.no-smtp-service', category: 'recipient-domain', phrases: ['indicated no smtp service'], text: 'an MX or SRV record indicated no SMTP service', source: DNSLOOKUP },
    { id: 'exim.domain-invalid', category: 'recipient-domain', phrases: ['is syntactically invalid'], text: 'mail domain "example..com" is syntactically invalid', source: DNSLOOKUP },
    { id: 'exim.host-lookup-incomplete', category: 'network', phrases: ['host lookup did not complete'], text: 'host lookup did not complete', source: DNSLOOKUP },

    // --- smtp transport and retry: texts in bounces and delay warnings ---
    { id: 'exim.retry-timeout', category: 'delivery-timeout', phrases: ['retry timeout exceeded'], text: 'retry timeout exceeded', source: RETRY },
    { id: 'exim.failing-long-time', category: 'delivery-timeout', phrases: ['have been failing for a long time'], text: "all hosts for 'example.com' have been failing for a long time (and retry time not reached)", source: DELIVER },
    { id: 'exim.failing-last-tried', category: 'delivery-timeout', phrases: ['were last tried after this message arrived'], text: 'all hosts have been failing for a long time and were last tried after this message arrived', source: SMTP_T },
    { id: 'exim.retry-long-failure', category: 'delivery-timeout', phrases: ['retry time not reached for any host after a long failure period'], text: 'retry time not reached for any host after a long failure period', source: SMTP_T },
    { id: 'exim.retry-not-reached', category: 'network', phrases: ['retry time not reached for any host'], text: 'retry time not reached for any host', source: SMTP_T },
    // The router's own retry: routing (the DNS lookups for the domain) failed before and its retry time has not come,
    // logged "== x@example.com routing defer (-51): retry time not reached" (ERRNO_RRETRY).
    { id: 'exim.routing-retry', category: 'network', phrases: ['routing defer'], text: 'routing defer (-51): retry time not reached', source: DELIVER },
    { id: 'exim.lookups-failed-permanently', category: 'recipient-domain', phrases: ['all host address lookups failed permanently'], text: 'all host address lookups failed permanently', source: SMTP_T },
    { id: 'exim.lookups-failed-temporarily', category: 'network', phrases: ['all host address lookups failed temporarily'], text: 'all host address lookups failed temporarily', source: SMTP_T },
    // The same transport's message when some of the hosts' addresses could not be looked up and the others wait for
    // their retry time (or its connection limit): what failed is the lookups, not a rate.
    { id: 'exim.some-lookups-failed', category: 'network', phrases: ['some host address lookups failed'], text: 'some host address lookups failed and retry time not reached for other hosts or connection limit reached', source: SMTP_T },
    { id: 'exim.smtp-timeout', category: 'network', phrases: ['smtp timeout after'], text: 'SMTP timeout after RCPT TO:<user@example.com>', source: SMTP_T },
    // (The log names the host between: "Remote host mx.example.com [192.0.2.1] closed connection in response to EHLO".)
    { id: 'exim.remote-closed', category: 'network', phrases: ['remote host closed connection', 'closed connection in response to'], text: 'Remote host closed connection in response to end of data (in the log: "Remote host mx.example.com [192.0.2.1] closed connection in response to EHLO sender.example"; or to MAIL FROM, RCPT TO, DATA)', source: SMTP_T },
    { id: 'exim.malformed-reply', category: 'remote-error', phrases: ['malformed smtp reply'], text: 'Malformed SMTP reply (an empty line) in response to RCPT TO', source: SMTP_T },
    { id: 'exim.tls-required', category: 'tls-required', phrases: ['a tls session is required'], text: 'a TLS session is required, but the server did not offer TLS support / but an attempt to start TLS failed (hosts_require_tls)', source: SMTP_T },
    { id: 'exim.loop', category: 'remote-error', phrases: ['suspected mail loop'], text: 'Too many "Received" headers - suspected mail loop', source: DELIVER },

    // --- local delivery (appendfile, pipe) ---
    { id: 'exim.mailbox-full', category: 'mailbox-full', phrases: ['mailbox is full', 'mta-imposed quota exceeded', 'quota exceeded while writing to'], text: 'mailbox is full (MTA-imposed quota exceeded while writing to mailbox /var/mail/user)', source: APPENDFILE },
    { id: 'exim.local-delivery-failed', category: 'remote-error', phrases: ['local delivery failed', 'delivery to file forbidden', 'delivery to pipe forbidden'], text: 'local delivery failed / delivery to file forbidden / delivery to pipe forbidden', source: DELIVER },
  ],
};
