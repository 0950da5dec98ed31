/**
 * General rules and tables added from what the development set showed the engine missing (test/diagnosis/dev/), each
 * resting on a definition or a program's own text rather than on one sample: the cue, alone in a reply, gives its
 * category.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../lib/diagnosis/classify';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { readPastedText } from '../../lib/engine/read';

const verdict = (reply: string) => classify({ reply, code: reply.match(/^\d{3}/)?.[0] ?? null, enhanced: reply.match(/\b[245]\.\d{1,3}\.\d{1,3}\b/)?.[0] ?? null });
const pasted = (text: string) => {
  const report = readPastedText(text, { documented: isDocumentedFailure });
  return report.isBounce ? (diagnoseReport(report)[0]?.category ?? 'none') : 'not a bounce';
};

describe('general rules', () => {
  it.each([
    ['550 bodyhash_mismatch', 'dkim'],
    ['550 5.7.1 DKIM: body hash did not verify', 'dkim'],
    ['550 5.7.0 Messages from 192.0.2.1 on behalf of example.com could not be delivered due to domain owner policy restrictions.', 'dmarc'],
    ['450 4.2.0 <pat@example.org>: Recipient address rejected: Delayed by postgrey', 'greylisting'],
    ['550 The destination mail system rejected your return address', 'sender-rejected'],
    ['554 No relaying allowed', 'relay-denied'],
    // RFC 3463 X.3.2 is a passing state of the receiving system, unless the code is RFC 7504's "accepts no mail".
    ['421 4.3.2 System not accepting network messages', 'remote-error'],
    ['521 5.3.2 <pat@example.org>: Recipient address rejected: System not accepting network messages', 'recipient-domain'],
    // Sendmail's relay refusal where AUTH is offered (cf/m4/proto.m4): logging in is the fix.
    ['550 5.7.1 <kim@dest.example>... Relaying denied. Proper authentication required.', 'auth-required'],
    ['550 5.7.1 <kim@dest.example>... Relaying denied', 'relay-denied'],
    // The sending IP said to be blocked: the receiver's own list, unless a cause is named beside it.
    ['550 Access from ip address 192.0.2.200 blocked.', 'ip-blocklist'],
    ['554 This IP [192.0.2.7] is blocked', 'ip-blocklist'],
    ['554 Your IP has been temporarily blocked for sending too many messages', 'rate-limit'],
    // A spam filter named as the one that refused, and its score over the limit.
    ['554 5.7.1 rejected by rspamd filter', 'spam'],
    ['554 this mail is rejected by antispam system', 'spam'],
    ['554 5.7.1 filter score exceeds maximum', 'spam'],
    // The refusal said of the relay service or request, or of the recipient as a relay target.
    ['554 <mx.dest.example> Relay Service denied for IP 192.0.2.54, closing transmission channel', 'relay-denied'],
    ['550 5.7.1 This is not an accepted relay target', 'relay-denied'],
    // A refusal to relay said as forwarding (RFC 2034 §4's example reply).
    ['551-5.7.1 Forwarding to remote hosts disabled\n551 5.7.1 Select another host to act as your forwarder', 'relay-denied'],
    // Headers with characters outside ASCII (RFC 5322 §2.2), and Exchange Online's bare line feeds (5.6.11) by its
    // words and by the name of its SMTP send error.
    ['550 5.7.1 Content-Policy reject msg: Message headers can not have 8-bit non-ASCII characters in it; Use MIME encodings if such are needed!', 'message-format'],
    ['Your message contains invalid characters (bare line feed characters) which the email servers at dest.example don\'t support.', 'message-format'],
    ['SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA', 'message-format'],
    // The TLS negotiation said not to have started, whatever the status beside it says of the server.
    ['454 4.3.5 unable to start TLS: no certificate configured', 'tls-required'],
    ['421 4.7.0 Failed to negotiate TLS with the client', 'tls-required'],
    // A connection named by its TLS that could not be made is the TLS negotiation failing, not the network.
    ['upstream error: Failed to connect to mx.dest.example using TLS: failed to establish a TLS connection', 'tls-required'],
    ['554 Message rejected: Stream is more than 10485760 bytes long.', 'message-size'],
    // The limit said with its article and what is limited; a mailbox's size is its quota.
    ['The message exceeds the maximum supported size.', 'message-size'],
    ['554 Your message exceeded the allowed attachment size', 'message-size'],
    ['552 Message exceeds the maximum mailbox size for this user', 'mailbox-full'],
    // A 421 that says the server refused (not that it is unavailable) is a refusal. RFC 5321's own 421 text says the
    // receiving server was reached and its service is not available (§4.2.3): the receiving system's failure, not the
    // network's. With a status of the network subject (X.4: "4.4.0 … could not be reached") the status says which.
    ['421 Blocked (AB12). See https://www.dest.example/blocked/', 'policy'],
    ['421 Access denied', 'policy'],
    ['421 mx.dest.example Service not available, closing transmission channel', 'remote-error'],
    ['421 4.4.1 Connection timed out', 'network'],
    // A 421 and an X.3 status say the service failed once between them: a cause in the words still decides.
    ['421 4.3.2 The maximum number of concurrent connections has exceeded a limit, closing transmission channel', 'rate-limit'],
    // An enhanced status of another subject refines a basic code that names a cause (RFC 3463 §2): 454's TLS and 502's
    // command give way to the mail system's X.3 and security's X.7.
    ['454 4.3.0 Try again later', 'remote-error'],
    ['502 5.7.0 Your SMTP account is not yet activated', 'policy'],
    ['454 4.7.0 TLS not available due to local problem', 'tls-required'],
    // Yahoo's PH code is a content block; the same sentence after another tag is not.
    ['554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes', 'virus'],
    ['554 Message not allowed – UP Email not accepted for policy reasons.', 'policy'],
    // The clause after "not allowed to send:" names the cause, as after "rejected:".
    ['421 Domain mail.example.org is not allowed to send: message limit reached', 'rate-limit'],
    // A limit of mail per unit of time, said as how many may be sent.
    ["421 Some messages weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day.", 'rate-limit'],
    ['550 Date header far in the past/future.', 'message-format'],
    ['500 These attachments are not allowed', 'content-policy'],
    ['550 5.1.0 Address rejected pat@example.org', 'recipient-unknown'],
    // A domain with no mail server at all, or a named domain not found.
    ['550 No valid MX hosts found for exampel.com', 'recipient-domain'],
    ['The domain exampel.com has no mail servers', 'recipient-domain'],
    ['DNS: domain exampel.com not found', 'recipient-domain'],
    // RFC 3463 X.1.2: an invalid or unknown destination domain is the recipient's domain, whatever the status says.
    ['5.1.1 piWs1j0010 invalid destination domain', 'recipient-domain'],
    // A domain name that cannot be found is the domain; an address that cannot be found is the address.
    ["Your message to bob@exampel.com couldn't be delivered. exampel.com couldn't be found.", 'recipient-domain'],
    ["550 The address bob@example.com couldn't be found", 'recipient-unknown'],
    // A disabled or suspended state with a word of time between.
    ['550 This mailbox is now disabled', 'mailbox-disabled'],
    ['550 Account has been temporarily suspended', 'mailbox-disabled'],
    ['554 Outgoing mail from example.com has been temporarily suspended', 'sender-rejected'],
    // Disabled or suspended is the mailbox's state only when said of the mailbox, account, user or address; "your
    // account" in a bounce is the sender's; a local mailbox that failed is a delivery error, not a missing address.
    ['550 5.7.1 Relaying is disabled for this client', 'relay-denied'],
    ['530 5.7.0 Plaintext is disabled; STARTTLS required', 'tls-required'],
    ['550 User pat@example.org is disabled', 'mailbox-disabled'],
    ['550 5.2.1 The email account that you tried to reach is disabled.', 'mailbox-disabled'],
    ['550 Outgoing mail from "example.com" has been suspended.', 'sender-rejected'],
    ['550 5.7.1 Your account has been suspended for sending spam', 'sender-rejected'],
    ['451 4.3.0 Delivery to local mailbox failed: disk I/O error', 'remote-error'],
    // An address that is not valid, a mailbox the server could not find, a deactivated mailbox — pasted alone too.
    ['pat@example.org is not a valid email address.', 'recipient-unknown'],
    ["Sorry, I couldn't find any mailbox for pat@example.org.", 'recipient-unknown'],
    ['The mailbox you tried to reach has been deactivated.', 'mailbox-disabled'],
    // The recipient side says who may write: only some senders, only the list's members, not you.
    ['Your email was not delivered because the recipient only accepts mail from contacts.', 'recipient-policy'],
    ['Only members can post to this mailing list.', 'recipient-policy'],
    ['This person has chosen not to receive mail from you.', 'recipient-policy'],
    // The time a delivery was given, spent.
    ['Delivery failed after 72 hours of retries', 'delivery-timeout'],
    // A list word after an e-mail address is a refusal of that address; after an IP, of the IP.
    ['550 5.7.1 Sender address is on our blocklist', 'sender-rejected'],
    ['550 5.7.1 Your IP address is on our blocklist', 'ip-blocklist'],
    // An inactive or blocked user, account or mailbox is disabled; RFC 5321's generic 550 text quoted by a provider's
    // table gives way to the reason beside it.
    ['550 5.1.1 <pat@example.org>: Recipient address rejected: inactive user', 'mailbox-disabled'],
    ['550 Account blocked due to inactivity', 'mailbox-disabled'],
    ['550 Requested action not taken: mailbox unavailable (account closed)', 'mailbox-disabled'],
    ['550 Requested action not taken: mailbox unavailable', 'recipient-unknown'],
    // The words that name a part or a party ("Temporarily rejected", "sender domain", an exception's name) give way to
    // the words that name the cause.
    ['451 4.7.1 Temporarily rejected. Greylisted, please try again in 5 minutes', 'greylisting'],
    ['550 5.7.1 Message rejected: sender domain does not pass SPF', 'spf'],
    ['553 Sender domain has no MX record', 'sender-rejected'],
    // One generic word does not decide: "improper" is about a format only when it says so; a score is spam's only
    // when it is the message's, and the sender's score is its reputation.
    ['550 5.6.0 Improperly formatted message header', 'message-format'],
    ['550 SPAM score (8.1) exceeded threshold', 'spam'],
    ['554 Message classified as bulk', 'spam'],
    ['554 5.7.1 Your sender score is too low', 'reputation'],
    // Locked, frozen, terminated or gone, said of the mailbox, account, user or address — not of anything else.
    ['550 5.7.1 Recipient address rejected: User pat@example.org temporary locked. Please try again later!', 'mailbox-disabled'],
    ['550 Mailbox is frozen.', 'mailbox-disabled'],
    ['550 5.1.6 recipient no longer on server: pat@example.org', 'mailbox-disabled'],
    ['554 5.7.0 This server no longer accepts TLS 1.0 connections', 'tls-required'],
    ['550 Message terminated: spam score too high', 'spam'],
    // The recipient's server is not the recipient: what its filter refused, or found missing, decides.
    ["550 The mailbox does not exist on the recipient's server", 'recipient-unknown'],
    ["550 The message was rejected by the spam filter on the recipient's server", 'spam'],
    // Nor are the recipient's rules about what a message may carry: the words after them say which (Mimecast's
    // "Message rejected by the recipient's attachment policy"); the recipient's own filter stays the recipient's.
    ["550 Message rejected by the recipient's attachment policy", 'content-policy'],
    ["550 Message refused by the recipient's anti-virus policy", 'virus'],
    ["550 Message rejected by recipient's filter", 'recipient-policy'],
    // Recipient verification failed, with what it was checked against between, or said the other way round.
    ['554 5.7.1 recipient verify from ldap failed', 'recipient-unknown'],
    ['550 5.1.1 <pat@example.org>: Recipient address rejected: Failed recipient validation check', 'recipient-unknown'],
    // RFC 3463 X.1.1's "bad destination mailbox address" said as the recipient's address being wrong.
    ['550 Recipient email address is incorrect', 'recipient-unknown'],
    ["550 The recipient's address is wrong", 'recipient-unknown'],
    // RFC 3463 X.1.6: the mailbox (address, user) has moved; a filter that "has moved" an attachment says nothing of it.
    ['550 5.1.6 Recipient address rejected: Destination mailbox has moved, no forwarding address', 'mailbox-disabled'],
    ['Action on virus found: the attachment matched file blocking settings. ScanMail has moved it to quarantine.', 'virus'],
    // The sender's own sending, suspended or disabled, is the sender's account — not the recipient's mailbox.
    ['550 message sending for this account is disabled', 'sender-rejected'],
    ['554 Outbound email for this user has been suspended', 'sender-rejected'],
    ['550 5.2.1 This account is disabled', 'mailbox-disabled'],
    // An IP address resolves only through its PTR record.
    ['550 Your IP 192.0.2.4 does not resolve', 'ptr'],
    ['550 5.7.1 The sending IP does not have a valid hostname (FCrDNS check failed)', 'ptr'],
    ['501 5.7.1 <pat@example.org>... Sender IP must resolve', 'ptr'],
    // "Does not exist" in the spellings of writers whose English is not native; a domain's subject still makes it the domain.
    ['550 User doesnt exist here', 'recipient-unknown'],
    ["local server don't exists that user", 'recipient-unknown'],
    ["550 Domain example.org don't exists", 'recipient-domain'],
    ['550 5.7.520 Message blocked because it contains content identified as spam. AS(4810)', 'spam'],
    // The mechanism named alone is the mechanism that failed.
    ['550 SPF test returned fail', 'spf'],
    // RFC 5321's own example of a 450: a busy mailbox is the receiving side, for now.
    ['450 Fail, Box is busy', 'remote-error'],
    // The size limit of a mailbox, an account or a domain is its quota; of a message, the message's size.
    ['452 4.2.2 Account size limit exceeded', 'mailbox-full'],
    ['Reason: The domain size limit has been exceeded', 'mailbox-full'],
    ['552 5.3.4 Message size limit exceeded', 'message-size'],
    // Dynamically assigned address space is refused because it is on a list of such space (Spamhaus PBL, a
    // provider's own), not for what the IP has sent.
    ['554 IP=192.0.2.7 - Dialup/transient IP not allowed. Use a mailgateway', 'ip-blocklist'],
    ['550 5.7.1 Mail from dynamic IP addresses is not accepted', 'ip-blocklist'],
    ['421 Your residential IP may not connect directly; relay through your provider', 'ip-blocklist'],
    // A sending rate over its limit, whoever words it.
    ['Domain example.com has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.', 'rate-limit'],
    ['451 You reached the limit of 300 per day, try tomorrow', 'rate-limit'],
    ['550 You have reached your daily limit for outgoing messages', 'rate-limit'],
    ['421 4.7.0 Temporarily deferred: sending rate exceeds the allowed limit', 'rate-limit'],
    ['550 5.7.1 Message rejected: maximum number of recipients per message exceeded', 'rate-limit'],
    ['450 4.7.1 Sending rate exceeded, try again later', 'rate-limit'],
    // RFC 5321's recipient limit by name, after a symptom ("not allowed to send").
    ['421 Domain shop.example is not allowed to send: recipient limit exceeded, try again later', 'rate-limit'],
    // Sending said to be too frequent, and the sender's own account out of its quota of mail.
    ['421 You are sending too frequently, please try again later', 'rate-limit'],
    ['450 Your account reached its email quota limit. Contact support to increase it.', 'rate-limit'],
    // A count or quota per day or hour over its limit, whatever it counts (not a mailbox's storage quota).
    ['554 Outgoing blocked: Daily Recipient Count Exceeds Limit', 'rate-limit'],
    ['Reason: Daily Mail Size Quota Exceeds Limit [Total Mail Size=512,000]', 'rate-limit'],
    ['452 4.5.3 Hourly message total reached, try again later', 'rate-limit'],
    // …while a mailbox's storage quota stays the recipient's full mailbox.
    ['552 5.2.2 The recipient account has exceeded its storage quota', 'mailbox-full'],
    // A group or list that lets only some senders write to it, however the refusal is worded.
    ['550 5.7.1 You are not allowed to send to this group', 'recipient-policy'],
    ['553 You are not authorized to send mail to the staff list', 'recipient-policy'],
    // The HELO name's form (RFC 5321 §4.1.1.1), however the server words it.
    ['550 5.5.2 EHLO argument must be a fully-qualified domain name', 'ptr'],
    ['550 5.7.1 DMARC failure for domain example.com, policy reject', 'dmarc'],
    // A mail loop is the receiving side's routing misconfigured, not a failure to reach it.
    ['554 5.4.0 Error: too many hops', 'remote-error'],
    ['554 5.4.6 Message exceeded 50 hops, this may indicate an email loop.', 'remote-error'],
    ['550 4.4.6 loop', 'remote-error'],
    // The reply's words beat a basic code of the same weight.
    ['551 5.9.9 Spam message discarded', 'spam'],
    ['550 5.1.1 Suspended user', 'mailbox-disabled'],
  ])('%s → %s', (reply, category) => {
    expect(verdict(reply).category).toBe(category);
  });

  it.each([
    // A failed name lookup however it is worded, not the code's "local error" (451).
    ['451 4.4.0 DNS resolving error', 'network'],
    ['451 Name server timeout', 'network'],
    ['host map: lookup (example.com): deferred', 'network'],
    // "reverse DNS lookup failed" is the sending IP's PTR, not a failure to reach the recipient.
    ['450 4.7.1 Client host rejected: reverse DNS lookup failed for 192.0.2.1', 'ptr'],
    // A failed connection said without why is a symptom: the reason given beside it decides.
    ["Reason: Failed to connect to the recipients mail server. No MX records were found for the 'example.com' domain.", 'recipient-domain'],
    ['Connection closed by remote host', 'network'],
    ['Could not establish a connection to the remote mail server', 'network'],
    // Gmail's older notice, where its own DNS lookup found no record for the domain.
    ['DNS Error: DNS server returned answer with no data', 'recipient-domain'],
    // A broken header, however it is worded.
    ['554 Transaction failed: Illegal header format', 'message-format'],
    ['550 Subject contains invalid characters', 'message-format'],
    ["X-Amavis-Alert: BAD HEADER SECTION, Non-encoded 8-bit data (char C3 hex): To:", 'message-format'],
    // 501 refuses a parameter: named as the sender's address, it is the sender address that was refused.
    ['Expected response code 250 but got code "501", with message "501 mail from address must be same as authorization user"', 'sender-rejected'],
    // STARTTLS again under TLS (RFC 2595 §4's reply): a sequence error, not a TLS requirement.
    ['454 Command not permitted when TLS active', 'protocol'],
    // A positive reply where the client expected another: the two sides were out of step (RFC 5321 §4.3.2).
    ['Swift_TransportException: Expected response code 250 but got code "235", with message "235 2.7.0 Authentication successful"', 'protocol'],
    ['501 Syntax error in parameters or arguments', 'protocol'],
    // The recipient as the one who refuses is recipient-policy; the recipient's server or domain is not the recipient.
    ["Message rejected by recipient's filter", 'recipient-policy'],
    ['550 5.7.1 Recipient does not accept mail from this sender', 'recipient-policy'],
    ["550 You are registered as spammer (by user's reject list)", 'recipient-policy'],
    ['556 5.1.10 Domain example.com does not accept mail', 'recipient-domain'],
    // The sending server gave up, in other words than the MTAs' own.
    ['The server has tried to deliver this message, without success, and has stopped trying.', 'delivery-timeout'],
    ["Delivery has failed to these recipients or groups: pat@example.org The message couldn't be delivered in the time allowed.", 'delivery-timeout'],
    // A count of mail per unit of time is a rate limit; a mailbox's storage limit is a full mailbox.
    ['554 5.7.0 Your account has exceeded the maximum number of messages per day', 'rate-limit'],
    ["The user's mailbox has reached its storage limit", 'mailbox-full'],
    ['550 Account inactive', 'mailbox-disabled'],
    ['550 User account is expired', 'mailbox-disabled'],
    // The server's own verdict on the domain (X.1.2), sent in the 4 class so that the sender may retry, is the domain;
    // a lookup that failed for now is the network.
    ['450 4.1.2 <pat@example.invalid>: Recipient address rejected: Domain not found', 'recipient-domain'],
    ['Host or domain name not found. Name service error for name=example.com type=MX: Host not found, try again', 'network'],
    ["The recipient's e-mail address was not found in the recipient's e-mail system.", 'recipient-unknown'],
    ['Timeout connecting to server', 'network'],
    ['550 Missing Date header', 'message-format'],
    ["550 5.7.1 'From' header is missing.", 'message-format'],
    ['550 Message has invalid encoding', 'message-format'],
    // What timed out decides: the delivery itself, or something of the connection.
    ['Message delivery has timed out', 'delivery-timeout'],
    // The client libraries' own exceptions for a server gone away, not reached in time, or a name that did not resolve.
    ['smtplib.SMTPServerDisconnected: Connection unexpectedly closed', 'network'],
    ['Net::OpenTimeout: execution expired', 'network'],
    // Go's net.ErrClosed and crypto/x509's verification errors.
    ['read tcp 192.0.2.2:54120->192.0.2.1:25: use of closed network connection', 'network'],
    ['smtp error: x509: certificate signed by unknown authority', 'tls-required'],
    // OpenSSL's handshake and verify reasons, as Python, PHP and Node print them.
    ['ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1000)', 'tls-required'],
    ['stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages: error:0A00018A:SSL routines::dh key too small', 'tls-required'],
    ['Error: unable to get local issuer certificate', 'tls-required'],
    ['time="2021-04-10T10:15:53Z" level=error msg="failed to send email" err="x509: certificate relies on legacy Common Name field, use SANs instead"', 'tls-required'],
    ['java.net.UnknownHostException: smtp.example.com', 'network'],
    ["System.Net.WebException: The remote name could not be resolved: 'smtp.example.com'", 'network'],
    ['System.IO.IOException: Unable to read data from the transport connection: net_io_connectionclosed.', 'network'],
    // A mailbox past its limit is full; a header section that fails its checks is the message's format.
    ["552 The recipient's mailbox has exceeded its limit", 'mailbox-full'],
    ['452 Quota full, try again later', 'mailbox-full'],
    ['554 5.7.0 Your account has exceeded its sending limit', 'rate-limit'],
    ['550 5.7.1 Message headers fail syntax check', 'message-format'],
    ['550 Message has a duplicate Subject header', 'message-format'],
    ['550 Message is not properly formatted', 'message-format'],
    ["550 MIME message is missing 'From' header", 'message-format'],
    ['550 The from address does not match a verified Sender Identity.', 'sender-rejected'],
    // A line past the length limit (RFC 5321 §4.5.3.1.6) is the message's format, even said to be "a protocol error".
    ['550 Message contains a line longer than 998 characters', 'message-format'],
    ['554 Rejected due to a protocol error: line longer than 1000 bytes', 'message-format'],
    // A header field more often than RFC 5322 §3.6 allows, however it is worded; a loop's count of Received headers is not.
    ['554 5.6.0 Message has more than one Subject header', 'message-format'],
    ['550 Only one Date: header is allowed per message', 'message-format'],
    ['553 5.7.1 Multiple mailboxes in the Sender field are not allowed', 'message-format'],
    ['500 Protocol error', 'protocol'],
    // A quota or limit of mail sent is a rate; a file type the receiver forbids is its content policy.
    ['sending quota exceeded', 'rate-limit'],
    ['451 4.7.0 You have exceeded the allowed number of messages per connection', 'rate-limit'],
    ['421 4.4.2 Message submission rate for this client has exceeded the configured limit', 'rate-limit'],
    ['471 4.7.1 <pat@example.org>: The limits for your account are exceeded. Please try again later.', 'rate-limit'],
    ['552 MS-Office file containing VBA macros found inside of the email', 'content-policy'],
    ['550 5.7.1 Recipient address rejected: Inactive mailbox', 'mailbox-disabled'],
    ['554 delivery error: pat@example.com is no longer valid.', 'mailbox-disabled'],
    // RFC 5321 §4.5.3.1.10's own examples of a limit exceeded (docomo's "552 Too much mail data" for a full mailbox
    // holds where docomo answered: test/diagnosis/replies.ts).
    ['552 Too much mail data.', 'message-size'],
    ['501 Path too long', 'protocol'],
    ['554 5.7.1 <DATA>: Data command rejected: limit of 400 rcpts per 24 hours for client pat@example.org reached', 'rate-limit'],
    ['554 5.7.1 Matched map: FORBIDDEN_FILE_EXTENSION', 'content-policy'],
    // amavisd-new's log line and its notice to the sender.
    ['Blocked INFECTED (Eicar-Test-Signature) {DiscardedInbound,Quarantined}, [192.0.2.1]:48820 ESMTP', 'virus'],
    ['BANNED CONTENTS ALERT\n\nOur content checker found\n    banned name: application/octet-stream,.exe,setup.exe\nin email presumably from you <pat@example.org>', 'content-policy'],
    ['Attachment blocked. Only PDF is allowed.', 'content-policy'],
    // The envelope sender must be the address the client logged in as.
    ['553 Mail from must equal authorized user', 'sender-rejected'],
    // …said as a mismatch, in either order (addresses with their dots inside the sentence).
    ['550 5.7.1 Sender address pat@example.org does not match the authenticated user', 'sender-rejected'],
    ["550 5.7.1 Username kim@example.org and sender pat@example.org doesn't match", 'sender-rejected'],
    // …or by the noun Postfix names the check by (reject_sender_login_mismatch).
    ['553 5.7.1 Envelope sender mismatch with the authenticated login', 'sender-rejected'],
    ['550 Sender login mismatch for pat@example.org', 'sender-rejected'],
    ["You can't send a message on behalf of this user unless you have permission to do so.", 'sender-rejected'],
    ['550 5.7.1 User pat@example.org not authorized to send on behalf of <kim@example.org>', 'sender-rejected'],
    ['550 5.0.0 Mail originating from that domain is not welcome here', 'sender-rejected'],
    ['554 Messages from your domain are blocked', 'sender-rejected'],
    // RFC 5321's "forward-path" written without its hyphen (Trend Micro IMSS's relay refusal); Mimecast's greylisting
    // reply as its servers word it.
    ['550 Domain of forward path is not allowed', 'relay-denied'],
    // A domain said not to be here: this server is not its destination (not that it does not exist).
    ['550 No such domain at this location', 'relay-denied'],
    ['550 5.1.2 No such domain', 'recipient-domain'],
    ['451 Internal resource is temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451', 'greylisting'],
    // Exchange's SendAsDenied (its API's name for "Client does not have permission to send as this sender"), and the
    // throttling that follows repeated ones (5.2.252): the fix is the Send As permission.
    ['554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception', 'sender-rejected'],
    ['554 5.2.252 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied', 'sender-rejected'],
    // The refusal's name alone, and 5.2.252 in German: throttled for Send As refusals, which the permission fixes.
    ['554 5.2.252 SendAsDenied; pat@shop.example not allowed to send as kim@shop.example.', 'sender-rejected'],
    ['550 5.2.252 Der Absender wurde aufgrund fortlaufender Fehler „Senden als verweigert“ gedrosselt.', 'sender-rejected'],
    // Outlook's NDR for a shared mailbox it has Full Access to but may not send as (Microsoft's troubleshooting page).
    ['This message could not be sent. Try sending the message again later, or contact your network administrator. You do not have the permission to send the message on behalf of the specified user. Error is [0x80070005-0x0004dc-0x000524].', 'sender-rejected'],
    // A mailbox closed for long inactivity; a session closed for inactivity is not one.
    ['Due to extended inactivity new mail is not currently being accepted for this mailbox.', 'mailbox-disabled'],
    ['421 4.4.2 mx.example.org Error: timeout exceeded, closing connection due to inactivity', 'network'],
    // A domain with no MX record; mail servers that exist but could not be reached are the network.
    ['No mx record found for domain=example.com', 'recipient-domain'],
    // Non-static is dynamic address space; the resolver's and the connection's own failures are the network.
    ['553 Sorry, you seem to be a non-static-ip server', 'ip-blocklist'],
    // The HELO argument must be a fully-qualified name (RFC 5321 §4.1.1.1).
    ['550 5.7.0 HELO argument [localhost.localdomain] is malformed.', 'ptr'],
    ['504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname', 'ptr'],
    ['Temporary failure of hostname lookup', 'network'],
    ['Read/Write error over network connection', 'network'],
    ['Error in curl_fetch_memory(smtp_server, handle = h) : Timeout was reached: [smtp.example.com:587] server response timeout', 'network'],
    ['Message was not delivered successfully to SMTP server. Error: Timeout::Error (execution expired)', 'network'],
    // The delay warnings of Sendmail and Exim, with no cause: the delivery is running out of time.
    ['Warning: could not send message for past 4 hours', 'delivery-timeout'],
    ['Warning: message 1abcDe-0007Z0-00 delayed 24 hours', 'delivery-timeout'],
    // The MIME standards and a missing header named with two words.
    ['550 MIME boundary length exceeded (see RFC 2046).', 'message-format'],
    ['550-5.7.1 Messages missing a valid messageId header are not accepted.', 'message-format'],
    // A URL, link or domain of the message said to be blocked, listed or bad is a URI listing, over a bare "spam" beside it.
    ['554 5.7.1 Message rejected because it contains a blocked URL', 'domain-blocklist'],
    ['550 Spam message rejected: URL is blacklisted', 'domain-blocklist'],
    ['550 Message rejected: contains links to known spam sites', 'domain-blocklist'],
    ['554 5.7.1 Blocked because the message contains a listed domain: example.com', 'domain-blocklist'],
    ['550 5.7.1 Message rejected as spam', 'spam'],
    // Node's and c-ares' error codes; connections never established; a timeout while reading; qmail's status suffix.
    ['Error: read ECONNRESET', 'network'],
    ['Error: queryA EREFUSED smtp.example.com', 'network'],
    ['A stable connection to the server could not be established', 'network'],
    ['Connection could not be established with host mx.example.org :stream_socket_client(): unable to connect', 'network'],
    ['email: FATAL: Smtp error: Timeout(10) while trying to read from SMTP server', 'network'],
    ["Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)", 'network'],
    // Give-up and delay notices in other words; Exchange's recipient and connection limits; Exim's synchronization error.
    ['Maximum number of delivery attempts (18) has been reached.', 'delivery-timeout'],
    ['Die Zustellung an folgende Empfänger oder Verteilerlisten wurde verzögert', 'delivery-timeout'],
    ['The e-mail system limits the number of recipients that can be addressed in a single message. Please send your message again, but to fewer recipients.', 'rate-limit'],
    ['421 4.3.2 The maximum number of concurrent connections per resource forest has exceeded a limit, closing transmission channel', 'rate-limit'],
    ['SMTP protocol synchronization error (input sent without waiting for greeting): rejected connection', 'protocol'],
    ['Sorry, the host named example.com does not have any MX records, and delivery without MX records is not enabled', 'recipient-domain'],
    ["Réponse du serveur : '550 <pat@example.org>... Relais refusé', Port : 25", 'relay-denied'],
    // Mail clients' own words for a server they could not reach, find or keep talking to.
    ['Sending of the message failed. The message could not be sent because the connection to SMTP server smtp.example.com timed out. Try again.', 'network'],
    ['The message could not be sent because connecting to SMTP server smtp.example.com failed. The server may be unavailable or is refusing SMTP connections.', 'network'],
    ['Your server has unexpectedly terminated the connection. Possible causes for this include server problems, network problems, or a long period of inactivity. Error Number: 0x800CCC0F', 'network'],
    ['Message delivery failed: unable to reach destination mail server', 'network'],
    ['An unknown error occurred while sending mail. The SMTP server is not responding.', 'network'],
    ['Server not found: mx.example.org', 'network'],
    ['The connection to the server was lost', 'network'],
    // Mailman's reasons for holding a post for the moderator; a message line over the limit.
    ['Reason: Post to moderated list', 'recipient-policy'],
    ['Is being held until the list moderator can review it for approval. The reason it is being held: Post by non-member to a members-only list', 'recipient-policy'],
    ['Error Code=message line is too long', 'message-format'],
    // The envelope sender called unknown, invalid or false.
    ['Requested mail action not taken: Fake sender', 'sender-rejected'],
    ['553 5.1.8 Unknown sender domain', 'sender-rejected'],
    // The spam filters by name; the TLS requirement in plain words; a name that does not match the connecting IP.
    ['554 5.7.1 Message refused: SpamAssassin score 12.3 exceeds threshold', 'spam'],
    ['550 5.7.1 Insecure connection refused; this server requires a secure (encrypted) connection', 'tls-required'],
    ['550 5.7.1 Connection refused: no rDNS for 192.0.2.1', 'ptr'],
    ['550 5.7.1 Sending server hostname does not match its IP address', 'ptr'],
    ['550 Hostname mail.example.com does not match IP 192.0.2.1', 'ptr'],
    // A count per session, a maximum number of connections passed, a limit per client: rates and concurrency limits.
    ['421 Closing connection: maximum message count per session reached', 'rate-limit'],
    ['451 4.7.1 Host 198.51.100.9 has exceeded the maximum number of connections', 'rate-limit'],
    ['421 4.7.0 Login failures per IP limit exceeded, try again later', 'rate-limit'],
    // An envelope sender the logged-in account does not hold (RFC 6409 §6.1).
    ['553 5.7.0 Sender address is not one of your own addresses', 'sender-rejected'],
    // A recipient that takes mail from some senders only, said in the progressive.
    ['554 5.7.1 Your mail could not be delivered because the recipient is only accepting mail from specific email addresses.', 'recipient-policy'],
    // RFC 4954 §6: a temporary authentication failure is the server's, not the credentials'.
    ['535 5.7.8 Authentication credentials invalid', 'auth-required'],
    // The AUTH command's own name for a failed login, whatever status the server put beside it.
    ['553 5.3.0 Auth failure', 'auth-required'],
    // RFC 4954's 535 in a mail program's words, the account named in quotes or the password "you entered".
    ['The user name or password for "SMTP:pat@shop.example@smtp.shop.example" is incorrect.', 'auth-required'],
    ['SMTP Error: The username or password you entered is incorrect.', 'auth-required'],
    // Said of the user the client logs in as, even after a wrapper's words about the mailbox.
    ['Mailbox unavailable. The server response was: 5.7.3 Requested action aborted; user not authenticated', 'auth-required'],
    // A server that "does not accept mail without" something refuses the message, not the domain (RFC 7504's "does not
    // accept mail" stands alone).
    ['550 This message has 8-bit content, but does not have the required MIME headers. Sorry, this mail server does not accept mail without the required MIME headers. See RFC 2045 for more information.', 'message-format'],
    // A domain whose MX the sender could not find (RFC 5321 §5.1), however the program words it.
    ['Unable to find MX of domain example.org', 'recipient-domain'],
    ['Diagnostic-Code: error; NoMxHostFoundException: null', 'recipient-domain'],
    // A header's format error said after the header's name.
    ['553 5.0.0 Message-Id header line format error', 'message-format'],
    // RFC 7208 §9.1's comment for the neutral result, quoted by a receiver that refuses on it.
    ['554 5.7.1 example.net suggested we reject your email: 192.0.2.120 is neither permitted nor denied by domain of pat@example.org', 'spf'],
    // RFC 2045: text in 8-bit characters labelled with the wrong (or no) charset and transfer encoding.
    ['550 5.7.1 Content-Policy reject msg: Wrong MIME labeling on 8-bit character texts.', 'message-format'],
    ['454 4.7.0 Temporary authentication failure: generic failure', 'remote-error'],
    // A sending domain the account has not added or verified.
    ['550 5.7.1 Sending domain example.org is not associated with your account', 'sender-rejected'],
    // Validity's score, written as one word as in its domain.
    ['554 5.7.1 Rejected: your Senderscore is too low', 'reputation'],
    // The HELO itself refused, or a real name asked for in it (RFC 5321 §4.1.1.1).
    ['554 HELO/EHLO rejected', 'ptr'],
    // Exim answering DATA after every recipient was refused: the refusal it repeats is the cause.
    ['503-All RCPT commands were rejected with this error:\n503-R1: HELO should be a FQDN or address literal (See RFC 2821 4.1.1.1)\n503 Valid RCPT command must precede DATA', 'ptr'],
    ['503 Valid RCPT command must precede DATA', 'protocol'],
    ['550 Please use your real hostname when saying HELO (not WORKSTATION-7)', 'ptr'],
    // SPF's own terms: the domain authorizes the servers that send for it.
    ["You're mail was rejected because you are not using a server that is authorized to send mail from your domain.", 'spf'],
    ['550 5.7.1 Sending IP 192.0.2.1 is not authorized to send mail on behalf of the example.com domain', 'spf'],
    // A syntax error in a header is the message's format; in a command it is the SMTP conversation.
    ["Fehler bei der SMTP-Kommunikation mit dem E-Mail-Server des Empfängers. '550 syntax error in rfc822 header'", 'message-format'],
    ['550 5.6.0 Syntax error in From header', 'message-format'],
    ['500 5.5.2 Syntax error, command unrecognized', 'protocol'],
    // Banned, like the other list words: an IP by default, a domain or an address when the words before say so.
    ['The sender 198.51.100.7 is banned', 'ip-blocklist'],
    ['550 Your IP xxx.xxx.xxx.xxx is blacklisted', 'ip-blocklist'],
    // …or said to be in one: the list, not the address's reputation, is the cause.
    ['550 Connection rejected. Your IP 192.0.2.7 is in RBL. Please see https://lists.example/check', 'ip-blocklist'],
    // A user past their own quota is a full mailbox; a sender past theirs is sending too much.
    ['552 User has exceeded their quota', 'mailbox-full'],
    ['452 4.2.2 The user has exceeded his storage quota', 'mailbox-full'],
    // "Unknown" said of the recipient in a sentence of its own; of the recipient's domain it is the domain.
    ['550 The recipient is unknown', 'recipient-unknown'],
    ['550 5.1.1 Mailbox address is unknown here', 'recipient-unknown'],
    ['550 The recipient domain is unknown', 'recipient-domain'],
    ['550 Recipient address is invalid', 'recipient-unknown'],
    ['550 Mailbox unknown', 'recipient-unknown'],
    // Or just "listed", RFC 5782's word, whatever it is listed as.
    ['550 5.7.0 Sending IP 198.51.100.7 listed as a source of abuse.', 'ip-blocklist'],
    ['554 198.51.100.7 is listed, mail refused', 'ip-blocklist'],
    ['The domain example.com is banned', 'domain-blocklist'],
    ['550 Sender address has been banned', 'sender-rejected'],
    ['554 5.7.0 Reject, id=12345-01 - BANNED: P=p003,L=1,M=multipart/mixed | P=p002,L=1/2,M=application/x-msdownload,T=exe,N=setup.exe', 'content-policy'],
    // Outlook's notice around a remote refusal is a notice of failure: the reply it goes on to quote decides.
    ["There was a SMTP communication problem with the recipient's email server. Please contact your system administrator. Connecting IP must have valid PTR record", 'ptr'],
    // The retry schedule or the queue's lifetime spent, however it is counted; other attempts are not delivery's.
    ['550 Undeliverable: maximum retry count exceeded', 'delivery-timeout'],
    ['550 Unable to deliver message after 7 attempts over 2 days.', 'delivery-timeout'],
    ['550 This message has been in the queue for 5 days and could not be delivered; it has been returned.', 'delivery-timeout'],
    ['550 The message has exceeded its expiration time and has been deleted from the queue.', 'delivery-timeout'],
    ['Your message was not delivered because the destination server could not be reached for 48 hours.', 'delivery-timeout'],
    ['535 5.7.8 Too many login attempts exceeded, authentication failed', 'auth-required'],
    ['conversation with mx.example.com[192.0.2.1] timed out while receiving the initial server greeting', 'network'],
    ['javax.mail.MessagingException: Exception reading response; nested exception is: java.net.SocketTimeoutException: Read timed out', 'network'],
    // Words that name the requirement over a status the provider's table does not document with that meaning.
    ['com.sun.mail.smtp.SMTPSendFailedException: 451 5.7.3 STARTTLS is required to send mail [SG2PR04CA0205.apcprd04.prod.outlook.com]', 'tls-required'],
    ['535 5.7.3 Authentication unsuccessful [SN4PR0201CA0045.namprd02.prod.outlook.com]', 'auth-required'],
    // Postfix's own words for a certificate that did not verify, after its symptom "delivery temporarily suspended".
    ['to=<kim@dest.example>, relay=mx.dest.example[192.0.2.9]:25, dsn=4.7.5, status=deferred (delivery temporarily suspended: Server certificate not verified)', 'tls-required'],
    // An SMTP command, as the protocol writes it, is a word about mail: the refusal words beside it make a failure.
    ['refused after DATA: maximum allowed line length is 998 octets, got 20480', 'message-format'],
    // A program saying it could not send a mail is a failure whatever follows.
    ['WARN notifier - fail to send email: err.SmtpSendFailed', 'unknown'],
    ['[app.ERROR] Error sending email: Connection refused (111)', 'network'],
    // A time-out that names the host between its words (Swift Mailer, Symfony Mailer), and Laminas (Zend) Mail's command
    // sent on a socket that is not open.
    ['Swift_IoException(code: 0): Connection to tcp://smtp.example.com:465 Timed Out at /var/www/vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/StreamBuffer.php:166', 'network'],
    ['Symfony\\Component\\Mailer\\Exception\\TransportException: Connection to "smtp.example.com:587" timed out.', 'network'],
    ["An error occurred while sending 'Weekly report' to pat@example.org. Error was 'No connection has been established to smtp.example.com'", 'network'],
    ['[app.ERROR] Error sending email: api.err.SmtpSendFailed', 'unknown'],
    // A rate limit said to be reached is the cause, not the symptom "rate limited".
    ['Your account reached its rate limit of 120 requests/min. Please wait before trying again.', 'rate-limit'],
    // PHPMailer when PHP's mail() could not run: a failure on the sending web server, cause not said.
    ['Error: Could not instantiate mail function.', 'unknown'],
    // Exchange 5.x's notice line for an address it did not take (KB 193924), and a cause its connector adds after it.
    ["Your message did not reach some or all of the intended recipients.\n\n   The following recipient(s) could not be reached:\n\n      'pat@example.org' on 3/1/99 10:00 AM\n            The recipient name is not recognized\n            MSEXCH:IMC:Org:Site:SERVER", 'recipient-unknown'],
    ["Your message did not reach some or all of the intended recipients.\n\n   The following recipient(s) could not be reached:\n\n      'pat@nosuch.example' on 3/1/99 10:00 AM\n            The recipient name is not recognized\n            MSEXCH:IMC:Org:Site:SERVER 3902 Host Unknown", 'recipient-domain'],
    // Exchange 4.0–5.5's other notice lines and its Internet Mail Service's refusals, as the Knowledge Base explains them.
    ["The following recipient(s) could not be reached:\n\n      Sales Team on 8/8/96 6:50 AM\n            The recipient could not be processed due to congestion in the message transfer\n            service MSEXCH:MSExchangeMTA:Site:SERVER", 'remote-error'],
    ["The following recipient(s) could not be reached:\n\n      'pat@example.org' on 3/1/99 10:00 AM\n            A syntax error was detected in the content of the message\n            MSEXCH:IMC:Org:Site:SERVER", 'message-format'],
    ['Delivery failed to\nX400:C=us;A= ;P=org;O=site;S=Doe\nReason: 1 (transfer impossible)\ndiagnostic:  0 (OR name (Email address) unrecognized).', 'recipient-unknown'],
    ["Pat Doe on 3/1/99 10:00 AM\n   The message could not be delivered because you do not have create permissions on this folder or it is only available to the owner", 'recipient-policy'],
    ["Pat Doe on 1/10/00 2:46 PM\nA restriction in the system prevented delivery of the message.\nMSEXCH:MSExchangeMTA:Site:SERVER", 'recipient-policy'],
    ["Pat Doe on 3/1/99 10:00 AM\n   Unable to deliver the message because the originator prohibited\n   redirection to an alternate recipient or the message was encrypted", 'recipient-policy'],
    ["Message: Bad response from SMTP host 'mail.example.org': 550 Relaying is prohibited.", 'relay-denied'],
    ["Server Response: '554 Originator address does not match authentication credentials', Port: 25, Secure(SSL): No, Server Error: 554, Error Number: 0x800CCC6F", 'sender-rejected'],
    ['The mail server responded: Originator address does not match authentication credential. Please check the message and try again.', 'sender-rejected'],
    // A log's abbreviation of "response" announces the reply; the sender's domain must match the login's.
    ['smtp client rsp: 550 From domain must match authenticated domain', 'sender-rejected'],
    // An IMAP or POP3 greeting where the SMTP greeting was expected: the wrong port, a protocol mismatch.
    ['mailer: dial smtp: short response: * OK [CAPABILITY IMAP4rev1 IDLE STARTTLS] Courier-IMAP ready.', 'protocol'],
    ['Could not send mail: unexpected greeting "+OK POP3 server ready <1896.697170952@mail.example.org>"', 'protocol'],
    // The null or empty sender refused (RFC 5321 §4.5.5).
    ['550 5.7.1 Messages from a blank sender are not accepted here', 'sender-rejected'],
    // X.400's diagnostic codes in Exchange's MTA notice, by number or by the name KB 174175 gives them.
    ['Delivery failed to X400:C=US;A=;P=Org;O=Site;S=Doe\nReason: 1 (transfer impossible)\ndiagnostic: 15 (unsupported content type).', 'message-format'],
    ['Delivery failed to X400:C=US;A=;P=Org;O=Site;S=Doe Reason: 1 (transfer impossible) diagnostic: 13 (size-constraint-violation)', 'message-size'],
    ['Delivery failed to X400:C=US;A=;P=Org;O=Site;S=Doe Reason: 1 (transfer impossible) diagnostic: 29 (no-DL-submit-permission)', 'recipient-policy'],
    // Exim's transport when some of the hosts' addresses could not be looked up (transports/smtp.c).
    ['== pat@example.org T=remote_smtp defer (-34): some host address lookups failed and retry time not reached for other hosts or connection limit reached', 'network'],
    // Exchange's 4.3.2, its words in the other order than "exceeded the maximum number of connections".
    ['421 4.3.2 The maximum number of concurrent server connections has exceeded a per-source limit, closing transmission channel', 'rate-limit'],
    // A certificate that did not validate, as Exchange Online's connectors report it; Exchange's DNS query in French.
    ['Reason: [{LED=450 4.7.320 Certificate validation failed};{MSG=SubjectMismatch};{FQDN=mail.example.org};{IP=192.0.2.1}]', 'tls-required'],
    ['451 4.4.0 Échec de la requête DNS', 'network'],
    // "Open relay" names the sending server as one (a list of open relays refused it), not a relay the server denies.
    ['550-Open relay - see http://relays.example.org/verify?address=192.0.2.69\n550 mail from 192.0.2.69 rejected: administrative prohibition (host is blacklisted)', 'ip-blocklist'],
    // A limit on sending reached, however it is counted (Gmail's, Exchange Online's 5.7.233 wording).
    ['You have reached a limit for sending email, your message was not sent', 'rate-limit'],
    ['421 Account is over the limit for outgoing messages, try again later', 'rate-limit'],
    // Compliance with the RFCs said to have failed (Yahoo's wording, and other ways of saying it).
    ['554 5.0.0 Message not accepted due to failed RFC compliance', 'message-format'],
    ['550 Message refused: it lacks RFC compliance', 'message-format'],
    ['SendError: sender address cannot be empty', 'sender-rejected'],
    // No reply where one was expected (Swift Mailer, Symfony Mailer): the server hung up.
    ['Swift_TransportException: Expected response code 250 but got an empty response', 'network'],
    ['Expected response code "220" but got empty code.', 'network'],
    // A sending API's (or its proxy's) HTTP 413 (RFC 9110 §15.5.14): the message is over the size limit.
    ['Response from the API was "413 Request Entity Too Large".', 'message-size'],
    // Postmark's API message for ErrorCode 400 names the From address; Mailgun's free account is its test mode.
    ["422: The 'From' address you supplied (pat@example.org) is not a Sender Signature on your account.", 'sender-rejected'],
    ['554 Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.', 'policy'],
  ])('pasted: %s → %s', (text, category) => {
    expect(pasted(text)).toBe(category);
  });
  it("a client's TLS error with the system's Chinese reason after it is that error, not an out-of-office note ('不在' is not 'absent' there)", () => {
    expect(pasted("An error occurred while attempting to establish an SSL or TLS connection. The server's SSL certificate could not be validated: 证书不在有效期内")).toBe('tls-required');
  });
  it('"does not accept" is a failure word beside a word about mail: a refusal, not "not a bounce"', () => {
    expect(pasted('The inbox does not accept new messages at the moment')).not.toBe('not a bounce');
    expect(pasted('The committee does not accept late entries')).toBe('not a bounce');
  });
  it("a responder's future ('this address will no longer be monitored') is not a disabled mailbox", () => {
    expect(pasted('Note: this address will no longer be monitored after June. Write to the new desk for help.')).toBe('not a bounce');
    expect(readPastedText('Note: this address will no longer be monitored after June.').kind).toBe('auto-reply');
    expect(pasted('550 5.2.1 The mailbox pat@example.org is no longer in use')).toBe('mailbox-disabled');
  });
  it("reads RFC 3463's 'Delivery not authorized, message refused' as the standard says, and as Exchange documents it where Exchange answered", () => {
    const reply = '550 5.7.1 Delivery not authorized, message refused';
    expect(verdict(reply).category).toBe('policy');
    expect(classify({ reply, code: '550', enhanced: '5.7.1', remoteHost: 'example-com.mail.protection.outlook.com' }).category).toBe('recipient-policy');
    // Exchange's own shorter words, with no longer text around them, keep Exchange's meaning.
    expect(verdict('550 5.7.1 Delivery not authorized').category).toBe('recipient-policy');
    // "Rejected as" a matter of policy is not spam.
    expect(verdict('550 5.7.1 Message rejected as a matter of policy').category).toBe('policy');
  });
  it("takes 'listed in' a list for a listing, not 'listed in' anything else", () => {
    for (const reply of [
      '550 5.7.1 Rejected: 192.0.2.1 listed at zen.spamhaus.org',
      '550 The sending IP (192.0.2.1) is listed on https://spamrl.com/. Please resolve this and retry.',
      '550 Rejected: sender is listed in SBL',
      '550 Your server is listed in our local blacklist',
      '554 Sender listed on a public DNSBL',
    ])
      expect(verdict(reply).category, reply).toBe('ip-blocklist');
    expect(verdict('550 Message rejected: the address listed in MAINTAINERS is no longer valid').category).not.toBe('ip-blocklist');
    expect(verdict('554 Delivery refused to the address listed in the directory').category).not.toBe('ip-blocklist');
  });
  it("keeps a documented reply's meaning beside X.0.0, which names no subject: it is no other reply's status", () => {
    // Postfix's own words under its DSN's generic 5.0.0 (smtp_connect.c "mail for %s loops back to myself", documented 5.4.6).
    expect(pasted('Final-Recipient: rfc822; pat@example.org\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: X-Postfix; mail for example.org loops back to myself')).toBe('remote-error');
    expect(verdict('500 5.0.0 Unknown or unimplemented command.').category).toBe('protocol');
    // A status of another subject still says it is another reply.
    expect(verdict('550 5.1.1 mail for example.org loops back to myself').category).not.toBe('remote-error');
  });
  it('does not take mail servers that could not be reached for a domain with none', () => {
    expect(pasted('451 4.4.0 No mail servers for this domain could be reached at this time')).not.toBe('recipient-domain');
    expect(pasted('550 No mail servers for this domain')).toBe('recipient-domain');
  });
  it("takes a DNSBL's error answer for what it is, not a listing: the receiver's lookup failed", () => {
    expect(verdict('554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; Error: open resolver; https://check.spamhaus.org/returnc/pub/198.51.100.1/').category).toBe('remote-error');
    expect(verdict('554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using dbl.spamhaus.org; No IP queries').category).toBe('remote-error');
    // The listing itself, with no error answer, stays a listing.
    expect(verdict('554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1').category).toBe('ip-blocklist');
  });
  it("Gmail's 'rejected by the recipient domain' is not the recipient refusing", () => {
    expect(pasted('Google tried to deliver your message, but it was rejected by the recipient domain. 550 5.1.1 <pat@example.org>: User unknown')).toBe('recipient-unknown');
  });
  it('the header words do not take over a DMARC reply that names the From header', () => {
    expect(pasted('550 5.7.1 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy. The From header domain failed DMARC.')).toBe('dmarc');
  });

  it('"user unknown" with no status: a reply pasted alone means what it says, inside a notice with no step it is unconfirmed', () => {
    // Pasted alone, nothing around the reply tells the step: its words decide.
    expect(pasted('550 unknown user')).toBe('recipient-unknown');
    // A notice that quotes the same reply with no status and no sign of RCPT TO: recipient-side filters use the words too.
    const notice = readPastedText('Final-Recipient: rfc822; pat@dest.example\nAction: failed\nDiagnostic-Code: smtp; 550 unknown user\n');
    expect(notice.format).not.toBe('fragment');
    expect(diagnoseReport(notice)[0]).toMatchObject({ category: 'recipient-policy', ruleId: 'fact.unconfirmed-unknown' });
  });

  it("weighs a sending service's two-word event label, in a reply that service did not give, as a vague refusal", () => {
    // "Sender blocked" and "Content blocked" are Mailjet's event labels; said by any server they only say "refused".
    expect(verdict('550 5.7.1 Sender blocked').category).not.toBe('reputation');
    expect(verdict('550 5.7.1 Content blocked: attachment type not allowed').category).toBe('content-policy');
    // A vague label does not hide the general rule's words inside it.
    expect(verdict('Quota exceeded message delivery failed to /var/mail/box/pat/INBOX').category).toBe('mailbox-full');
  });

  it("does not take the recipient's server that could not be found for a recipient that could not be", () => {
    expect(verdict("550 Could not find the recipient's mail server").category).not.toBe('recipient-unknown');
  });

  it("does not read a format problem into 'improper', or spam into 'classified as', said of something else", () => {
    expect(verdict('550 Improper recipient address').category).not.toBe('message-format');
    expect(verdict('550 5.1.1 Address classified as invalid').category).not.toBe('spam');
    // "Not authenticated" is, in SMTP, most often the client's login (RFC 4954), not the message's SPF/DKIM.
    expect(verdict('550 5.7.1 Sender not authenticated, please log in').category).not.toBe('unauthenticated');
  });

  it("keeps Microsoft's documented meaning of 5.7.520 when its words say it", () => {
    expect(verdict('550 5.7.520 Access denied, Your organization does not allow external forwarding. AS(7555)').category).toBe('policy');
  });

  it("reads 'Recipient address rejected: Access denied' by its status: Postfix's reject (5.7.1) is policy, Microsoft's directory-based blocking (5.4.1) an unknown address", () => {
    expect(verdict('554 5.7.1 <pat@example.org>: Recipient address rejected: Access denied').category).toBe('policy');
    expect(verdict('550 5.4.1 Recipient address rejected: Access denied. AS(201806281)').category).toBe('recipient-unknown');
  });

  it("reads Postfix's 'Relay access denied' as a relay refusal, whoever's help page explains it otherwise", () => {
    expect(verdict('554 5.7.1 <pat@example.org>: Recipient address rejected: Relay access denied').category).toBe('relay-denied');
  });
});

describe('send-failure wording in other languages (knowledge/localized-clients.ts)', () => {
  it.each([
    ['该用户不存在', 'recipient-unknown'],
    ['收件人空间不足', 'mailbox-full'],
    ['El tamaño del mensaje que está intentando enviar excede el límite global de tamaño del servidor.', 'message-size'],
    // gromox's own notices (grommunio/gromox data/local_bounce), and Exchange's Japanese NDR sentence running on.
    ['您发送到“kim@dest.example”的邮件无法被正确投递，因为该收件人并不存在！', 'recipient-unknown'],
    ['受信者が存在していないため、"kim@dest.example"へのメールを正しく送信できません。', 'recipient-unknown'],
    ['受信者のメールボックスが一杯になって、1通のメールでも受信できないため', 'mailbox-full'],
    ['受信者のメールボックスがいっぱいになり、メッセージを受け入れることはできません。', 'mailbox-full'],
    // Exchange's mailbox-full sentence in Microsoft's Italian, Dutch and Swedish documentation.
    ['La cassetta postale del destinatario è piena e non può accettare messaggi.', 'mailbox-full'],
    ['Het postvak van de ontvanger is vol en kan nu geen berichten ontvangen.', 'mailbox-full'],
    ['Mottagarens postlåda är full och kan inte ta emot meddelanden nu.', 'mailbox-full'],
  ])('%s, pasted alone → %s', (text, category) => {
    expect(pasted(text)).toBe(category);
  });

  it("the operating system's own words for a connection that timed out, in German (glibc's ETIMEDOUT), after a mail step", () => {
    expect(pasted('SMTP-Fehler beim Senden der Nachricht an mail.dest.example:25: Die Wartezeit für die Verbindung ist abgelaufen')).toBe('network');
  });

  it('a Chinese phrase of two characters alone does not make a paste a bounce', () => {
    expect(isDocumentedFailure('不足')).toBe(false);
  });
});

describe('the address-state causes in other languages (rules/localized.ts)', () => {
  it.each([
    ['550 Benutzer unbekannt', 'recipient-unknown'],
    // Exchange's Japanese NDR for an address that does not exist, its status after its words ("<host #5.1.1>").
    ['このメッセージの送信先の組織には、この電子メール アカウントが存在しません。\n<mail.example.org #5.1.1>', 'recipient-unknown'],
    // The domain's name between the words, as the English "domain example.com not found".
    ['Ihre Nachricht wurde nicht zugestellt, da die Domain dest.example nicht gefunden werden konnte.', 'recipient-domain'],
    // "Unavailable" in each language beside its word about mail is a failure; what the server said decides.
    ['Postfach nicht verfügbar. Die Serverantwort war: Please use a fully-qualified domain name for HELO/EHLO', 'ptr'],
    ['550 5.1.1 Utilisateur inconnu', 'recipient-unknown'],
    ['550 Usuario desconocido', 'recipient-unknown'],
    ['550 Utente sconosciuto', 'recipient-unknown'],
    ['550 Usuário desconhecido', 'recipient-unknown'],
    ['550 Onbekende ontvanger', 'recipient-unknown'],
    ['550 Nieznany odbiorca', 'recipient-unknown'],
    ['550 Пользователь не существует', 'recipient-unknown'],
    // The address with its kind between ("adresse e-mail", "dirección de correo"), and the Japanese "address" form.
    ["550 L'adresse e-mail n'existe pas", 'recipient-unknown'],
    ['550 La dirección de correo electrónico no existe', 'recipient-unknown'],
    ['550 O endereço de e-mail não existe', 'recipient-unknown'],
    ["550 L'indirizzo email non esiste", 'recipient-unknown'],
    ['550 宛先のメールアドレスは存在しません', 'recipient-unknown'],
    ['552 Mailbox vol', 'mailbox-full'],
    // RFC 5782's "blacklist" in each language: the sending IP, as the English word is read.
    ['554 Ihre IP-Adresse steht auf einer schwarzen Liste', 'ip-blocklist'],
    ['554 Votre adresse IP est sur liste noire', 'ip-blocklist'],
    ['554 Su dirección IP está en una lista negra', 'ip-blocklist'],
    ['554 Ваш IP-адрес находится в черном списке', 'ip-blocklist'],
    ['554 您的IP已被列入黑名单', 'ip-blocklist'],
    // Too many recipients (RFC 5321's 452), and a message too large in Japanese and Chinese.
    ['452 Zu viele Empfänger', 'rate-limit'],
    ['452 Trop de destinataires', 'rate-limit'],
    ['552 メッセージサイズが大きすぎます', 'message-size'],
    ['552 邮件大小超过限制', 'message-size'],
    ['552 Boîte aux lettres pleine', 'mailbox-full'],
    ['552 Buzón lleno', 'mailbox-full'],
    ['552 Caixa postal cheia', 'mailbox-full'],
    ['452 Почтовый ящик переполнен', 'mailbox-full'],
    ['550 Postfach deaktiviert', 'mailbox-disabled'],
    ['550 Cuenta suspendida', 'mailbox-disabled'],
    ['Domain nicht gefunden', 'recipient-domain'],
    ['552 Nachricht zu groß', 'message-size'],
    // A count of mail per unit of time, as "per hour" in English.
    ['451 Sie haben das Limit von 100 E-Mails pro Stunde erreicht', 'rate-limit'],
    ['451 Limite de 500 messages par jour atteinte', 'rate-limit'],
    ['451 Has superado el límite de 200 correos por hora', 'rate-limit'],
    ['552 Il messaggio è troppo grande', 'message-size'],
    ['550 Сообщение похоже на спам', 'spam'],
    ['550 邮件被判定为垃圾邮件', 'spam'],
    ['554 Обнаружен вирус', 'virus'],
    ['554 ウイルスが検出されました', 'virus'],
    ['554 Mensagem contém vírus', 'virus'],
  ])('%s → %s', (text, category) => {
    expect(pasted(text)).toBe(category);
  });

  it('a word of those lists alone, in prose, is not a bounce', () => {
    expect(pasted('Der Kalender ist voll, das Treffen ist unbekannt.')).toBe('not a bounce');
  });
});

describe("RFC 5321's default texts of codes say only what the code says", () => {
  it('a reason beside "Bad sequence of commands" decides, and the default text alone is still a refusal', () => {
    expect(verdict('503 Bad sequence of commands (TLS required)').category).toBe('tls-required');
    expect(verdict('503 5.5.1 Bad sequence of commands').category).toBe('protocol');
    expect(pasted('The following recipient(s) cannot be reached: 503 Bad sequence of commands')).toBe('protocol');
  });
  it("a documented text that says only what failed (Sendmail's \"Can't create output\") yields to a reason beside it", () => {
    expect(verdict("550 Can't create output").category).toBe('remote-error');
    expect(verdict("procmail: Mailbox limit exceeded while appending message 550 <bob@example.com>... Can't create output").category).toBe('mailbox-full');
  });
  it('a verdict on words that name no cause is at most medium ("mailbox unavailable" is any 550)', () => {
    const alone = verdict('550 Requested action not taken: mailbox unavailable');
    expect(alone.category).toBe('recipient-unknown');
    expect(alone.confidence.level).not.toBe('high');
    // With a cause named, the cause is said with the confidence its words carry.
    expect(verdict('550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table').confidence.level).toBe('high');
  });
});

describe('documented wordings added from round 5 of the development set', () => {
  it.each([
    // RFC 1035 names the record type: "Bad DNS PTR resource record" (GMX's reply to a sender with no reverse DNS).
    ['554 Bad DNS PTR resource record.', 'ptr'],
    // The Postfix VDA quota patch's default over-quota text.
    ["maildir delivery failed: Sorry, the user's maildir has overdrawn his diskspace quota, please try again later.", 'mailbox-full'],
    // IceWarp's log line when the retry period runs out.
    ['Cannot send message within 5 days', 'delivery-timeout'],
    // RFC 4954's requirement in the words servers give it.
    ['550 If MAIL FROM is local then you must authenticate', 'auth-required'],
    // RFC 3463 X.3.2's examples: a system not accepting mail under excessive load.
    ['451 4.4.5 High load, try again later', 'remote-error'],
    ['421 4.3.2 Server is busy, please try back later', 'remote-error'],
    // iCloud Mail's own alerts when its sending limits are exceeded (support.apple.com/102198, localized pages).
    ['A copy has been placed in your Outbox. Sending the message failed because you exceeded your sending limit.', 'rate-limit'],
    ['Gränsen för mottagare överskreds. Meddelandet kan inte skickas eftersom det har för många mottagare.', 'rate-limit'],
    // RFC 6585's "Too Many Requests", reused by policy servers; Microsoft's French "quota d'envoi".
    ["smtplib.SMTPDataError: (450, b'4.7.1 <END-OF-MESSAGE>: End-of-data rejected: Sorry, too many requests per time unit')", 'rate-limit'],
    ["Quota d'envoi de mails dépassé", 'rate-limit'],
    // Postfix smtp(8)'s deferral for an invalid TLS policy (smtp_tls_policy.c).
    ['status=deferred (client TLS configuration problem)', 'tls-required'],
    // Sendmail's EX_CONFIG text (sysexits.c).
    ['554 <bob@example.com>... Local configuration error', 'remote-error'],
  ])('%s → %s', (text, category) => {
    expect(pasted(text)).toBe(category);
  });
});

describe('the sender named as what was refused', () => {
  it.each([
    ['550 sender is rejected', 'sender-rejected'],
    ['553 host denies the sender.', 'sender-rejected'],
    ['550 5.7.1 Sender not accepted', 'sender-rejected'],
    ['cannot send message: (smtp) originator not accepted', 'sender-rejected'],
    ['Connection unsuccessful: SendMail: 550 Incorrect sender header (Check your FROM)', 'sender-rejected'],
    ['550 <pat@example.org>, Sender unknown', 'sender-rejected'],
    ['553 5.1.7 Sender address is invalid', 'sender-rejected'],
    ['553 5.7.0 Unauthorized use of sender address', 'sender-rejected'],
    ['550 5.7.1 <pat@example.org> is not an authorized sender', 'sender-rejected'],
    // Not the sender: a recipient refused, or the sender's IP on a list.
    ['550 5.7.1 Recipient address rejected: Access denied', 'policy'],
  ])('%s → %s', (text, category) => {
    expect(pasted(text)).toBe(category);
  });
  it('an SMTP command is a word about mail: "MAX RCPT TO DAILY LIMIT" is a refusal, "daily limit" in prose is not', () => {
    expect(pasted('MAX RCPT TO DAILY LIMIT')).not.toBe('not a bounce');
    expect(pasted('The gym has a daily limit of two visits.')).toBe('not a bounce');
  });
});

describe('documented wordings added from round 13 of the development set', () => {
  it.each([
    // postgrey names itself; with no code at all nothing contradicts greylisting's 4xx.
    ["'Recipient address rejected: Delayed by Postgrey;'", 'greylisting'],
    // RFC 4954's "Authentication required" said of the server.
    ['503 This mail server requires authentication when attempting to send to a non-local e-mail address.', 'auth-required'],
    // RFC 3463 X.3.0 said as such.
    ["smtplib.SMTPRecipientsRefused: {'pat@example.com': (421, b'4.3.0 System failure occured. Please report to .')}", 'remote-error'],
    // The verdict named outweighs the examples listed after it.
    ['Your email was marked as spam by the system and could not be sent. The content may contain advertisements, fraud, phishing, etc.', 'spam'],
    // Trend Micro ERS's databases.
    ['450 4.7.1 <pat@example.com>: Recipient address rejected: ERS-QIL.', 'ip-blocklist'],
    ['Recipient address rejected: Mail from <192.0.2.11> was refused due to the sender IP found in ERS-DUL.', 'ip-blocklist'],
    // A file type the receiver does not accept, however it names it.
    ['552 5.7.1 Message rejected: disallowed attachment type (.js)', 'content-policy'],
    ['Undeliverable: blocked attach type (.vbs)', 'content-policy'],
    ['554 invoice.scr: our gateway does not accept files of this type', 'content-policy'],
    // A count of mail per unit of time, with a slash for "per".
    ['451 4.7.1 Sending paused: your plan allows 500 emails/day', 'rate-limit'],
    // Plesk's greylisting handler deferring a first attempt (Plesk support article 213369789).
    ["qmail-queue-handlers[2301]: handlers_stderr: DEFER\nqmail-queue-handlers[2301]: DEFER during call 'grey' handler", 'greylisting'],
    // A HELO or EHLO sent without a host name (Python's smtpd and aiosmtpd, Postfix, OpenBSD spamd).
    ["Please check your settings. 501 Syntax: EHLO hostname", 'protocol'],
    // Postfix's line for a failed connection attempt, whatever the system's error after it.
    ['(connect to mx2.example.org[192.0.2.9]:25: Address not available)', 'network'],
    // A sending API's HTTP 401: the API key or credentials (SMTP has no reply 401).
    ['requests.exceptions.HTTPError: 401 Client Error: UNAUTHORIZED for url: https://api.mailgun.net/v3/example.com/messages', 'auth-required'],
    ["SendError: { statusCode: 401, message: 'API key is invalid' }", 'auth-required'],
    ['HTTP/1.1 401 Unauthorized', 'auth-required'],
    // A mailbox with no room left, said of its space (Gmail 4.2.2's "inbox is out of storage space", in other words).
    ['550 5.2.2 <pat@example.com>: mailbox has run out of disk space', 'mailbox-full'],
    ['452 The mailbox is out of free space', 'mailbox-full'],
    // Cloudmark Sender Intelligence, named by its reset portal: the list, not the refused connection.
    ['554 mx.example.net smtp ab12 Connection refused from 192.0.2.25. See http://csi.cloudmark.com/reset-request/?ip=192.0.2.25 for more information.', 'ip-blocklist'],
    // Postal's SMTP server and sender (postalserver/postal).
    ['530 From/Sender name is not valid', 'sender-rejected'],
    ['No SMTP servers were available for example.com. No hosts to try.', 'recipient-domain'],
    ['No SMTP servers were available for example.com. Tried mx1.example.com. execution expired', 'network'],
    // The sender and the login said to have to be the same; Mailgun's sandbox domain.
    ["smtplib.SMTPSenderRefused: (552, b'the from address and the authenticated user must be the same email. #ERR_AUTH_FAIL', 'pat@example.com')", 'sender-rejected'],
    ["(554, 'Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.')", 'policy'],
    // RFC 3463 X.4.5 (congestion) is the receiving system's state; a limit named beside it decides.
    ['451 4.4.5 Mail system congestion', 'remote-error'],
    ['421 4.4.5 Service unavailable, concurrency limit reached', 'rate-limit'],
    // A mail limit is a message limit.
    ['550 5.7.1 Your mail limit has been reached.', 'rate-limit'],
    // The author's domain refused in the header that names it, or as the sender domain.
    ['550 Your IP: 192.0.2.1 : Your domain example.com is not allowed in header From', 'sender-rejected'],
    ['503 Domain not allowed in header', 'sender-rejected'],
    ['SMTP server error: You are not allowed to use the domain example.com as a sender domain.', 'sender-rejected'],
    // Outlook.com's SC-001 is used for several causes: its words decide.
    ['550 SC-001 Mail rejected by Windows Live Hotmail for policy reasons. Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation problems.', 'reputation'],
    ["550 SC-001 (BAY004-MC4F3) Unfortunately, messages from 192.0.2.1 weren't sent. Please contact your Internet service provider since part of their network is on our block list.", 'ip-blocklist'],
    // Debian's exim4 configured for local delivery only.
    ['The following address(es) failed: pat@example.com Mailing to remote domains not supported', 'relay-denied'],
    // The envelope sender by the name of its domain ("return email domain", RFC 5321 §3.3 reverse-path).
    ['554 5.7.1 This message has been blocked because the return email domain is invalid.', 'sender-rejected'],
    // Exchange's Send-As exception, quoted without its MAPI part.
    ['554 error: 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException', 'sender-rejected'],
    // A name lookup that failed for a host's address or MX.
    ['550 Failed to resolve IP address for smtp.example.org of the MX server for example.org.', 'network'],
    ['Could not resolve host: smtp.example.org', 'network'],
    // The domain of the address named is what does not exist.
    ["550 The domain in the email address 'pat@example.invalid' does not exist. Sorry.", 'recipient-domain'],
    ["550 The email address 'pat@example.invalid' does not exist.", 'recipient-unknown'],
    // Sendmail's parseaddr.c, a temporary failure rewriting the address (4.4.3).
    ['Transient parse error -- message queued for future delivery', 'network'],
    // n8n's words for Node's system errors.
    ['The service refused the connection - perhaps it is offline', 'network'],
    ["The connection timed out, consider setting the 'Retry on Fail' option in the node settings", 'network'],
    // Client libraries' own exceptions (MailKit, smtplib, Swift Mailer, Symfony Mime) and Resend's 403.
    ['NotSupportedException: The SMTP server does not support the STARTTLS extension.', 'tls-required'],
    ['smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.', 'tls-required'],
    // Exchange's SmtpResponse.AnonymousSendAsDenied: the client did not log in; a logged-in client without Send As is 5.7.60.
    ['550 5.7.1 Anonymous client does not have permission to send as this sender', 'auth-required'],
    ['550 5.7.60 SMTP; Client does not have permissions to send as this sender', 'sender-rejected'],
    // Exchange's per-mailbox limit of messages in flight, the sender's as well as the recipient's.
    ['MailKit.Net.Smtp.SmtpCommandException: 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded.', 'rate-limit'],
    // A second MAIL in one transaction, as Sendmail words it (srvrsmtp.c), quoted by a sending program.
    ['error sending message in campaign spring: 503 Sender already specified.', 'protocol'],
    // PHP's TLS layer under PHPMailer and Symfony Mailer (php-src ext/openssl/xp_ssl.c).
    ['stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages: error:0A000086:SSL routines::certificate verify failed', 'tls-required'],
    ['stream_socket_enable_crypto(): SSL operation failed.', 'tls-required'],
    ['Swift_RfcComplianceException: Address in mailbox given [pat.example.com] does not comply with RFC 2822, 3.6.2.', 'message-format'],
    ['Email "pat@@example.com" does not comply with addr-spec of RFC 2822.', 'message-format'],
    // Ruby's post-connection check: the certificate names another host than the one connected to.
    ['Error: OpenSSL::SSL::SSLError (hostname "192.0.2.7" does not match the server certificate)', 'tls-required'],
    // A certificate chain the client could not verify, as a delay notice names it.
    ['Your message could not be delivered for more than 3 hour(s). It will be retried until it is 5 day(s) old.\n\n<pat@example.org>: Server certificate not trusted', 'tls-required'],
    // A handshake named alone: in SMTP, TLS's.
    ['smtp: STARTTLS\nsmtp: 220 2.0.0 Ready to start TLS\nsmtp: 550 5.0.0 Handshake error', 'tls-required'],
    // Swift Mailer with no From, Sender or Return-Path to send as (a framework's unset "from" address).
    ["[2024-03-02 10:00:00] production.ERROR: Cannot send message without a sender address {\"exception\":\"[object] (Swift_TransportException(code: 0)", 'message-format'],
    ["{ statusCode: 403, message: 'The example.com domain is not verified. Please, add and verify your domain on https://resend.com/domains', name: 'validation_error' }", 'sender-rejected'],
  ])('%s → %s', (text, category) => {
    expect(pasted(text)).toBe(category);
  });
  it('a greylisting word under a 5xx code is not greylisting', () => {
    expect(pasted('550 5.7.1 Greylisting database error, contact postmaster')).not.toBe('greylisting');
  });
});

describe('a refused path that holds more than one address (RFC 5321 Path: one Mailbox in angle brackets)', () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it('is never a reason to drop the address: the program wrote a list, or its own data, where one address goes', () => {
    const joined = first('Net::SMTPFatalError (550 <pat@example.org, ["pat@example.org"]> invalid address\n):\n  /usr/lib/ruby/2.1.0/net/smtp.rb:957:in `check_response\'\n  /usr/lib/ruby/2.1.0/net/smtp.rb:869:in `rcptto\'');
    expect([joined?.category, joined?.confidence.level]).toEqual(['recipient-unknown', 'high']);
    expect(joined?.suppress).toBe(false);
    expect(first('550 5.1.1 <pat@example.org; kim@example.org>: Recipient address rejected: User unknown in virtual mailbox table')?.suppress).toBe(false);
    // One address in the path is dropped as before.
    const one = first('550 5.1.1 <pat@example.org>: Recipient address rejected: User unknown in virtual mailbox table');
    expect(one?.suppress).toBe(true);
  });
});

describe('a domain said not to exist, with nothing saying whose', () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it('is the domain, but not sure enough to drop the address', () => {
    const d = first('553 example.com does not exist');
    expect(d?.category).toBe('recipient-domain');
    expect(d?.suppress).toBe(false);
  });
  it("is Postfix's verdict on the domain when Postfix's own words say it, though under its default 450 and no status", () => {
    // postconf(5): unknown_address_reject_code, default 450, for a domain with no MX and no A record.
    expect(first('450 <pat@example.com>: Recipient address rejected: Domain not found')?.category).toBe('recipient-domain');
    expect(first('450 <pat@example.com>: Host or domain name not found, try again')?.category).toBe('network');
    // A sending server's own word that it will retry ("deferred") makes the lookup failure one that may pass.
    expect(first('mail to specific domain will be deferred due to "Host or domain name not found"')?.category).toBe('network');
    expect(first('mail to specific domain failed due to "Host or domain name not found"')?.category).toBe('recipient-domain');
  });
  it('is sure when the refusal answers RCPT TO', () => {
    const d = first('<pat@example.com>: host mx.example.net[192.0.2.1] said: 550 Domain example.com does not exist (in reply to RCPT TO command)');
    expect(d?.category).toBe('recipient-domain');
    expect(d?.confidence.level).toBe('high');
  });
});

describe("a local mailer's own line before Sendmail's generic recap", () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it('names the cause when the recap says only that the mailer failed', () => {
    // EX_CANTCREAT ("Can't create output") says the mailer could not write; the mailer says why on the line before.
    const d = first("procmail: Mailbox limit exceeded while appending message\n550 <pat@example.org>... Can't create output");
    expect(d?.category).toBe('mailbox-full');
  });
  it("the mailer's name is who spoke, not a cause", () => {
    const d = first("procmail: Quota exceeded while writing \"/var/mail/pat\"\n550 <pat@example.org>... Can't create output");
    expect(d?.category).toBe('mailbox-full');
    expect(d?.evidence.map((e) => e.text).join(' ')).not.toMatch(/procmail/i);
  });
  it('reads the recap with its enhanced status too (Sendmail 8: "550 5.0.0 <x@y>... Can\'t create output")', () => {
    const d = first("----- Transcript of session follows -----\nprocmail: Quota exceeded while writing \"/var/mail/pat\"\n550 5.0.0 <pat@example.org>... Can't create output");
    expect(d?.category).toBe('mailbox-full');
  });
  it('leaves the recap its own meaning when the line before names nothing', () => {
    expect(first("procmail: Error while writing to \"/var/mail/pat\"\n550 <pat@example.org>... Can't create output")?.category).toBe('remote-error');
  });
  it("keeps the mailer's line above a deferral of a local delivery ('(x@y)... Deferred: cyrus mailer … exited with EX_TEMPFAIL')", () => {
    const text = '----- Transcript of session follows -----\npat: Over quota\n(pat@example.org)... Deferred: cyrus mailer (/usr/cyrus/bin/deliver) exited with EX_TEMPFAIL';
    const r = readPastedText(text, { documented: isDocumentedFailure }).recipients[0];
    expect([r?.recipient, r?.statedReason]).toEqual(['pat@example.org', 'pat: Over quota']);
    // The deferral names no cause; the mailer's line does.
    expect(first(text)?.category).toBe('mailbox-full');
  });
});

describe("Exchange 2000/2003's sentence for a domain DNS does not know", () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it('is the recipient domain, not a connection failure, though it names a server that could not be found', () => {
    const d = first('The destination server for this recipient could not be found in Domain Name Service (DNS). Please verify the email address and retry.\n<mail.example.net #5.4.0>');
    expect(d?.category).toBe('recipient-domain');
    expect(d?.confidence.level).not.toBe('high');
  });
});

describe("the receiver's own authentication results, quoted in its reply (RFC 8601 method=result)", () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  const reply = (results: string) => `550 5.7.515 Access denied, sending domain [example.com] doesn't meet the required authentication level. ${results}`;
  it('names the check that failed', () => {
    const d = first(reply('Spf=Pass, Dkim=Fail, DMARC=Pass'));
    expect(d?.category).toBe('dkim');
    expect(d?.evidence.map((e) => e.text)).toContain('Dkim=Fail, Spf=Pass');
    expect(first(reply('spf=softfail dkim=pass dmarc=fail'))?.category).toBe('spf');
  });
  it('reads them with space around "=" (RFC 8601 §2.2), as Outlook.com lists them', () => {
    expect(first(reply('Spf= Fail , Dkim= Pass , DMARC= Pass'))?.category).toBe('spf');
    expect(first(reply('Spf = Pass, Dkim = Fail, DMARC = Pass'))?.category).toBe('dkim');
  });
  it('leaves the verdict alone when both failed or the reply gives no results', () => {
    expect(first(reply('Spf=Fail, Dkim=Fail, DMARC=Fail'))?.category).toBe('unauthenticated');
    expect(first(reply(''))?.category).toBe('unauthenticated');
  });
});

describe("German-speaking hosters' own replies (knowledge/hosting-de.ts)", () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it.each([
    // easyWAN uses 4.2.1 and 4.2.2 for sending-rate limits, not the registry's disabled or full mailbox.
    ['451 4.2.1 Sender ip address rejected: You sent to many mails from different domains in the last 10 minutes', 'rate-limit'],
    ['451 4.2.2 Sender domain rejected: You sent to many mails from different ip address in the last 10 minutes', 'rate-limit'],
    ['550 5.6.2 Sender ip adress rejected: Your IPv6 address do not have a reverse look name', 'ptr'],
    ['450 4.7.1 Docking request denied, first time visit, you have been greylisted, try again later', 'greylisting'],
    ['550 5.7.0 Message Size Violation', 'message-size'],
    ["550 Forbidden domain 'example.com' in Envelope-From (B-EFROM-STRATO)", 'sender-rejected'],
  ])('%s → %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe("other regions' hosters and mail systems, from their own help pages (hosting-west, -south, -asia)", () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it.each([
    ['550 sorry, we don\'t allow this mail.', 'dmarc'],
    // Gmail's Japanese "Address not found" notice.
    ['アドレス不明\nアドレスが見つからなかったか、メールを受信できないアドレスであるため、メールは pat@example.com に配信されませんでした。', 'recipient-unknown'],
    ['554 <pat@pec.example.it>: Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto o non abilitato alla ricezione di posta non certificata', 'recipient-policy'],
    ['550 5.7.1 MAX RCPT TO DAILY LIMIT', 'rate-limit'],
    ['554 5.7.1 Message rejected (L-SPAM04)', 'spam'],
    // ACTIVE 24's hourly sending limit is a quota of mail sent, not of storage.
    ['554 5.7.1 <pat@example.cz>: Recipient address rejected: Policy Rejection - Quota Exceeded.', 'rate-limit'],
  ])('%s → %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe('a documented reading its source hedges ("usually indicates")', () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it("keeps the provider's reading but never says it with high confidence", () => {
    const d = first('421 4.7.0 Try again later, closing connection. (EHLO) n18sm285960wrm.12 - gsmtp');
    expect(d?.category).toBe('rate-limit');
    expect(d?.confidence.level).toBe('medium');
  });
  it("says Gmail's 'potential security issue' (a file type its page lists as blocked, or malware) at medium, as the content policy", () => {
    const d = first('552-5.7.0 This message was blocked because its content presents a potential 552-5.7.0 security issue. Please visit https://support.google.com/mail/?p=BlockedMessage - gsmtp');
    expect(d?.category).toBe('content-policy');
    expect(d?.confidence.level).toBe('medium');
  });
  it("says Postfix's milter TEMPFAIL reply (a greylisting milter's, or a milter out of reach) at medium", () => {
    const d = first('milter-reject: END-OF-MESSAGE from unknown[192.0.2.1]: 4.7.1 Service unavailable - try again later');
    expect(d?.category).toBe('remote-error');
    expect(d?.confidence.level).toBe('medium');
  });
  it("says Microsoft's 'content restrictions' (the receiver's restriction on content: one filter's signature list, by its article) at medium", () => {
    const d = first('550 5.7.1 Message rejected due to content restrictions');
    expect(d?.category).toBe('content-policy');
    expect(d?.confidence.level).toBe('medium');
  });
  it('leaves an unhedged entry of the same provider as sure as before', () => {
    expect(first('550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address for typos or unnecessary spaces. - gsmtp')?.confidence.level).toBe('high');
  });
});

describe("a reply that quotes the next server's reply (Exchange's 'Primary target IP address responded with: …')", () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it('is decided by the quoted reply when it names a cause, with its own status beside it', () => {
    const d = first('451 4.4.0 Primary target IP address responded with: "451 5.7.3 Cannot achieve Exchange Server authentication." Attempted failover to alternate host, but that did not succeed.');
    expect(d?.category).toBe('auth-required');
  });
  it('is a connection failure when the quoted reply says nothing more', () => {
    expect(first('451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped." Attempted failover to alternate host, but that did not succeed.')?.category).toBe('network');
  });
});

describe('a connection that failed right after the server agreed to STARTTLS (RFC 3207)', () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  const transcript = (after: string) => `CLIENT -> SERVER: EHLO app.example.com\nCLIENT -> SERVER: STARTTLS\nSERVER -> CLIENT: 220 2.0.0 Ready to start TLS\n${after}SMTP Error: Could not connect to SMTP host.\nCLIENT -> SERVER: QUIT`;
  it('failed in the TLS negotiation', () => {
    const d = first(transcript(''));
    expect(d?.category).toBe('tls-required');
    expect(d?.confidence.level).not.toBe('high');
  });
  it('is a connection failure when TLS was set up and the session went on', () => {
    expect(first(transcript('CLIENT -> SERVER: EHLO app.example.com\nSERVER -> CLIENT: 250-smtp.example.com\nSERVER -> CLIENT: 250 AUTH LOGIN\n'))?.category).toBe('network');
  });
  it("reads PHPMailer's client-side transcript the same way: its STARTTLS, then at once its connect_host error", () => {
    const client = 'CLIENT -> SERVER: EHLO app.example.com\nCLIENT -> SERVER: STARTTLS\nSMTP Error: Could not connect to SMTP host.\nCLIENT -> SERVER: QUIT';
    expect(first(client)?.category).toBe('tls-required');
    // The server refused the command: PHPMailer says so, and that reply decides.
    expect(first('CLIENT -> SERVER: STARTTLS\nSMTP ERROR: STARTTLS command failed: 454 4.7.0 TLS not available due to local problem\nSMTP Error: Could not connect to SMTP host.')?.category).not.toBe('network');
    // No STARTTLS: the connection itself.
    expect(first('CLIENT -> SERVER: EHLO app.example.com\nSMTP Error: Could not connect to SMTP host.')?.category).toBe('network');
  });
});

describe("Gmail's notice headline, when the reply under it names no cause", () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it("is Gmail's own reading of the failure", () => {
    const d = first('Delivery Status Notification (Failure)\n\nAddress not found\nYour message was not delivered to pat@example.org');
    expect(d?.category).toBe('recipient-unknown');
    expect(d?.confidence.level).not.toBe('high');
  });
  it("gives way to the remote server's reply when that names a cause", () => {
    const d = first("Address not found\nYour message wasn't delivered to pat@example.org because the address couldn't be found.\nThe response from the remote server was:\n552 5.2.2 The email account that you tried to reach is over quota.");
    expect(d?.category).toBe('mailbox-full');
  });
});

describe("an Exim log line's connection fields (X= cipher, CV= certificate check)", () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it('are no words about the failure', () => {
    const d = first('2024-12-25 15:43:28 H=mx.example.com [192.0.2.1] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no F=<a@example.com> temporarily rejected RCPT <b@example.org>');
    expect(d?.category).not.toBe('tls-required');
  });
  it('leave the words after them their meaning', () => {
    const d = first('2024-12-25 15:43:28 H=mx.example.com [192.0.2.1] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no F=<a@example.com> rejected RCPT <b@example.org>: greylisted, try again later');
    expect(d?.category).toBe('greylisting');
  });
});

describe('the recipient or the mailbox said not to be found, or not a valid recipient (RFC 3463 X.1.1)', () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it.each([
    ['550 Recipient could not be found', 'recipient-unknown'],
    ['550 5.1.1 <pat@example.org>: mailbox was not found', 'recipient-unknown'],
    ['550 pat@example.org is not a valid recipient', 'recipient-unknown'],
    ['5.0.0 Error: transaction failed: cannot send message: Recipient could not be found', 'recipient-unknown'],
  ])('%s → %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
  it('leaves a refused login alone: the user an authentication could not find is the account, not the recipient', () => {
    expect(first('535 Error: authentication failed, user could not be found')?.category).toBe('auth-required');
    expect(first('535 5.7.8 Authentication failed: not a valid user')?.category).toBe('auth-required');
  });
});

describe("Postfix's local delivery agent failing to write a maildir (local/maildir.c)", () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it('is the receiving system failing, unless the system error after it says the mailbox is full', () => {
    expect(first('status=bounced (maildir delivery failed: create maildir file /home/pat/Maildir/tmp/1.P1: Permission denied)')?.category).toBe('remote-error');
    expect(first('status=bounced (maildir delivery failed: create maildir file /home/pat/Maildir/tmp/1.P1: Disk quota exceeded)')?.category).toBe('mailbox-full');
  });
});

describe("greylistd's deferral (Exim ACL: '… is not yet authorized to deliver mail from <…> to <…>. Please try later.')", () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it('is greylisting', () => {
    expect(first('451 192.0.2.7 is not yet authorized to deliver mail from <pat@example.org> to <kim@example.com>. Please try later.')?.category).toBe('greylisting');
  });
});

describe('a verdict on the content given before any content was sent (RFC 5321 §3.3)', () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it('is the receiver refusing the sending server, not the message', () => {
    const d = first('<pat@example.com>: host mx1.example.net[192.0.2.10] said: 553 5.3.0 198.51.100.97 Your message was rejected for possible spam/virus content (in reply to MAIL FROM command)');
    expect(d?.category).toBe('ip-blocklist');
    expect(d?.confidence.level).not.toBe('high');
    expect(first('<pat@example.com>: host mx1.example.net[192.0.2.10] said: 554 5.7.1 Rejected as spam (in reply to MAIL FROM command)')?.category).toBe('reputation');
  });
  it('leaves the same words after the content (DATA) to the content', () => {
    expect(first('<pat@example.com>: host mx1.example.net[192.0.2.10] said: 553 5.3.0 198.51.100.97 Your message was rejected for possible spam/virus content (in reply to end of DATA command)')?.category).not.toBe('ip-blocklist');
  });
});

describe('general wordings met in round 18 of the development set, each a family the rules already had', () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it.each([
    // A quota of the mail sent, however it is named, is a rate; a mailbox's quota stays a full mailbox.
    ['550 5.4.6 <pat@example.org>: Recipient address rejected: Sender Hourly Quota Exceeded', 'rate-limit'],
    ['554 5.7.1 <pat@example.org>: Recipient address rejected: You have exceeded your outbound quota.', 'rate-limit'],
    ['552 5.2.2 Quota exceeded for user pat@example.org', 'mailbox-full'],
    // The AUTH command asked for first (RFC 4954), as "Must issue a STARTTLS command first" asks for STARTTLS.
    ['503 5.5.4 Error: send AUTH command first.', 'auth-required'],
    // A refusal to relay in the passive ("that domain isn't allowed to be relayed thru this MTA").
    ['553 sorry, that domain isn\'t allowed to be relayed thru this MTA', 'relay-denied'],
    // The sender, or MAIL FROM, said not to be allowed.
    ['550 Sender address is not allowed.', 'sender-rejected'],
    ['WARN: Mail from not accepted by server', 'sender-rejected'],
    // A sending program that could not connect, with nothing else said.
    ['Error: SMTP connection failure: SMTP failed to connect: io: timed out', 'network'],
    // …and with the reason said: that decides.
    ['Failed to connect to the recipients mail server. No MX or A records were found for example.org', 'recipient-domain'],
  ])('%s → %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
  it('reads a connection reset after a reply code as a failure', () => {
    expect(first('OUT ERR 451 Connection reset')?.category).toBe('network');
  });
});

describe("Microsoft's 451 4.7.500-699 (ASxxx): a source throttled for sending much more than before", () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it('is a rate limit, not greylisting', () => {
    expect(first('451 4.7.500 Server busy. Please try again later from [192.0.2.2]. (AS761)')?.category).toBe('rate-limit');
    expect(first('451 4.7.550 Access denied, please try again later')?.category).toBe('rate-limit');
  });
});

describe('a 421 or 451 with an enhanced status of another subject (RFC 3463 §2: the status refines the code)', () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it("leaves the code's 'local error in processing' out when the status says policy", () => {
    expect(first('451 4.7.1 <pat@example.org>: Recipient address rejected: Intentional policy rejection, please try again later.')?.category).toBe('policy');
    // A status that agrees with the code keeps it.
    expect(first('451 4.3.0 Error: queue file write error')?.category).toBe('remote-error');
  });
  it('reads a temporary refusal that names no cause and asks for a retry as greylisting, at low confidence', () => {
    const d = first('451 4.7.1 Please try again later');
    expect(d?.category).toBe('greylisting');
    expect(d?.confidence.level).toBe('low');
    // Named as policy, or permanent, it stays policy.
    expect(first('550 5.7.1 Please try again later')?.category).not.toBe('greylisting');
  });
  it('reads mail deferred for its volume as a rate limit', () => {
    expect(first('421 4.7.1 Messages to pat@example.org deferred due to excessive volume. Try again later')?.category).toBe('rate-limit');
  });
});

describe("Outlook's and Gmail's notices in their readers' languages (knowledge/outlook-localized.ts, gmail-localized.ts)", () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it.each([
    ['Fehler bei der Nachrichtenzustellung an folgende Empfänger oder Gruppen: pat@example.org Die eingegebene E-Mail-Adresse konnte nicht gefunden werden.', 'recipient-unknown'],
    ['No se pudo encontrar la dirección de correo electrónico que escribiste. Comprueba la dirección de correo electrónico del destinatario.', 'recipient-unknown'],
    ['No se ha podido realizar la entrega a estos destinatarios o listas de distribución: pat@example.org El buzón del destinatario está lleno y no puede aceptar mensajes.', 'mailbox-full'],
    ["Vous n'avez pas l'autorisation d'envoyer le message sous le nom de l'utilisateur spécifié.", 'sender-rejected'],
    ['pat@example.org にメールを配信できませんでした。宛先の受信トレイがいっぱいか、宛先で現在多数のメールを受信しています。', 'mailbox-full'],
  ])('%s → %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
  it("lets the server's reply quoted under a notice that names no cause decide", () => {
    expect(first('Falha na entrega aos seguintes destinatários ou grupos: pat@example.org A seguinte organização rejeitou sua mensagem: mx.example.org. 554 5.2.2 mailbox full')?.category).toBe('mailbox-full');
  });
});

describe("vger.kernel.org's refusal of HTML mail (knowledge/list-managers.ts)", () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it("is the list's content policy (plain text only), not a virus found", () => {
    expect(first('550 5.7.1 Content-Policy reject msg: The message contains HTML subpart, therefore we consider it SPAM or Outlook Virus.  TEXT/PLAIN is accepted.! BF:<H 0.3>; S932497AbbBIUIh')?.category).toBe('content-policy');
  });
});

describe('from round 27 of the development set', () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it("Postfix's 'delivery temporarily suspended' says only that it stopped trying: never a confident network verdict on its own", () => {
    const d = first('status=deferred (delivery temporarily suspended: host mx.dest.example[192.0.2.1] refused to talk to me: 476 connections from your host are denied)');
    expect(d?.confidence.level).not.toBe('high');
    expect(first('status=deferred (delivery temporarily suspended: connect to mx.dest.example[192.0.2.1]:25: Connection timed out)')?.category).toBe('network');
  });
  it("sending said to need encryption ('without SSL/TLS encryption is not allowed') is TLS required, over the status 5.7.7", () => {
    expect(first('530 5.7.7 Email sending without SSL/TLS encryption is not allowed.')?.category).toBe('tls-required');
  });
  it("a count of delivery attempts (Lotus Domino's '(delivery attempts: 0)') is no expired delivery; the status 5.1.2 decides", () => {
    const d = first("was not delivered to: kim@dest.example because: 5.1.2 - Bad destination host 'DNS Hard Error looking up dest.example (A): domain has no A record' (delivery attempts: 0)");
    expect(d?.category).toBe('recipient-domain');
    expect(first('Delivery has failed: the maximum number of delivery attempts has been reached')?.category).toBe('delivery-timeout');
  });
  it("a server's session log line '--> 554 …' is a reply (MDaemon marks what it sent with an arrow)", () => {
    const r = readPastedText('Mon 2008-10-20 16:11:37: Message size: 389 bytes\nMon 2008-10-20 16:11:37: --> 554 Message does not conform to standards');
    expect([r.isBounce, r.recipients[0]?.code, r.recipients[0]?.reply]).toEqual([true, '554', '554 Message does not conform to standards']);
  });
});

describe('from round 28 of the development set', () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it(".NET's resolved 'Unable to read data from the transport connection: …' is the network (dotnet/runtime net_io_readfailure)", () => {
    expect(first('System.Net.Mail.SmtpException: Failure sending mail. ---> System.IO.IOException: Unable to read data from the transport connection: The connection was closed.')?.category).toBe('network');
  });
  it("a missing PTR record said after a code is the PTR", () => {
    expect(first('Answer: 550 inconsistent / missing DNS PTR record (RFC 1912 2.1)')?.category).toBe('ptr');
  });
});

describe('from round 34 of the development set', () => {
  it("the mail one sends is no mailbox: 'your ability to send new mail has been suspended' is the sender's account, never a disabled recipient", () => {
    expect(pasted('Permanent Failure: Your ability to send new mail has been suspended as a high volume of suspicious mail has been sent from your account recently.')).toBe('sender-rejected');
    expect(pasted("550 The sender's right to send mail was revoked")).toBe('sender-rejected');
    // The recipient's mailbox said to be suspended still is.
    expect(verdict('550 Recipient mail has been suspended').category).toBe('mailbox-disabled');
  });
  it("RFC 5321's 551 'User not local' is the moved mailbox; a host or sender 'not local' is not", () => {
    expect(verdict('551 User not local; please try <pat@new.example>').category).toBe('mailbox-disabled');
    expect(verdict('550 not allowed, not local host, not a gateway').category).not.toBe('mailbox-disabled');
    expect(verdict('553 5.1.2 - Recipient address not local. relaying denied').category).toBe('relay-denied');
  });
  it("a relay 'rejected', an 'outgoing limit', a mailbox that 'exceeds allowed size' (IMail)", () => {
    expect(verdict('554 Relay rejected for policy reasons.').category).toBe('relay-denied');
    expect(verdict('554 5.7.1 Reached address outgoing limits').category).toBe('rate-limit');
    expect(pasted('Undeliverable Mail\nUser mailbox exceeds allowed size: pat@dest.example')).toBe('mailbox-full');
  });
  it("Symantec's DMARC and SPF 'domain authentication fail' each named; Forpsi's 'sender is blacklisted' with its own 5.1.1; Exchange's EHLO answer 501 5.5.4 'Invalid domain name'", () => {
    expect(verdict('553 DMARC domain authentication fail. Refer to the Troubleshooting page').category).toBe('dmarc');
    expect(verdict('553-SPF (Sender Policy Framework) domain authentication fail').category).toBe('spf');
    // The recipient's own blacklist (Forpsi's documented reply), not an unknown user for its 5.1.1.
    expect(verdict('550 5.1.1 <pat@example.com> sender is blacklisted').category).toBe('recipient-policy');
    expect(verdict('501 5.5.4 Invalid domain name').category).toBe('protocol');
    // Without its status, OpenSMTPD's recipient-domain sense stays.
    expect(verdict('550 Invalid domain name').category).toBe('recipient-domain');
  });
  it("Supabase Auth's default mailer refusing an address outside the organisation is the service's test mode", () => {
    const d = diagnoseReport(readPastedText('AuthApiError: Email address "pat@example.com" cannot be used as it is not authorized', { documented: isDocumentedFailure }))[0];
    expect([d?.category, d?.ruleId]).toEqual(['policy', 'service.test-mode']);
  });
  it("Cisco's SenderBase Reputation Score named, Exchange's sentence for 5.1.3, a server without TLS, a warning still undelivered", () => {
    expect(pasted('Error: Questionable SenderBase Reputation Score')).toBe('reputation');
    expect(pasted("Delivery has failed to these recipients or groups:\n\nThe format of the email address isn't correct. A correct address looks like this: someone@example.com.")).toBe('recipient-unknown');
    expect(pasted('Remote server does not support TLS')).toBe('tls-required');
    expect(pasted('Still undelivered after 24 hours and will be deleted from message queue')).toBe('delivery-timeout');
  });
  it("a relay refusal said as a sentence ('Relay is not allowed'); 'not allowed to send' only says that the sender was refused", () => {
    expect(verdict('550 <pat@example.com> Relay is not allowed').category).toBe('relay-denied');
    expect(verdict('554 5.7.1 relay was refused for this sender').category).toBe('relay-denied');
    // Alone it is still the receiver refusing this sender as such (SMTP2GO's own wording, by its help article, is its
    // policy: the account closed or the IP blocked — knowledge/sending-services-regional.ts)…
    expect(verdict('550 this IP address is not allowed to send').category).toBe('reputation');
    expect(verdict('550 that IP address is not allowed to send').category).toBe('policy');
    // …but where the reply names the cause, the cause decides: a list only its members may write to (RFC 3463 X.7.2)…
    expect(pasted('550 5.7.2 not allowed to send to destination')).toBe('recipient-policy');
    // …or an SPF result.
    expect(verdict('550 SPF: 192.0.2.7 is not allowed to send mail from example.com').category).toBe('spf');
  });
  it("'Syntax error - <what>' names what was wrong after the label: a line too long is the message's format", () => {
    expect(verdict('501 Syntax error - line too long').category).toBe('message-format');
    expect(pasted("smtplib.SMTPDataError: (501, b'Syntax error - line too long')")).toBe('message-format');
    // The label alone, or RFC 5321's own wording, is still a protocol error.
    expect(verdict('501 Syntax error in parameters or arguments').category).toBe('protocol');
    expect(verdict('500 Syntax error, command unrecognized').category).toBe('protocol');
  });
  it("AUTH asked for first (RFC 4954) is a missing login; sending from a domain the service does not allow is the sender refused", () => {
    expect(verdict('503 Error: need EHLO and AUTH first !').category).toBe('auth-required');
    expect(verdict('550 5.7.1 Sending from domain gmail.com is not allowed').category).toBe('sender-rejected');
    // A bare 503 is still a command out of order.
    expect(verdict('503 5.5.1 Error: need MAIL command').category).toBe('protocol');
  });
  it("'no valid MX' names a domain that receives no mail; said of the FROM address right after, it is the sender's domain", () => {
    expect(verdict('550 No valid MX for recipient domain example.com').category).toBe('recipient-domain');
    expect(verdict('450 No valid MX for your FROM address').category).toBe('sender-rejected');
    expect(verdict('550 Domain not found for sender address').category).toBe('sender-rejected');
    // Pasted as a Go client logs it, the reply is still read.
    expect(pasted('remote smtp server sent unexpected response status code: got 450, expected 2xx, transient: 450 No valid MX for your FROM address')).toBe('sender-rejected');
  });
  it('a sender address the sending service has not validated yet is the sender refused as such', () => {
    expect(pasted('We are contacting you as you tried to send an email with sender address: noreply@example.com. But this sender address has not been validated yet.')).toBe('sender-rejected');
    expect(verdict('550 5.7.1 Sender domain example.com not yet verified').category).toBe('sender-rejected');
  });
  it("a server 'not found' is read within its clause: a colon starts another ('<root@server>: Sender address rejected: Domain not found')", () => {
    expect(verdict('550 5.1.8 <root@<server>>: Sender address rejected: Domain not found').category).toBe('sender-rejected');
    expect(pasted('The server "smtp.example.com" cannot be found')).toBe('network');
  });
});

describe('round 52 of the development set: wordings that rest on a program or a page', () => {
  it("a spam filter's score said of the message is a spam verdict (Exim's $spam_score, 'This message scored … spam points.')", () => {
    expect(verdict('550 This message scored 14.2 points.').category).toBe('spam');
    expect(verdict('550 This message scored 9.1 spam points.').category).toBe('spam');
    // A score of something else is not.
    expect(verdict('550 Your sending IP scored 2 points on our list').category).not.toBe('spam');
  });
  it('an archive the filter cannot open (password-protected) is the receiver’s content policy', () => {
    expect(verdict('552 Password protected zip file found inside of the email').category).toBe('content-policy');
    expect(verdict('554 5.7.1 Rejected: password-protected archive attached').category).toBe('content-policy');
    // A password in a login is the login.
    expect(verdict('535 5.7.8 password protected account: authentication failed').category).toBe('auth-required');
  });
  it('a URL of the message listed on a blocklist is the domain’s listing, also with the link named in brackets after it', () => {
    expect(verdict('550 A URL in this email (shop . example) is listed on https://rl.example/. Please resolve and retry').category).toBe('domain-blocklist');
    expect(verdict('554 Your IP is listed on a blocklist').category).toBe('ip-blocklist');
  });
});

describe('round 55 of the development set: wordings that rest on a program or a page', () => {
  it("the sender's verification said as a sentence ('unable to verify sender domain') is the sender refused", () => {
    expect(verdict('421 unable to verify sender domain').category).toBe('sender-rejected');
    expect(verdict('550 Could not verify sender address').category).toBe('sender-rejected');
    // Verifying the recipient is the recipient's matter.
    expect(verdict('550 unable to verify recipient address').category).not.toBe('sender-rejected');
  });
  it("a sender address the login does not own is the sender refused, also said of an 'authorized user'", () => {
    expect(verdict('550 5.7.0 Sender or From header address rejected: not owned by authorized user').category).toBe('sender-rejected');
    expect(verdict('553 5.7.1 Sender address rejected: not owned by auth user.').category).toBe('sender-rejected');
  });
});

describe('round 55: a network said unreachable without "is"', () => {
  it("'Network unreachable' (ICMP's destination unreachable, as programs print it) is the network, as 'Network is unreachable' is", () => {
    expect(pasted('WARNING - Connection error while submitting email to mail.example.com. Reason: [Errno 101] Network unreachable')).toBe('network');
    expect(pasted('connect to smtp.example.com: Network is unreachable')).toBe('network');
  });
});

describe("round 57: Gmail's suspicious-content reply in the words its servers use", () => {
  it("'the nature of the content and/or the links within' is the spam verdict the reference words with 'or', also folded", () => {
    const folded = '<kim@dest.example>: host alt1.gmail-smtp-in.l.google.com[192.0.2.26] said:\n    421-4.7.0 [198.51.100.22 15] Our system has detected that this message\n    is 421-4.7.0 suspicious due to the nature of the content and/or the links\n    within.';
    const d = diagnoseReport(readPastedText(folded, { documented: isDocumentedFailure }))[0];
    expect([d?.category, d?.ruleId]).toEqual(['spam', 'google.4.7.0-suspicious-content']);
  });
});

describe('round 82: the contraction "can\'t" and wordings generalised from sourced rules', () => {
  it('"can\'t" is read as the negation "cannot" and "couldn\'t" are (the patterns once wanted "cann\'t")', () => {
    expect(verdict("550 Can't find an MX server for dest.example").category).toBe('recipient-domain');
    expect(verdict("550 Can’t find an MX server for dest.example").category).toBe('recipient-domain');
    expect(verdict('550 Cannot find an MX server for dest.example').category).toBe('recipient-domain');
    expect(verdict("550 Sorry, I can't find a mailbox for kim@dest.example").category).toBe('recipient-unknown');
    expect(verdict("451 4.4.0 The server can't be reached: mx.dest.example").category).toBe('network');
  });
  it("Exchange Online's \"<user> wasn't found at <domain>\" in German is the address unknown", () => {
    expect(pasted('Ihre Nachricht an kim@dest.example konnte nicht zugestellt werden.\nkim wurde nicht in dest.example gefunden, oder das Postfach ist nicht verfügbar.')).toBe('recipient-unknown');
    // Not any "not found in": a file or a setting is no address.
    expect(verdict('550 Die Datei wurde nicht in der Warteschlange gefunden').category).not.toBe('recipient-unknown');
  });
  it('a sender or From header that must match the login, the address quoted between, is the sender refused', () => {
    expect(verdict('550 Your FROM address ( , pat@source.example ) must match your authenticated email user ( pat@source.example ). Treating this as a spoofed email.').category).toBe('sender-rejected');
    expect(verdict('550 From header must be equal to the authenticated user').category).toBe('sender-rejected');
    // The recipient's address that "must match" something is not the sender's.
    expect(verdict('550 Recipient address must match a local mailbox').category).not.toBe('sender-rejected');
  });
});

describe('the typographic apostrophe read as the straight one in phrases, both ways', () => {
  it("a phrase written with ' finds the reply written with ’ (French, Word, Outlook)", () => {
    expect(pasted("Quota d'envoi de mails dépassé")).toBe('rate-limit');
    expect(pasted('Quota d’envoi de mails dépassé')).toBe('rate-limit');
  });
  it("a phrase written with ’ finds the reply written with '", () => {
    const curly = 'Le serveur sortant (SMTP) smtp.example.net ne gère pas la méthode d’authentification sélectionnée.';
    expect(pasted(curly)).toBe('auth-required');
    expect(pasted(curly.replace('’', "'"))).toBe('auth-required');
  });
});

describe("full-width forms read as ASCII in phrases, both ways (Unicode's compatibility decompositions, UAX #15)", () => {
  it('a phrase written with full-width punctuation finds the reply written with ASCII', () => {
    // Thunderbird's Simplified Chinese string writes "发件人地址（From:）无效"; a paste may carry ASCII brackets.
    expect(pasted('发送邮件出错：发件人地址（From:）无效。请确认该地址正确后再试一次。')).toBe('sender-rejected');
    expect(pasted('发送邮件出错:发件人地址(From:)无效。请确认该地址正确后再试一次。')).toBe('sender-rejected');
  });
  it('a phrase written in ASCII finds the reply written with full-width forms', () => {
    // Google's "421 4.7.0 Connection expired, try reconnecting." (support.google.com/a/answer/3726730).
    expect(pasted('421 4.7.0 Connection expired， try reconnecting．')).toBe('network');
    expect(pasted('421 4.7.0 Connection expired, try reconnecting.')).toBe('network');
  });
});
