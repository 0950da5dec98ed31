/**
 * What Bounce Doctor says, in English, keyed by category (and by provider where a provider's advice differs). Texts are
 * data so that they can be translated; {placeholders} are filled by explain.ts with the sender's real domain, sending
 * IP, recipient, DKIM selector and blocklist, or with generic words when those are unknown.
 */
import type { Category } from '../types';

export interface StepText {
  text: string;
  command?: string;
  link?: string;
  audience?: 'own-server' | 'mail-provider';
}

export interface CategoryText {
  explanation: string;
  checklist: StepText[];
  prevention?: string[];
  /** Written for a delay already (greylisting, a full mailbox…): a temporary result uses the texts as they are. */
  temporaryAlready?: boolean;
  /**
   * Written for a program's refusal and deferral alike (an account's own sending limit: not sent either way, sent again
   * once it resets): a program's temporary result uses the texts as they are. A mail server's deferral is still told
   * as a delay its queue retries (the steps that send again give way to the wait).
   */
  eitherWay?: boolean;
  /** A delay of these is held by the sender's own server, not deferred by a receiving one (TEMPORARY.ownLead). */
  heldByOwnServer?: boolean;
  /** The provider's own steps for the category still fit these texts (a refused login: Google's app password). */
  withProviderSteps?: boolean;
}

/**
 * A temporary result (4xx / 4.x.x: the receiving server deferred the message and the sending server retries) is told
 * as a delay: this lead comes first, a "wait" step replaces resending by hand, and what a final refusal would say
 * (FINAL_WORDS) is left out, so permanent and temporary words are never mixed.
 */
export const TEMPORARY = {
  lead: 'This is a delay, not a final failure: the receiving server deferred the message (a 4xx reply), and your server keeps retrying on its own, usually for a few days.',
  wait: { text: 'Wait, and do not send the message again by hand: your server keeps retrying, and a copy sent now may arrive twice.' } as StepText,
  ifFails: 'If your server finally gives up and a failure notice follows, fix what it names, then send again.',
  /** A delay a sending program reported (a library's exception): no mail server's queue retries it. */
  programLead:
    'This is a temporary refusal, not a final one: the receiving server deferred the message (a 4xx reply) and asked for it to be sent again later. The program that reported it tries again only if it keeps failed mail in a queue that retries.',
  programWait: 'Let the program\'s queue retry it, if it has one; if not, send the message again in a while (a few minutes to an hour).',
  /** A delay the sender's own server holds (its account's limit, its own login to a relay): no receiving server deferred it. */
  ownLead: 'This is a delay, not a final failure: your own mail server is holding the message and keeps retrying on its own, usually for a few days.',
  /** Sentences and steps with these words belong to a final refusal. */
  finalWords: ['refused again', 'will keep refusing', 'send the message again', 'send it again', 'send again', 'was not delivered'],
} as const;

const SPF = 'SPF (Sender Policy Framework: a DNS record listing the servers allowed to send mail for your domain)';
const DKIM = 'DKIM (DomainKeys Identified Mail: a cryptographic signature your mail server adds, checked against a key in your DNS)';
const DMARC = 'DMARC (a DNS policy that tells receivers what to do when mail fails SPF and DKIM for your domain)';

const AUTH_PREVENTION = [
  'Publish SPF, DKIM and DMARC for every domain you send from, and read your DMARC aggregate reports (rua=) to catch failures early.',
  'When you add a new sending service (newsletter tool, CRM, help desk), add it to SPF and set up its DKIM before you send.',
];
const REPUTATION_PREVENTION = [
  'Send only to people who asked for your mail; remove addresses that bounce and people who never open.',
  'Warm up new IP addresses and domains slowly, and keep marketing and transactional mail on separate streams.',
  'Keep bounce rates under 2–3% and complaint rates under 0.1% (watch Google Postmaster Tools and Microsoft SNDS).',
];
const LIST_HYGIENE = [
  'Remove this address from your lists now; sending again to unknown addresses hurts your sender reputation.',
  'Use double opt-in and validate addresses when people sign up; keep bounce rates under 2–3%.',
];

export const CATEGORY_TEXTS: Readonly<Record<Category, CategoryText>> = {
  spf: {
    explanation: `The receiving server checked ${SPF}. The server that sent your message{ipClause} is not listed in the SPF record of {domain}, so the message looked forged. Until the record lists every service that sends for {domain}, receivers will keep refusing or filtering this mail.`,
    checklist: [
      { text: 'Look at the SPF record of {domain}: there must be exactly one record starting with v=spf1.', command: 'dig +short TXT {domainArg}' },
      { text: 'Add the server or service that sent this message (for a mail provider, its documented include: such as include:_spf.google.com or include:spf.protection.outlook.com) to that record.', audience: 'mail-provider' },
      { text: 'Add your sending server{ipClause} to the record (ip4:{ipOr}) and keep the record under 10 DNS lookups.', audience: 'own-server' },
      { text: 'Ask the forwarder to use SRS, or rely on DKIM (which survives forwarding), if the message was forwarded.' },
      { text: 'Send the message again once the DNS change has spread (usually within an hour).' },
    ],
    prevention: AUTH_PREVENTION,
  },
  dkim: {
    explanation: `The receiving server checked ${DKIM}. Your message had no valid signature for {domain} — it was missing, broken in transit, or signed for another domain. Without it, the receiver cannot tell your mail from a forgery.`,
    checklist: [
      { text: 'Check that the DKIM key for {domain} is published ({selectorClause}).', command: 'dig +short TXT {selectorArg}._domainkey.{domainArg}' },
      { text: 'Turn on DKIM signing for {domain} in your mail provider (Google Workspace: Apps › Gmail › Authenticate email; Microsoft 365: Defender › Email authentication › DKIM).', audience: 'mail-provider' },
      { text: 'Make sure your server signs outgoing mail (OpenDKIM, rspamd or your MTA\'s DKIM module) with the selector published in DNS.', audience: 'own-server' },
      { text: 'Sign after any gateway or mailing list that rewrites messages, or exclude it from signing.' },
    ],
    prevention: AUTH_PREVENTION,
  },
  dmarc: {
    explanation: `The receiving server checked ${DMARC}. Your message did not pass SPF or DKIM in a way aligned with the From address ({domain}), and the domain's DMARC policy asks receivers to reject such mail. This protects {domain} from spoofing, but it also blocks your own mail sent through services that are not set up.`,
    checklist: [
      { text: "Look at {domain}'s DMARC policy.", command: 'dig +short TXT _dmarc.{domainArg}' },
      { text: 'Find which service sent this message and set it up to sign with DKIM for {domain} (preferred) or to use an SPF-authorized return path in {domain}.' },
      { text: 'Check the SPF record of {domain}.', command: 'dig +short TXT {domainArg}' },
      { text: 'Check the DKIM key of {domain} ({selectorClause}).', command: 'dig +short TXT {selectorArg}._domainkey.{domainArg}' },
      { text: 'Set the policy to p=none while you fix senders, if you are not ready, and read the aggregate (rua=) reports.' },
      { text: 'Send from your own domain, not someone else\'s (for example a Gmail address through your own server).' },
    ],
    prevention: AUTH_PREVENTION,
  },
  unauthenticated: {
    explanation: `The receiving server requires every message to pass ${SPF} or ${DKIM}, and yours passed neither for {domain}. Large receivers have required this of all senders since 2024.`,
    checklist: [
      { text: 'Check the SPF record of {domain}.', command: 'dig +short TXT {domainArg}' },
      { text: 'Check the DKIM key of {domain} ({selectorClause}).', command: 'dig +short TXT {selectorArg}._domainkey.{domainArg}' },
      { text: 'Check the DMARC record of {domain}; receivers expect at least p=none.', command: 'dig +short TXT _dmarc.{domainArg}' },
      { text: 'Turn on DKIM signing in your mail provider and add its SPF include to your domain.', audience: 'mail-provider' },
      { text: 'Sign outgoing mail with DKIM and list your server in SPF.', audience: 'own-server' },
    ],
    prevention: AUTH_PREVENTION,
  },
  ptr: {
    explanation: 'The receiving server looked up the name of the IP address your server connected from{ipClause} (its reverse DNS, or PTR record) and found none, or a name that does not point back to the same address. Receivers treat mail from such addresses as likely spam from infected machines.',
    checklist: [
      { text: 'Look up the reverse DNS of your sending IP.', command: 'dig +short -x {ipArg}' },
      { text: 'Ask whoever provides the IP address (your hosting or internet provider) to set a PTR record to your mail server\'s name, and make that name resolve back to the same IP.', audience: 'own-server' },
      { text: 'Make your server announce the same fully qualified name in HELO/EHLO.', audience: 'own-server' },
      { text: 'Send this bounce to your mail provider: the sending IP and its name are theirs to fix.', audience: 'mail-provider' },
    ],
  },
  'ip-blocklist': {
    explanation: 'Your sending server{ipClause} is on a blocklist{zoneClause} that the receiving server checks, so it refused the connection or the message. IP addresses are listed after spam was seen from them, because a machine in the same network was infected, or because the address is a home or dynamic one not meant to send mail directly.',
    checklist: [
      { text: 'Look your sending IP up in {lookupZone}: an answer (127.0.0.x) means it is listed, no answer means it is not.', command: 'dig +short {dnsblQueryArg}' },
      { text: 'Read why the address is listed and request removal{zoneClause}.', link: '{delistLink}' },
      { text: 'Before asking for removal, stop the cause: look for compromised accounts, open relays, malware or a newsletter sent to a bought list.' },
      { text: 'Send through your provider\'s smarthost instead of directly, if the address is a home or dynamic one.', audience: 'own-server' },
      { text: 'Send this bounce to your mail provider: the listed IP is theirs, and so is the fix.', audience: 'mail-provider' },
      { text: 'Send the message again after the listing is gone.' },
    ],
    prevention: REPUTATION_PREVENTION,
  },
  'domain-blocklist': {
    explanation: 'Your sending domain, or a domain linked in the message, is listed on a domain blocklist{zoneClause}. Such lists collect domains seen in spam, phishing or malware; one bad link (for example a URL shortener) is enough.',
    checklist: [
      { text: 'Find which domain is listed (your sending domain, your links, your tracking domain), and request its removal.', link: '{delistLink}' },
      { text: 'Remove links to listed domains or shorteners from the message, and send it again.' },
    ],
    prevention: REPUTATION_PREVENTION,
  },
  reputation: {
    explanation: "The receiving server judged the mail coming from your server{ipClause} or domain as unwanted, from volume, complaints or past spam, without naming a public blocklist. Reputation recovers when the mail that caused it stops, usually over days.",
    checklist: [
      { text: "Check the receiver's postmaster tools for your IP and domain and follow their steps.", link: '{postmasterLink}' },
      { text: 'Slow down: send less, to engaged recipients only, and let deferred mail retry.' },
      { text: 'Look for anything unusual you sent recently (a large campaign, a compromised account).' },
    ],
    prevention: REPUTATION_PREVENTION,
  },
  'rate-limit': {
    temporaryAlready: true,
    explanation: 'You sent more messages, recipients or connections than the receiving server (or your own provider) allows in a period. Temporary limits clear by themselves; your server retries deferred mail.',
    checklist: [
      { text: 'Wait and let your server retry; do not resend by hand, which adds to the count.' },
      { text: 'Spread large sends over time and keep recipients per message low.' },
      { text: 'Check your provider\'s sending limits, and your account for unexpected sending, if its quota was reached.', audience: 'mail-provider' },
    ],
    prevention: REPUTATION_PREVENTION,
  },
  spam: {
    explanation: "The receiving server's filter scored the message as spam — from its wording, links, attachments, formatting or the sender's history. Sending it again unchanged will be refused again.",
    checklist: [
      { text: 'Remove what spam filters dislike: link shorteners, many links, image-only content, attachments, all-caps subjects.' },
      { text: 'Make sure SPF, DKIM and DMARC pass for your domain.', command: 'dig +short TXT _dmarc.{domainArg}' },
      { text: 'Ask the recipient to allow your address, or reach them another way, if this is a one-off personal message.' },
    ],
    prevention: REPUTATION_PREVENTION,
  },
  virus: {
    explanation: 'The receiving server found malware or something that looks dangerous (an executable, a macro document, a password-protected archive) in the message.',
    checklist: [
      { text: 'Scan the attachment and your computer for malware.' },
      { text: 'Share the file through a link to cloud storage instead of attaching it.' },
    ],
  },
  'content-policy': {
    explanation: "The receiving organization's policy refuses something in the message — usually an attachment type (such as .exe, .js, archives or macros) — even though it is not spam.",
    checklist: [
      { text: 'Send the file as a link to cloud storage, or in an accepted format (PDF instead of a macro document).' },
      { text: 'Ask the recipient which file types they accept.' },
    ],
  },
  'message-size': {
    explanation: 'The message, with its attachments, is bigger than the receiving server allows. Attachments grow by about a third when sent.',
    checklist: [
      { text: 'Send large files as a link to cloud storage instead of attachments.' },
      { text: 'Compress images, or split the attachments over several messages.' },
    ],
  },
  'message-format': {
    explanation: 'The message breaks the email standards (RFC 5322/5321): a missing or duplicate header, bad line endings, lines that are too long, or bad encoding. It is usually caused by the program or script that generated it.',
    // RFC 5322 §3.6 (one From, one Date; Message-ID SHOULD be present), §2.1.1 (998 characters a line at most), §3.4
    // (an address in From); RFC 5321 §2.3.8 (CRLF, no bare LF); RFC 2045 (quoted-printable, base64), RFC 2047 (encoded
    // header words); Gmail's "Email sender guidelines" (messages must be formatted according to RFC 5322).
    checklist: [
      { text: 'Read which part the reply names: a header (From, To, Date, Message-ID, Subject) that is missing, repeated or malformed, lines that are too long, bare line feeds, or text that was not encoded.' },
      { text: 'Fix how the script or app that sent this builds messages: use a maintained mail library instead of writing headers by hand, and give each message exactly one From, one Date and one Message-ID header.' },
      { text: 'Keep every line under 998 characters and end each with CRLF, not a bare line feed: let the mail library encode long lines and non-ASCII text (quoted-printable or base64) and non-ASCII header words.' },
      { text: 'Use one address in the From header, alone or after a display name in angle brackets, never encoded as a whole: Gmail and others refuse a From with several addresses or none.' },
      { text: 'Send the message again once it is fixed; sending the same content from a normal mail program first shows whether the fault is the program\'s.' },
    ],
  },
  'relay-denied': {
    explanation: "The server you handed the message to does not deliver mail for that recipient domain, and will not relay it for you. This usually means your mail program is not logged in to your outgoing server, or the recipient domain's mail records point to a server that no longer hosts it.",
    checklist: [
      { text: 'Make sure your mail program uses SMTP authentication (username and password) on port 587 for outgoing mail.' },
      { text: "Check the recipient domain's mail servers.", command: 'dig +short MX {recipientDomainArg}' },
      { text: 'Allow relaying only for authenticated users and your own networks.', audience: 'own-server' },
    ],
  },
  'auth-required': {
    explanation: 'Your mail program or application connected to the outgoing server without a valid login (SMTP authentication), or with wrong credentials, so the server refused to send.',
    checklist: [
      { text: 'Check the outgoing (SMTP) settings: server name, port 587 with STARTTLS (or 465), and that authentication is on.' },
      { text: 'Check the username and password; some providers need an app password or OAuth.' },
      { text: 'For Microsoft 365, check that SMTP AUTH is enabled for the mailbox.', link: 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission' },
    ],
  },
  'tls-required': {
    explanation: 'One of the two servers requires an encrypted connection (TLS), and the connection could not be encrypted well enough — TLS was not offered, a certificate was wrong, or the ciphers did not match.',
    checklist: [
      { text: 'Make sure your server or mail program uses STARTTLS (port 587) or TLS (port 465) with a current TLS version.' },
      { text: "Check the certificate the recipient's server offers.", command: 'openssl s_client -starttls smtp -connect {recipientMxArg}:25', audience: 'own-server' },
    ],
  },
  'sender-rejected': {
    explanation: 'The receiving server refused the address the message was sent from: its domain does not exist or cannot receive mail, it is not allowed on your account, or it is blocked.',
    checklist: [
      { text: 'Check that {domain} has working mail records (an MX record, or at least an A record).', command: 'dig +short MX {domainArg}' },
      { text: 'Send from an address that your account or service is allowed to use (verified in your provider).' },
    ],
  },
  'recipient-unknown': {
    explanation: "The recipient's mail server says there is no mailbox with this address. It may be misspelled, or the person may have left the organization.",
    checklist: [
      { text: 'Check the spelling of the address, letter by letter: a missing or swapped letter, or .con for .com, is the usual cause.' },
      { text: 'Ask the person for their current address another way.' },
      { text: 'Remove the address from your contacts and mailing lists.' },
    ],
    prevention: LIST_HYGIENE,
  },
  'recipient-domain': {
    explanation: 'The recipient domain does not exist, or it publishes no mail server (or a "null MX" saying it accepts no mail). Often the domain is misspelled or has expired.',
    checklist: [
      { text: 'Check the spelling of the domain (the part after the @).' },
      { text: "Look up the domain's mail servers.", command: 'dig +short MX {recipientDomainArg}' },
      { text: 'Remove the address from your lists if the domain is gone.' },
    ],
    prevention: LIST_HYGIENE,
  },
  'mailbox-full': {
    explanation: "The recipient's mailbox is over its storage limit, so it cannot take new messages until they delete some. There is nothing wrong with your mail.",
    checklist: [
      { text: 'Let the recipient know another way that their mailbox is full.' },
      { text: 'Send the message again once they have made space.' },
      { text: 'Stop sending to it if it stays full for weeks: the mailbox may be abandoned.' },
    ],
  },
  'mailbox-disabled': {
    explanation: "The recipient's account exists but is suspended, disabled or has moved, so it does not accept mail.",
    checklist: [
      { text: 'Ask the person for their current address another way.' },
      { text: 'Remove the address from your lists.' },
    ],
    prevention: LIST_HYGIENE,
  },
  'recipient-policy': {
    explanation: "The recipient's side restricts who may write to this address: a group that accepts only its own members, an address that blocked you, or a moderated list. Nothing is wrong with your mail server.",
    checklist: [
      { text: 'Ask the recipient (or the group owner) to allow your address, or to add you as a member.' },
      { text: 'Send from the address you joined with, if you are a member.' },
    ],
  },
  policy: {
    explanation: 'The receiving server refused the message under its own rules without saying exactly which one. The reply text is the best clue; if it does not help, the recipient\'s mail administrator can look it up in their logs.',
    checklist: [
      { text: "Read the reply below: it may name the rule, a link or a reference to give the recipient's administrator." },
      { text: 'Check that SPF, DKIM and DMARC pass for your domain.', command: 'dig +short TXT _dmarc.{domainArg}' },
      { text: 'Ask the recipient another way to check with their mail administrator.' },
    ],
  },
  greylisting: {
    temporaryAlready: true,
    explanation: 'Greylisting is a spam defense: the first message from an unknown sender is deferred for a few minutes, and a real mail server retries. Nothing needs to be done; delivery usually succeeds within the hour.',
    checklist: [{ text: 'Wait: your server retries by itself. Only if the message never arrives, check that your server retries deferred mail.' }],
  },
  'delivery-timeout': {
    explanation: "Your mail server kept getting temporary failures from the recipient's server (or could not reach it) and stopped after its retry period, often several days.",
    checklist: [
      { text: "Check whether the recipient's mail servers are reachable.", command: 'dig +short MX {recipientDomainArg}' },
      { text: 'Send again later; if it keeps failing, contact the recipient another way.' },
    ],
  },
  network: {
    temporaryAlready: true,
    explanation: "The recipient's mail server could not be found in DNS, refused the connection, or did not answer in time. It may be down or misconfigured, or a firewall may be in the way.",
    checklist: [
      { text: "Look up the recipient domain's mail servers.", command: 'dig +short MX {recipientDomainArg}' },
      { text: 'Wait and let your server retry; if it keeps failing, tell the recipient another way.' },
      { text: 'Check that outgoing connections to port 25 are allowed.', audience: 'own-server' },
    ],
  },
  'remote-error': {
    explanation: "The receiving system failed while handling the message (a full disk, an internal error, a crashed delivery program). It is on the recipient's side.",
    checklist: [
      { text: 'Send again later.' },
      { text: 'Let the recipient know if it keeps failing, so that their administrator can look at it.' },
    ],
  },
  protocol: {
    explanation: 'The receiving server refused a command or its syntax (an SMTP protocol error). It is usually caused by a script, an appliance or a misconfigured server on the sending side.',
    checklist: [
      { text: 'Use a maintained mail library in the script or application that sent this, and check what it sends.' },
      { text: 'Check your server or firewall for anything that alters the SMTP conversation.', audience: 'own-server' },
    ],
  },
  'auto-reply': {
    explanation: 'The recipient (or their system) answered automatically, for example with an out-of-office note. Your message was delivered.',
    checklist: [{ text: "Read the reply for the person's return date or another contact; nothing needs fixing." }],
  },
  complaint: {
    explanation: 'This is a feedback-loop report: a mailbox provider tells you that one of its users clicked "This is spam" on your message. Complaints hurt your reputation quickly.',
    checklist: [
      { text: 'Stop sending to the person who complained (unsubscribe them).' },
      { text: 'Make unsubscribing easy (one-click List-Unsubscribe) and send only what people asked for.' },
    ],
    prevention: REPUTATION_PREVENTION,
  },
  delivered: {
    explanation: 'The report says the message was delivered, relayed or expanded, not that it failed.',
    checklist: [{ text: 'Keep this notice if you asked for it (a delivery receipt); nothing needs fixing.' }],
  },
  unknown: {
    explanation: 'The receiving server did not give a reason Bounce Doctor recognizes. The full reply below is the best clue.',
    checklist: [
      { text: 'Read the reply below for a reference, link or rule name.' },
      { text: 'Send again once; if it fails the same way, ask the recipient another way to check with their administrator.' },
    ],
  },
};

/**
 * Steps only one provider's senders need, keyed "provider:category", put before the category's own steps (the most
 * likely fix first). Each names where the provider documents it.
 */
/**
 * The texts of a category written as a delay (temporaryAlready), for a bounce that says the failure is final (a 5xx
 * reply or 5.x.x status, a DSN's "Action: failed"): the server has given up and this message will not be retried, so
 * "let your server retry" would leave it lost. RFC 5321 section 4.2.1: after a 5yz reply the client does not repeat
 * the request (and a 4yz one that outlived the retry period ends in a failure notice, RFC 3464's "Action: failed").
 * Gmail's "550 5.4.5 Daily user sending limit exceeded" is such a refusal (https://support.google.com/a/answer/166852).
 */
export const FINAL_TEXTS: Readonly<Partial<Record<Category, CategoryText>>> = {
  'rate-limit': {
    explanation:
      'You sent more messages, recipients or connections than the receiving server (or your own provider) allows in a period, and this message was refused, not deferred: it will not be retried. The limit resets after its period, often an hour or a day.',
    checklist: [
      { text: 'Wait until the limit resets (the reply or your provider\'s limits page says when; often an hour or a day), then send the message again.' },
      { text: 'Spread large sends over time and keep recipients per message low.' },
      { text: 'Check your provider\'s sending limits, and your account for unexpected sending, if its quota was reached.', audience: 'mail-provider' },
    ],
    prevention: REPUTATION_PREVENTION,
  },
  network: {
    explanation:
      "The recipient's mail server could not be found in DNS, refused the connection, or did not answer in time, and your server has stopped trying: this message was not delivered. The server may be down or misconfigured, or a firewall may be in the way.",
    checklist: [
      { text: "Look up the recipient domain's mail servers.", command: 'dig +short MX {recipientDomainArg}' },
      { text: 'Send the message again later; if it keeps failing, tell the recipient another way.' },
      { text: 'Check that outgoing connections to port 25 are allowed.', audience: 'own-server' },
    ],
  },
  // Greylisting that outlived the retries: RFC 6647 (Email Greylisting: An Applicability Statement) sections 4 and 5 —
  // a retry passes only when it comes back with the same triplet (client IP, envelope sender, recipient) after the
  // wait, so a pool of outbound servers, a new envelope sender per attempt or retries that stop early keep it out;
  // postgrey's postgrey_whitelist_clients lists real senders it failed for ("no retry", "unique sender").
  greylisting: {
    explanation:
      'The receiving server deferred your message with greylisting each time your server tried, and your server has stopped trying: this message was not delivered. Greylisting lets a message in when the same server tries again after a few minutes; it keeps deferring when each attempt comes from another server or IP address of a pool, when each attempt uses a new envelope sender address, or when the retries stop too soon.',
    checklist: [
      { text: 'Send the message again.' },
      { text: 'Make sure that when mail is deferred, your server tries again from the same outgoing IP address and with the same envelope sender (Return-Path), for at least a few hours.', audience: 'own-server' },
      { text: "If it is refused again, ask the recipient's administrator to exempt your sending server from greylisting." },
    ],
  },
};

/**
 * The texts of a category written as a delay a mail server retries (temporaryAlready), for a delay a sending program
 * reported (a library's exception, BounceReport.sentBy): no mail server's queue retries it, so "let your server retry"
 * would leave it lost; it is sent again by the program's own queue, or by hand once the limit resets.
 */
export const PROGRAM_TEXTS: Readonly<Partial<Record<Category, CategoryText>>> = {
  'rate-limit': {
    temporaryAlready: true,
    explanation:
      'You sent more messages, recipients or connections than the receiving server (or your own provider) allows in a period, and it deferred this message (a 4xx reply). The program that reported it sends it again only if it keeps failed mail in a queue that retries. The limit resets after its period, often minutes to an hour.',
    checklist: [
      { text: 'Send the message again once the limit resets (the reply or your provider\'s limits page may say when), or let the program\'s queue retry it; sending again at once adds to the count.' },
      { text: 'Slow the program down: fewer messages per connection and per minute, and fewer recipients per message.' },
      { text: 'Check your provider\'s sending limits, and your account for unexpected sending, if its quota was reached.', audience: 'mail-provider' },
    ],
    prevention: REPUTATION_PREVENTION,
  },
};

const MICROSOFT_IP: StepText[] = [
  // https://sender.office.com/ (Microsoft 365 delist portal); https://sendersupport.olc.protection.outlook.com/snds/
  { text: 'If the recipient is on Microsoft 365 (a company address), ask Microsoft to delist {ip} in its delist portal: enter the IP and an address of yours to confirm.', link: 'https://sender.office.com/' },
  { text: 'If the recipient is on Outlook.com or Hotmail, use the Outlook.com sender support form instead, quoting this bounce.', link: 'https://olcsupport.office.com/' },
  { text: 'Register {ip} in Microsoft SNDS to see how Outlook.com rates it and what its users report.', link: 'https://sendersupport.olc.protection.outlook.com/snds/', audience: 'own-server' },
];
const GOOGLE_REPUTATION: StepText[] = [
  // https://support.google.com/mail/answer/81126 (sender guidelines: spam rate below 0.1%, never 0.3%)
  { text: 'Open Google Postmaster Tools for {domain}: check the user-reported spam rate and the domain and IP reputation. Google asks senders to stay below 0.1% spam and never reach 0.3%.', link: 'https://postmaster.google.com/' },
];
const GOOGLE_AUTH: StepText[] = [
  // https://support.google.com/mail/answer/81126 (requirements for all senders, and for 5,000+ messages a day)
  { text: "Gmail's rules: everyone needs SPF or DKIM; anyone sending 5,000 or more messages a day to Gmail needs SPF, DKIM and DMARC, a From domain aligned with them, and one-click unsubscribe in marketing mail.", link: 'https://support.google.com/mail/answer/81126' },
];
const YAHOO_REPUTATION: StepText[] = [
  // https://senders.yahooinc.com/ (Sender Hub: error codes, complaint feedback loop)
  { text: "Look up this reply's code in Yahoo's Sender Hub, and sign up to its complaint feedback loop to see who marks your mail as spam.", link: 'https://senders.yahooinc.com/' },
];
const GATEWAY_ALLOW = (product: string, list: string): StepText[] => [
  { text: `${product} applies the recipient organization's own rules: ask the recipient to have their mail administrator add you to ${list} if your mail is wanted.` },
];

export const PROVIDER_STEPS: Readonly<Record<string, readonly StepText[]>> = {
  // Google no longer takes an account's own password from other mail programs ("Less secure apps", answer/6010255:
  // personal accounts from May 30, 2022, Workspace from September 30, 2024); app passwords need 2-Step Verification
  // (answer/185833). Its 535 5.7.8 "Username and Password not accepted" points to the same pages.
  'google:auth-required': [
    { text: 'For a Gmail or Google Workspace account: sign in with an app password (it needs 2-Step Verification turned on) or from an app that signs in with Google (OAuth); Google no longer accepts the account\'s own password from other mail programs.', link: 'https://support.google.com/accounts/answer/185833' },
  ],
  'microsoft:ip-blocklist': MICROSOFT_IP,
  'microsoft:reputation': MICROSOFT_IP,
  'google:reputation': GOOGLE_REPUTATION,
  'google:spam': GOOGLE_REPUTATION,
  'google:unauthenticated': GOOGLE_AUTH,
  'google:spf': GOOGLE_AUTH,
  'google:dkim': GOOGLE_AUTH,
  'google:dmarc': GOOGLE_AUTH,
  'yahoo:reputation': YAHOO_REPUTATION,
  'yahoo:rate-limit': YAHOO_REPUTATION,
  'yahoo:spam': YAHOO_REPUTATION,
  'yahoo:ip-blocklist': YAHOO_REPUTATION,
  // au (KDDI) reception settings: https://www.au.com/support/service/mobile/trouble/mail/email/filter/
  'kddi:recipient-policy': [
    { text: "au phones refuse mail that the owner's spam settings do not allow (often everything from computers or unknown domains): ask the recipient to add your address or domain to their allowed senders (受信リスト) in the au mail settings." },
  ],
  // https://community.mimecast.com/ (Permitted Senders policy); Proofpoint safelists
  'mimecast:spam': GATEWAY_ALLOW('Mimecast', 'their Permitted Senders'),
  'mimecast:policy': GATEWAY_ALLOW('Mimecast', 'their Permitted Senders'),
  'mimecast:content-policy': GATEWAY_ALLOW('Mimecast', 'their Permitted Senders'),
  'proofpoint:spam': GATEWAY_ALLOW('Proofpoint', 'their safe senders list'),
  'proofpoint:policy': GATEWAY_ALLOW('Proofpoint', 'their safe senders list'),
};

/** Texts for verdicts that a particular rule reached, in place of the category's (same shape, same placeholders). */
export const RULE_TEXTS: Readonly<Record<string, CategoryText>> = {
  'fact.unconfirmed-unknown': {
    explanation:
      "The recipient's server answered that it does not know the address, but did not confirm it the way servers do for a missing address (a 5.1.1 status, at the RCPT TO step). Spam filters and recipients' own blocking settings often refuse with these same words, so either the address does not exist or the recipient's side is refusing mail from you.",
    checklist: [
      { text: 'Check the address for typos against one you know works (a signature, an earlier reply).' },
      { text: 'Ask the recipient another way (phone, another address) whether the address is right and whether they block or filter senders like you.' },
      { text: 'Remove the address from your lists once it is confirmed wrong or gone; ask the recipient to allow your address if it is right.' },
    ],
    prevention: ['Keep addresses that bounce this way on a watch list: if the same address bounces again, remove it.'],
  },
  'fact.delay-without-cause': {
    temporaryAlready: true,
    explanation:
      "This is a warning, not a failure: your mail server has not managed to hand the message to {recipientDomain}'s server yet, and it keeps trying on its own. The notice does not say why; usually the receiving server is unreachable, slow, or deferring mail for a while.",
    checklist: [
      { text: 'Wait, and do not send the message again yet: it may arrive twice.' },
      { text: "Check that the recipient domain's mail servers exist and answer.", command: 'dig +short MX {recipientDomainArg}' },
      { text: 'Read the final failure notice, if one follows: it usually says why.' },
    ],
  },
  'recipient.suppressed': {
    explanation:
      'Your sending service did not even try to deliver this message: the address bounced before (or its owner marked your mail as spam), so the service keeps it on a suppression list and refuses to send to it, to protect your sending reputation. The receiving server was not asked this time.',
    checklist: [
      { text: "Look the address up in your sending service's suppression (or bounce) list: it shows the original bounce, its reply and its date." },
      { text: 'Remove the address from your own lists too, if that first bounce said it does not exist.' },
      { text: 'Take the address off the suppression list only once the recipient confirms it works, then send again.' },
    ],
    prevention: ['Remove addresses that hard-bounce from your lists as soon as they bounce, so the service never has to suppress them.'],
  },
  'service.test-mode': {
    explanation:
      "Your sending service did not send this message: the account or domain you sent from is still in a test mode (a sandbox domain, a testing address, an account awaiting approval), which delivers only to addresses you have authorized or to your own. The recipient's server was not asked.",
    checklist: [
      { text: "Send from your own domain, added and verified in your sending service, instead of its sandbox or test domain." },
      { text: "Add the recipient to the service's authorized (verified) recipients to test before that." },
      { text: "If your account awaits approval, send only to addresses of your own domain until the service has reviewed it." },
    ],
    prevention: ["Verify your own sending domain before sending to real recipients."],
  },
  'service.account-hold': {
    explanation:
      "Your sending service did not send this message: it has paused, suspended or closed sending for your account, domain or plan (after a review of your sending, for an unpaid or expired plan, an account not yet approved, or a limit of the service). The recipient's server was not asked, and the recipient's address is not to blame.",
    checklist: [
      { text: "Sign in to your sending service's dashboard and read its notice about your account, domain or plan; the service's support can say why it stopped sending." },
      { text: "If it names complaints or bounces, remove the addresses that bounced or complained and check how addresses sign up before you ask for the pause to be lifted." },
      { text: "Send the message again once the service sends for you again." },
    ],
    prevention: ["Keep your bounce and complaint rates low and your plan in good standing: sending services pause accounts that go past their limits."],
  },
  'service.sender-unverified': {
    explanation:
      "Your sending service did not send this message: the address you sent from, or its domain, is not verified in your account there (or not in the account, project or region your key or login belongs to), and a sending service sends only from addresses and domains you have proven you own. The recipient's server was not asked, and the recipient's address is not to blame.",
    checklist: [
      { text: "Open your sending service's list of verified senders or domains and check that the From address you used, or its domain, is there and verified, in the same account, project and region as the key or login your application uses." },
      { text: "If it is missing or not verified yet, add it and verify it: confirm the address from the service's message, or publish the DNS records the service gives you for the domain (usually DKIM and a TXT or CNAME record), and wait until it shows as verified." },
      { text: "Make your application send from exactly that verified address (same domain, no typo), then send the message again." },
    ],
    prevention: ["Verify each address or domain in your sending service before your application sends from it, and keep the From address in one place in your configuration."],
  },
  'sendmail.relay-mailer': {
    explanation:
      "Your server's Sendmail hands outgoing mail to a relay (a smart host), and it could not look up that relay's name: the log line says the relay mailer was delivering (mailer=relay) and names the host it could not find. The recipient's address and domain are not to blame; the message has not left your server.",
    checklist: [
      { text: "Check the relay's name in your Sendmail configuration (SMART_HOST in sendmail.mc, the DS line of sendmail.cf) for typos." },
      { text: "Check that your server can look that name up (its DNS resolver settings, /etc/hosts)." },
      { text: "Fix it, then rebuild sendmail.cf, restart Sendmail and run the queue again (sendmail -q)." },
    ],
    prevention: ["After changing the relay's name or your server's DNS settings, send a test message and read the mail log."],
  },
  // A login lockout after too many logins (knowledge/google.ts 4.7.0-too-many-login-attempts): Google's SMTP error
  // reference (https://support.google.com/a/answer/3726730, "454 4.7.0 Too many login attempts, please try again later")
  // and its app passwords (https://support.google.com/accounts/answer/185833).
  'auth.login-throttle': {
    temporaryAlready: true,
    explanation:
      'The server you send through would not let your program log in again for now: it saw too many logins from it in a short time, usually failed ones (a wrong or old password, retried again and again by a program or a phone), or a program that logs in anew for every message. The lock lifts by itself after a while. No receiving server was asked, and the recipient\'s address is not to blame.',
    checklist: [
      { text: 'Check the program\'s username and password (for Gmail, an app password or a sign-in the program does with Google, not the account\'s normal password), so that its next tries do not fail again.' },
      { text: 'Stop the program, or your server, from trying to log in for a while (an hour is usually enough): each failed try can keep the lock on.' },
      { text: 'Make the program send its messages over one connection and one login, instead of logging in again for each message.' },
      { text: 'Send the messages again once the program logs in: they were not sent.' },
    ],
    prevention: ['Update the password, or the app password, in every program that sends through the account whenever it changes, and let programs reuse one connection for many messages.'],
  },
  // An account's own sending limit at the provider or service it sends through (knowledge/entry.ts ACCOUNT_LIMIT):
  // Google's "Gmail sending limits in Google Workspace" (https://support.google.com/a/answer/166852: limits per user
  // over a rolling 24 hours, recipients counted, up to 24 hours without sending, suspension of accounts that keep
  // exceeding them); Apple's "Mailbox size and message sending limits in iCloud" (https://support.apple.com/102198:
  // messages and recipients a day, check the Outbox for unsent messages and software sending on its own); Microsoft's
  // Exchange Online limits (recipient rate limit a day) and NDR 5.1.90.
  'account.sending-limit': {
    eitherWay: true,
    heldByOwnServer: true,
    explanation:
      'The mail provider, hosting company or sending service you send through caps how much one account may send in a period (a number of messages or of recipients per hour or per day; with a sending service, per day or per month of your plan), sometimes for a whole domain or organization, and yours has reached that cap, so its server has not sent this message on: no receiving server was asked, and the recipient\'s address is not to blame. The cap lifts by itself once its period is over; until then every message, including one sent again, is held back the same way.',
    checklist: [
      { text: 'Wait until the limit resets, then send the message again, with any others refused with it: they were not sent. The reply or your provider\'s limits page says when: within an hour for an hourly limit, up to 24 hours for a daily one (Gmail counts the last 24 hours, not the calendar day).' },
      { text: 'Check how many recipients you sent to, not only how many messages: most providers count every address of a message against the limit, in To, Cc and Bcc alike, so one message to 200 people uses 200 of it.' },
      { text: 'Look in your Outbox and your sent mail for messages that go out again and again or that you did not write: a stuck message that a phone or program sends over and over, a script in a loop or a stolen password uses up the limit, and providers may suspend an account that keeps going over it.' },
      { text: 'If you regularly need to send more, ask your provider or sending service for a higher limit or plan, and send newsletters and other mass mailings through an email sending service: a mailbox account\'s limits are made for one person\'s mail.' },
    ],
    prevention: ['Keep mass mailings and automated notifications off personal and office mailbox accounts, and check a large send\'s number of recipients against your account\'s daily limit before you start it.'],
  },
  // No login method in common (knowledge/entry.ts SASL_MECHANISM): Postfix's smtp_sasl_proto.c and smtp_sasl_glue.c,
  // postconf(5) smtp_sasl_security_options (default noplaintext, noanonymous), smtp_sasl_tls_security_options,
  // smtp_sasl_mechanism_filter, smtp_tls_security_level; SASL_README (the Cyrus SASL plugins the client needs);
  // RFC 4954 (AUTH in the EHLO reply), RFC 3207 (STARTTLS).
  'auth.sasl-mechanism': {
    heldByOwnServer: true,
    explanation:
      'Your mail server (or program) has a username and password for the server it sends through, but could not log in: among the login methods that server offered (PLAIN, LOGIN, CRAM-MD5…), there was none your side could or would use. Usually the connection was not encrypted, and the server lists its login methods only after STARTTLS, or your side will not send a password in clear text (Postfix, by default, will not); or the SASL library\'s plugins for those methods are not installed; or a filter in the settings leaves none. The password was never tried, so it may well be right; no receiving server was asked, and the recipient\'s address is not to blame.',
    checklist: [
      { text: 'Turn on encryption for the connection to that server (STARTTLS on port 587, or TLS from the start on 465): most servers list their login methods only on an encrypted connection. In Postfix, set smtp_tls_security_level = encrypt for it.' },
      { text: 'If your server is Postfix, let it use the methods the server offers on that encrypted connection: smtp_sasl_tls_security_options = noanonymous (the default of both security settings, noplaintext, noanonymous, refuses PLAIN and LOGIN), and no smtp_sasl_mechanism_filter that leaves all of them out.' },
      { text: 'Add the SASL library\'s plugins for those methods if they are missing ("No worthy mechs found"): libsasl2-modules on Debian and Ubuntu, cyrus-sasl-plain and cyrus-sasl-md5 on Red Hat, Fedora and CentOS; then reload Postfix.' },
      { text: 'Check which methods the server offers: once connected, type EHLO and a name, and read the line that starts with 250-AUTH.', command: 'openssl s_client -starttls smtp -connect SMTP-SERVER:587' },
      { text: 'If an application sent it, turn on STARTTLS (or TLS on port 465) in its mail settings: its mail library looks for a login method it shares with the server only among those the server lists.' },
    ],
    prevention: ['Require encryption on every connection where your servers and programs log in, and keep the SASL plugins installed with the mail server.'],
  },
  // A login the server refused (knowledge/entry.ts LOGIN_REFUSED): RFC 4954 §6 (535 5.7.8 "Authentication credentials
  // invalid"); app passwords for accounts with two-step verification: https://support.google.com/accounts/answer/185833,
  // https://support.apple.com/102654, https://help.yahoo.com/kb/generate-manage-rd-party-passwords-sln15241.html; Outlook.com
  // and Hotmail, OAuth only from 16 September 2024 (Microsoft's "Modern authentication methods now needed to continue
  // syncing Outlook Email in non-Microsoft email apps"); Microsoft 365's SMTP AUTH and
  // security defaults: https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission.
  'auth.login-refused': {
    withProviderSteps: true,
    explanation:
      'Your mail program, app or server logged in to the server it sends through (SMTP authentication), and the server answered that the login was wrong (RFC 4954\'s 535, "authentication credentials invalid"). Most often the password is wrong or has changed, the username is not the full email address the provider expects, or the account has two-step verification and needs an app password (Gmail, iCloud, Yahoo) or a sign-in through the provider (OAuth) instead of the account\'s own password; some providers turn password logins off for mail programs altogether (Outlook.com and Hotmail since September 2024, Microsoft 365\'s SMTP AUTH and its security defaults). Too many failed attempts can lock logins for a while. Nothing was sent, and the recipient\'s address is not to blame.',
    checklist: [
      { text: 'Check the username and password in the program\'s outgoing (SMTP) settings: the username is usually the full email address; type the password again, and look for a trailing space or a character the settings file needs in quotes.' },
      { text: 'Use an app password if the account has two-step verification (Gmail, iCloud and Yahoo require one for mail programs), or let the program sign in through the provider (OAuth) where it offers that: Outlook.com and Hotmail accept nothing else from mail programs.' },
      { text: 'For Microsoft 365, check that SMTP AUTH is allowed for the mailbox (and not blocked by security defaults), or send through Microsoft Graph instead.', link: 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission' },
      { text: 'Sign in to the account on the provider\'s website: a locked account, a required password change or a security check stops logins from programs until it is cleared.' },
      { text: 'Send the message again once the login works: it was not sent.' },
    ],
    prevention: ['After you change an account\'s password or turn on two-step verification, update every program and device that sends through the account.'],
  },
  // Microsoft 365 refusing a password login for SMTP AUTH (knowledge/entry.ts SMTP_AUTH_OFF): the 5.7.139 replies that
  // Microsoft's "Enable or disable authenticated client SMTP submission (SMTP AUTH) in Exchange Online" lists
  // (https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission:
  // disabled for the tenant or the mailbox, blocked by security defaults, Set-CASMailbox -SmtpClientAuthenticationDisabled);
  // security defaults: https://learn.microsoft.com/en-us/entra/fundamentals/security-defaults; the other ways a device or
  // application can send (direct send, a connector relay):
  // https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365.
  'microsoft.smtp-auth-off': {
    explanation:
      'The program logged in to Microsoft 365\'s (Exchange Online\'s) outgoing server with a username and password, and Microsoft refused the way it logged in, not necessarily the password: SMTP AUTH is turned off for the mailbox or for the whole organization (the default for new organizations), the organization\'s security defaults or a Conditional Access policy block password sign-ins, or Microsoft\'s retirement of password (Basic) authentication for SMTP AUTH applies; an Outlook.com or Hotmail account has accepted only OAuth from mail programs since September 2024. Typing the password again will not help. Nothing was sent, and the recipient\'s address is not to blame.',
    checklist: [
      { text: 'Ask your Microsoft 365 administrator to allow SMTP AUTH for this mailbox (in the Microsoft 365 admin center, the user\'s Mail settings, "Authenticated SMTP", or Set-CASMailbox -SmtpClientAuthenticationDisabled $false), if the organization allows it at all.', link: 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission' },
      { text: 'Let the program sign in with OAuth (modern authentication) if it supports it for SMTP: Microsoft is retiring password logins for SMTP AUTH in Exchange Online, and Outlook.com and Hotmail accept nothing else.' },
      { text: 'Check whether security defaults or a Conditional Access policy block legacy (password) authentication for the account: they stop SMTP AUTH with a password even where the mailbox allows it.' },
      { text: 'For a program that cannot use OAuth (a printer or scanner or an old application), send through Microsoft 365\'s connector relay or direct send, or through a sending service, instead of logging in to smtp.office365.com.', link: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365' },
      { text: 'Send the message again once the program can log in: it was not sent.' },
    ],
    prevention: ['Set up devices and applications that send through Microsoft 365 with OAuth or a connector relay, not with a password.'],
  },
  // A server that requires STARTTLS before anything else, and a program that did not start it (knowledge/entry.ts
  // STARTTLS_FIRST): RFC 3207 §4 ("530 Must issue a STARTTLS command first"); Postfix's smtpd with
  // smtpd_tls_security_level = encrypt; Google's SMTP error reference (530 5.7.0); the settings that turn it on:
  // JavaMail's mail.smtp.starttls.enable (com.sun.mail.smtp package docs), Django's EMAIL_USE_TLS, PHPMailer's
  // SMTPSecure, Nodemailer's requireTLS; postconf(5) smtp_tls_security_level; Exim's smtp transport hosts_require_tls.
  'tls.starttls-first': {
    explanation:
      'The server the program sends through (its outgoing server, or the next mail server) accepts mail only over an encrypted connection, and the program sent its commands in clear text without starting encryption first (the STARTTLS command, RFC 3207). It is a setting of the program or server that sent the message: encryption is off, or set for the wrong port. No mail server judged the message itself, and the recipient\'s address is not to blame.',
    checklist: [
      { text: 'Turn on encryption in the program\'s outgoing (SMTP) settings: STARTTLS on port 587 (or 25), or TLS from the start (often called SSL) on port 465.' },
      { text: 'Check how the program\'s mail library names that setting: mail.smtp.starttls.enable=true in JavaMail, EMAIL_USE_TLS = True in Django, SMTPSecure = \'tls\' in PHPMailer, requireTLS: true in Nodemailer.' },
      { text: 'If a mail server of yours relays the message, make it use STARTTLS towards that server (Postfix: smtp_tls_security_level = may, or encrypt for that relay; Exim: hosts_require_tls in the smtp transport).', audience: 'own-server' },
      { text: 'Send the message again once encryption is on: it was not sent.' },
    ],
    prevention: ['Set every program that sends mail to encrypt its connection to the mail server (STARTTLS on 587 or TLS on 465): most mail providers refuse logins and mail in clear text.'],
  },
  // A recipient address refused for how it is written (verdict.ts): RFC 3463 X.1.3 "Bad destination mailbox address
  // syntax"; RFC 5321 §4.1.2 (Mailbox = Local-part "@" ( Domain / address-literal )), §3.3 (one address per RCPT).
  'recipient.malformed': {
    explanation:
      'The receiving server refused the recipient\'s address because of how it is written, not because it looked the mailbox up: it does not have the form name@domain that mail standards require (RFC 5321) — a missing or doubled @, a space, a comma or semicolon, a display name or quotes where the address goes, a trailing dot, characters that are not allowed, or several addresses a program joined into one field. Written correctly, the address may well work.',
    checklist: [
      { text: 'Read the address the reply quotes, or the one you sent to: look for a space, a comma or semicolon between two addresses, a missing @ or domain, a trailing dot, or a name or quotes around it.' },
      { text: 'Fix the address where it was typed or stored (the address book, the form, the database or the program\'s settings), and send the message again.' },
      { text: 'If a program sent the message, check how it builds the list of recipients: one address per recipient, not a list or a name and an address in one field, and no characters the standard does not allow.' },
    ],
    prevention: ['Check addresses when they are entered (a form\'s validation, a confirmation email), so that a mistyped address never reaches a mailing.'],
  },
  // A sender address refused as written (verdict.ts malformedSender): RFC 5321 §4.1.2 (Mailbox = Local-part "@"
  // Domain) and §4.2.3 (501, a syntax error in parameters); RFC 3463 X.1.7; Postfix postconf(5) reject_non_fqdn_sender,
  // myorigin, smtp_generic_maps; Exim's qualify_domain (spec.txt); Sendmail's MASQUERADE_AS (cf/README); PHP's mail()
  // additional_params -f and sendmail_from (php.net/function.mail).
  'sender.malformed': {
    explanation:
      'The server refused the sender address your mail server or program gave (in the MAIL FROM command) because it is not a full address of the form name@domain: a bare name (the program\'s name, the login name), a machine\'s own name instead of a real domain (root@localhost, www-data@ubuntu, a container\'s ID), a display name or encoded text where the address goes, or a typing error. It is a setting of the program or the server that sent the message, not of your account or your domain\'s DNS, and the recipient\'s address is not to blame.',
    checklist: [
      { text: 'Read the address the reply quotes (in angle brackets, or after the code): it is what your program or server gave as the sender, and it usually shows what is missing, the @ and a domain, or a real domain after a machine\'s own name (root@localhost, pi@raspberrypi).' },
      { text: 'Set the sender ("from") address in the program\'s mail settings to a full address at your domain, one your mail provider lets you send from: not the display name alone, not the login name, not the machine\'s user.' },
      { text: 'If a server or a script on it sends the mail (a cron job or a web application through PHP\'s mail() or a container), make it complete the addresses it writes with your domain: Postfix\'s myorigin (or smtp_generic_maps), Exim\'s qualify_domain, Sendmail\'s masquerading (MASQUERADE_AS), PHP\'s -f option or sendmail_from.' },
      { text: 'Check that the name and the address are separate: a quoted or encoded name (=?utf-8?…?=) where the address goes, a space, a trailing dot or a stray character in the address is refused in the same way.' },
    ],
    prevention: ['Give every server, container and application that sends mail a full sender address at your own domain in its mail settings, instead of the machine\'s default.'],
  },
  // Outgoing port 25 blocked on the sending side (outbound-port.ts): a large provider's receiving servers not reached at
  // connect. Port 25 held by cloud providers: https://cloud.google.com/compute/docs/tutorials/sending-mail (blocked),
  // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-resource-limits.html (port 25 restricted by default),
  // https://learn.microsoft.com/en-us/azure/virtual-network/troubleshoot-outbound-smtp-connectivity (blocked for most
  // subscription types), https://docs.digitalocean.com/support/why-is-smtp-blocked/ (blocked on new accounts); M3AAWG's
  // "Managing Port 25" (access providers blocking outbound port 25); RFC 6409 (submission on 587 with a login);
  // postconf(5) relayhost, inet_protocols.
  'network.outbound-blocked': {
    heldByOwnServer: true,
    explanation:
      'The mail server that sent your message (your own, or your mail provider\'s) could not open a connection to the receiving servers of a large mail provider or mail filtering service (Gmail, Outlook.com, Yahoo, iCloud, GMX and the like) on port 25, the port mail servers deliver on: the connection timed out, was refused or found no route. These providers run several receiving servers that answer at all hours, so when none of them can be reached, the way out is almost always blocked on the sending side: Google Cloud blocks outgoing port 25, AWS and Azure restrict it, DigitalOcean blocks it on new accounts, many home and office internet providers block it too, and a firewall on the server itself can do the same. When the address it could not reach is an IPv6 one (written with colons) and the reason is "Network is unreachable", the server has no working IPv6 route. The recipient\'s address and their provider are not to blame.',
    checklist: [
      { text: 'Send this notice to your mail provider\'s support, if you send through one: its server could not get out to the recipient\'s provider, and only the provider can fix that.', audience: 'mail-provider' },
      { text: 'Check from the server whether it can reach any mail server on port 25: if this test against Gmail\'s servers also times out or is refused, the block is on your side, not the recipient\'s.', command: 'nc -vz -w 10 gmail-smtp-in.l.google.com 25', audience: 'own-server' },
      { text: 'Ask your hosting or cloud provider whether it blocks outgoing port 25, and how to have it opened for a server that delivers its own mail: Google Cloud blocks port 25, AWS and Azure restrict it, DigitalOcean blocks it on new accounts; home internet providers often block it too.', audience: 'own-server' },
      { text: 'Send through a relay instead if port 25 stays closed: your mail provider\'s or a sending service\'s server on port 587 with a login (in Postfix, relayhost = [smtp.example.com]:587 with SASL authentication).', audience: 'own-server' },
      { text: 'If the address it could not reach has colons (IPv6) and the reason is "Network is unreachable", let the server use IPv4 only (Postfix: inet_protocols = ipv4) or give it a working IPv6 route.', audience: 'own-server' },
      { text: 'Check the server\'s own firewall for a rule that drops outgoing connections to port 25 (iptables or nftables, ufw, a cloud security group).', audience: 'own-server' },
    ],
    prevention: ['Before you run a mail server on a cloud or hosting machine, check that its provider lets it send on port 25, or set it up to relay through a sending service from the start.'],
  },
  // A post a mailing list holds for its moderator (knowledge/entry.ts LIST_HELD): GNU Mailman 2.1's postheld
  // notice, "Is being held until the list moderator can review it for approval … Either the message will get posted
  // to the list, or you will receive notification of the moderator's decision. If you would like to cancel this
  // posting, please visit the following URL" (Mailman/Handlers/Hold.py, templates/en/postheld.txt); Mailman 3's
  // "Your message to … awaits moderator approval" (chains/hold.py).
  'list.held': {
    temporaryAlready: true,
    explanation:
      'The mailing list did not refuse your message: it is holding it until a moderator reviews it, for the reason the notice gives (you are not a member, the list is moderated, the message has many recipients or a header the list watches for). The moderator will either let it out to the list or reject it, and the list tells you when they reject it. Your mail server and your address are not to blame, and nothing needs to be sent again.',
    checklist: [
      { text: 'Wait for the moderator\'s decision, and do not send the message again: a second copy would be held too, and both may go out.' },
      { text: 'Send from the address you subscribed with, if you are a member of the list: a post from another address of yours is held as a non-member\'s.' },
      { text: 'Ask the list\'s owner to let your address post, or join the list, if you want your posts to go out without waiting for a moderator.' },
      { text: 'Use the link in the notice to cancel the post, if you no longer want it sent.' },
    ],
    prevention: ['Post to mailing lists from the address you subscribed with.'],
  },
  // A sending program's failed TLS with the server it sends to (knowledge/entry.ts CLIENT_TLS): RFC 8314 §3 (465,
  // TLS from the first byte), RFC 3207 (STARTTLS on 587 and 25), RFC 6125 §6 (the name the client connected to must
  // be on the server's certificate); OpenSSL's SSL_R_WRONG_VERSION_NUMBER is a clear-text reply read as TLS;
  // openssl-s_client(1) -starttls smtp.
  'client.tls': {
    heldByOwnServer: true,
    explanation:
      'The program that sent this message (an application, a script, a mail client, or a mail server of your own) reached the mail server it was sending to, but the two could not set up an encrypted connection (TLS), so nothing was sent. Usually the port and the encryption setting do not go together (port 465 expects TLS from the first byte; 587 and 25 start in clear text and switch with STARTTLS), the server\'s certificate is not valid for the name the program connected to (an IP address or an alias instead of the name on the certificate), has expired or is self-signed, the server offers no encryption on that port, or the program\'s system is too old for the server\'s TLS versions and certificate authorities. No mail server refused the message, and the recipient\'s address is not to blame.',
    checklist: [
      { text: 'Check that the port and the encryption setting go together: 465 with TLS from the start (often called SSL), 587 with STARTTLS. "Wrong version number", "unrecognized SSL message" or a handshake that fails at once usually means one was set for the other.' },
      { text: 'Check that the program uses the server name that is on the server\'s certificate, the one your mail provider documents, not an IP address, "localhost" or another alias of the server.' },
      { text: 'Check the certificate the server offers, from the machine the program runs on (with the server\'s name and the port the program uses): it must be valid today and issued for that name.', command: 'openssl s_client -starttls smtp -connect SMTP-SERVER:587' },
      { text: 'Ask whoever runs the mail server to renew an expired certificate or replace a self-signed one, if that is what it offers; turn certificate checking off in the program only for a test, never for real mail.' },
      { text: 'Make the program\'s machine current if the certificate is valid and the error stays, or if the error names a protocol version: update its trusted certificate authorities (the system\'s CA certificates) and its runtime (OpenSSL, Java, .NET, PHP); old systems lack current authorities and TLS 1.2 or 1.3.' },
    ],
    prevention: ['Set programs up with the server name, port and encryption your mail provider documents, send a test message after any change, and watch your own mail server\'s certificate expiry date.'],
  },
  // A sending program's own connection failure (knowledge/entry.ts CLIENT_NO_CONNECTION): no SMTP reply, no receiving
  // server's verdict. The ports: RFC 8314 (465, TLS from the start) and RFC 6409 (587, submission, STARTTLS). Outgoing
  // port 25 held by cloud providers: https://cloud.google.com/compute/docs/tutorials/sending-mail (blocked),
  // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-resource-limits.html (port 25 restricted by default),
  // https://learn.microsoft.com/en-us/azure/virtual-network/troubleshoot-outbound-smtp-connectivity (blocked for most
  // subscription types), https://docs.digitalocean.com/support/why-is-smtp-blocked/ (blocked on new accounts).
  'client.no-connection': {
    heldByOwnServer: true,
    explanation:
      'The program that sent this message (an application, a script, a mail client, or a mail server of your own) could not connect to the mail server it was sending to: the server\'s name did not resolve, the connection was refused or timed out, or it was cut before the server answered. No mail server refused the message, and the recipient\'s address is not to blame. The cause is usually on the sending side: a wrong server name, port or encryption setting, no mail server where the program looks (such as localhost), or a firewall or hosting provider that blocks outgoing mail ports.',
    checklist: [
      { text: 'Check the program\'s mail server settings against your mail provider\'s: the server name (no typo, no spaces or quotes), the port, and the encryption that goes with it (587 with STARTTLS, 465 with TLS from the start). A refusal from localhost or 127.0.0.1 means no mail server runs on that machine.' },
      { text: 'Check, from the machine the program runs on, that the server\'s name resolves and that its port answers (for example with nc -vz, or Test-NetConnection on Windows, given the server\'s name and port).' },
      { text: 'If the connection times out, ask your hosting or cloud provider whether it blocks outgoing mail ports: Google Cloud blocks port 25, AWS and Azure restrict it, DigitalOcean blocks it on new accounts. Send through your mail provider on port 587 or 465 instead, or ask to have the block lifted.' },
      { text: 'Send the message again once the program connects: it was not sent.' },
    ],
    prevention: ['After changing the program\'s mail settings, or moving it to another server or network, send a test message.'],
  },
  // Postfix's smtp(8) (src/smtp/smtp_addr.c: "mail for %s loops back to myself") and Sendmail ("config error: mail loops
  // back to me (MX problem?)"): the next hop for the domain is the server itself; postconf(5) mydestination,
  // virtual_mailbox_domains, proxy_interfaces.
  'mta.mail-loop': {
    explanation:
      'The mail server that handled the message looked up where {recipientDomain} receives mail and found itself: the domain\'s MX record (or the relay it was told to use) points to that same server, yet the server is not set up to receive mail for the domain. Rather than send the message to itself in a loop, it gave up. This is a setup error on that server or in the domain\'s DNS; the address itself may be fine.',
    checklist: [
      { text: 'Look up where the recipient domain receives mail.', command: 'dig +short MX {recipientDomainArg}' },
      { text: 'If it is your own server, add the domain to the domains it receives mail for (Postfix: mydestination, or virtual_mailbox_domains / virtual_alias_domains; Sendmail: local-host-names), or point the MX record to the server that really holds the mailboxes. Behind NAT or a proxy, list the public address in Postfix\'s proxy_interfaces.' },
      { text: 'If the server is not yours, send this bounce to whoever runs it (your hosting or mail provider, or the recipient\'s): the domain\'s setup there is wrong.' },
    ],
    prevention: ['After moving a domain\'s mail to another server, update its MX record and remove the domain from the old server\'s local domains.'],
  },
  // A message stopped for too many hops, a loop between servers (knowledge/entry.ts MAIL_HOPS): RFC 5321 §6.3 (loop
  // detection by counting Received: header fields, a threshold of at least 100), RFC 3463 X.4.6 "Routing loop detected";
  // Postfix's hopcount_limit (postconf(5)) and local(8)'s Delivered-To: loop check; Sendmail's MaxHopCount (default 25);
  // Microsoft's NDR 5.4.14 "Hop count exceeded - possible mail loop" (forwarding, MX records, connectors, accepted
  // domains); Google's "Message exceeded 50 hops, this may indicate a mail loop".
  'mta.hop-loop': {
    explanation:
      'A mail server on the way stopped the message because it had already passed through too many servers (too many Received: lines in its header, or the same mailbox\'s Delivered-To: line again): it was going round in a loop. Usually the recipient\'s mail is forwarded in a circle: an address or domain that forwards to another that forwards back, a forward that points at its own address, or a domain whose mail goes back and forth between two services (an old and a new provider, say, or Microsoft 365 and a server of its own) that each send it to the other. Less often the loop is on the sending side, between your own servers or in a forward you set up. Sending again only loops again until the routing is fixed; the recipient\'s address may well be right.',
    checklist: [
      { text: 'Read in the bounce which servers the message passed through (its Received: lines, or the server the reply names): the names that repeat show where the loop is.' },
      { text: 'Let the recipient know, another way, that mail to this address goes round in a loop: their forwarding rules, aliases or their domain\'s mail routing (MX records and connectors) need fixing.' },
      { text: 'If the loop is between servers of yours, check the forwards and aliases of the address and where each server sends the domain\'s mail (Postfix: relayhost, transport_maps, virtual_alias_maps; Exchange or Microsoft 365: connectors and accepted domains), so that the mail ends in one mailbox.', audience: 'own-server' },
      { text: 'Send the message again once the loop is fixed: it was not delivered.' },
    ],
    prevention: ['When you move a domain\'s mail to another provider or set up forwarding, send a test message and check that it arrives once, in the mailbox you expect.'],
  },
  // A blocklist's error answer taken for a listing (knowledge/entry.ts LOOKUP_ERROR): Spamhaus's return codes
  // 127.255.255.252 (typing error in the list's name), 127.255.255.254 (query through a public or open resolver),
  // 127.255.255.255 (excessive number of queries) and the DBL's 127.0.1.255 (an IP address queried in a domain list),
  // which "must not be used to reject email"; the fixes it names: a resolver of one's own, or a Data Query Service key
  // (https://www.spamhaus.com/resource-center/help-for-spamhaus-projects-legacy-blocklist-users,
  // https://www.spamhaus.org/returnc/vol/, https://docs.spamhaus.com/datasets/docs/source/10-data-type-documentation/datasets/040-zones.html).
  'blocklist.lookup-error': {
    explanation:
      'The receiving server asked the Spamhaus blocklist about your server\'s IP address or your domain, but Spamhaus did not answer with a listing: it answered with an error code, because the lookup came through a public or shared DNS resolver (such as 8.8.8.8, 1.1.1.1 or a large provider\'s), because the server made too many lookups, or because it looked an IP address up in a list of domain names. Spamhaus asks that these error answers never be used to refuse mail, yet the receiving server treated this one as a listing. The reply says nothing against your IP address, your domain or your message; the fault is in the receiving server\'s setup, and only its administrator can fix it.',
    checklist: [
      { text: 'Look up your IP address and domain in Spamhaus\'s own checker if you want to be sure: the refusal itself does not say you are listed.', link: 'https://check.spamhaus.org/' },
      { text: 'Let the recipient know, another way, that their mail server refuses mail because of errors in its own Spamhaus lookups, and pass this reply on to their administrator.' },
      { text: 'If the server that refused is yours, make its blocklist lookups go through a resolver of its own (a local recursive resolver such as Unbound, not a public one or your provider\'s shared one) or use a Spamhaus Data Query Service key; in Postfix, map the 127.255.255.x error answers so that they never refuse.', audience: 'own-server' },
      { text: 'Send the message again once they have fixed it: it was not delivered.' },
    ],
    prevention: ['Nothing on your side causes this error; if you run a mail server, give its blocklist lookups a resolver of their own.'],
  },
  // The HELO/EHLO name refused: RFC 5321 §4.1.1.1 and §2.3.5 (a fully-qualified domain name or an address literal);
  // the settings that set it: Postfix postconf(5) myhostname / smtp_helo_name, Exim's primary_hostname and the smtp
  // transport's helo_data (spec.txt), Sendmail's confDOMAIN_NAME (cf/README), Exchange's Set-SendConnector -Fqdn,
  // PHPMailer's $Hostname, Nodemailer's `name` option, smtplib.SMTP(local_hostname=…), JavaMail's mail.smtp.localhost,
  // MailKit's SmtpClient.LocalDomain.
  'auth.helo': {
    explanation:
      'A mail server or program that connects to deliver mail first introduces itself with a name (the HELO or EHLO command). The receiving server refused that name: it was not a full domain name (a bare "localhost", a computer\'s short name, a private name like "server.local"), was malformed, does not exist in DNS, does not belong to the IP address you connected from{ipClause}, or was the receiving server\'s own. Mail standards ask for the sender\'s full domain name (or its IP address in brackets), and receivers refuse the rest as a mark of spam software. Your message, your address and the recipient\'s are not to blame.',
    checklist: [
      { text: 'Check which name your server or program sends: the rejection usually quotes it (in angle brackets, or after HELO or EHLO); "localhost", "localhost.localdomain", a single word or an internal name is the usual cause.' },
      { text: 'Set it to your mail server\'s full public name, one that exists in DNS and points to the IP address you send from: Postfix\'s myhostname (or smtp_helo_name), Exim\'s primary_hostname (or the smtp transport\'s helo_data), Sendmail\'s confDOMAIN_NAME, the FQDN of an Exchange send connector.', audience: 'own-server' },
      { text: 'Set the name an application\'s mail library sends, if an application sent the message: PHPMailer\'s Hostname, Nodemailer\'s name option, Python smtplib\'s local_hostname, JavaMail\'s mail.smtp.localhost, MailKit\'s LocalDomain.' },
      { text: 'Check that the IP address\'s reverse DNS gives the same name back: some receivers compare the two.', command: 'dig +short -x {ipArg}', audience: 'own-server' },
      { text: 'Send this bounce to your mail provider or hosting company if the server is theirs: the name it introduces itself with is theirs to fix.', audience: 'mail-provider' },
    ],
    prevention: ['Give every server and application that sends mail its full, resolvable host name in its mail settings, instead of the machine\'s default name.'],
  },
  // Microsoft 365's 5.7.750: mail from domains not added and validated as accepted domains, and how to fix it (add the
  // domain, a certificate-based connector, unusual connectors and compromised accounts):
  // https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-codes-550-5-7-703-550-5-7-705-550-5-7-708-550-5-7-750
  'tenant.unregistered-domain': {
    explanation:
      'Microsoft 365 (Exchange Online), which sends your organization\'s mail, did not send this message: the domain it came from is not one of your organization\'s accepted domains (added and verified in Microsoft 365). Microsoft lets a little mail from such domains through and blocks more, usually mail that an application, a device or your own server relays through Microsoft 365 with a From address in another domain. The recipient\'s server was not asked, and the recipient\'s address is not to blame; only an administrator of your Microsoft 365 organization can lift this.',
    checklist: [
      { text: 'Add the domain of the From address to your Microsoft 365 organization (admin center: Settings, Domains), verify it with the TXT record Microsoft gives you, then send the message again; if you are not an administrator there, send them this report.' },
      { text: 'Check the connector your own server, applications or devices relay through, if there is one: a certificate-based connector\'s certificate must be for one of your accepted, verified domains.' },
      { text: 'Check your organization\'s connectors for any that nobody created on purpose, and its accounts for signs of compromise: connectors an attacker added to send spam through your organization cause this block too.' },
    ],
    prevention: ['Add and verify in Microsoft 365 every domain your organization sends from, including the domains of applications and devices that relay through it, before mail goes out from them.'],
  },
  // A submission server's refusal of a From address the logged-in account may not use: Postfix postconf(5)
  // reject_sender_login_mismatch / smtpd_sender_login_maps; Microsoft 365 Send As
  // (https://learn.microsoft.com/en-us/exchange/recipients-in-exchange-online/manage-permissions-for-recipients);
  // Gmail's "Send mail as" (https://support.google.com/mail/answer/22370).
  'sender.login-mismatch': {
    explanation:
      'The server you send through (your mail provider\'s, or your own) refused the From address of this message: the account your program logged in with is not allowed to send as that address. Servers check this so that one account cannot send in someone else\'s name (Postfix\'s sender login check, Microsoft 365\'s Send As permission, the aliases of Gmail, Zoho and other providers). The recipient\'s server was not asked, and the recipient\'s address is not to blame.',
    checklist: [
      { text: 'Send from the address of the account you log in with, or log in with the account that owns the From address.' },
      { text: 'Add the right to send as the other address to your account if you need it (an alias, a shared mailbox, a no-reply address): as an alias or "send mail as" address with your provider, as a Send As permission in Microsoft 365, or in your own server\'s map of logins to senders (Postfix: smtpd_sender_login_maps).' },
      { text: 'Make the From address of an application the login\'s own address (or one it may use), and put any other address in Reply-To.' },
    ],
    prevention: ['Keep each application\'s login and From address side by side in its settings, and change them together.'],
  },
  'fact.temporary-domain': {
    temporaryAlready: true,
    explanation:
      "Looking up where {recipientDomain} receives mail gave \"no such domain\" this time, and your server treats it as temporary: it will try again. A domain that was just registered or changed, or a DNS outage, does this; so does a misspelled domain, which will keep failing.",
    checklist: [
      { text: 'Check the spelling of the domain (the part after the @).' },
      { text: 'Look the domain up yourself.', command: 'dig +short MX {recipientDomainArg}' },
      { text: 'Let your server keep retrying if the domain is right; if it is misspelled, write to the right address instead.' },
    ],
  },
};

/**
 * Who does what, in words, per category (taxonomy.md's `side` is where the fault lies, not who acts). `permanent` is
 * said of a final failure; `temporary` of a delay (4xx / 4.x.x), while the sending server is still retrying.
 */
export interface WhoActs {
  permanent: string;
  temporary: string;
}

const STILL_TRYING = 'No one yet: your server keeps trying on its own; act only if it finally gives up';

export const WHO_ACTS: Readonly<Record<Category, WhoActs>> = {
  spf: { permanent: "You: add the server that sent this to your domain's SPF record, then send again", temporary: "You: fix your domain's SPF record; your server keeps retrying meanwhile" },
  dkim: { permanent: 'You: turn on DKIM signing for your domain, then send again', temporary: 'You: fix DKIM signing for your domain; your server keeps retrying meanwhile' },
  dmarc: { permanent: 'You: make the service that sent this pass SPF or DKIM for your domain, then send again', temporary: 'You: make the sending service pass SPF or DKIM; your server keeps retrying meanwhile' },
  unauthenticated: { permanent: 'You: set up SPF and DKIM for your domain, then send again', temporary: 'You: set up SPF and DKIM for your domain; your server keeps retrying meanwhile' },
  ptr: { permanent: 'You or whoever runs your mail server: give the sending IP a reverse DNS name, then send again', temporary: 'You or whoever runs your mail server: give the sending IP a reverse DNS name; your server keeps retrying' },
  'ip-blocklist': { permanent: 'You or your mail provider: stop the cause and ask for delisting, then send again', temporary: 'You or your mail provider: stop the cause and ask for delisting; your server keeps retrying' },
  'domain-blocklist': { permanent: 'You: remove the listed domain from the message or ask for delisting, then send again', temporary: 'You: remove the listed domain or ask for delisting; your server keeps retrying' },
  reputation: { permanent: 'You: send less, and only to people who want your mail', temporary: 'You: send less for a while; your server keeps retrying' },
  'rate-limit': { permanent: 'You: send less at a time, then send again later', temporary: 'No one yet: your server retries; you: send less at a time' },
  spam: { permanent: 'You: change the message, then send again', temporary: 'No one yet: your server retries; if it keeps failing, you: change the message' },
  virus: { permanent: 'You: remove the dangerous attachment, then send again', temporary: 'You: remove the dangerous attachment; your server keeps retrying meanwhile' },
  'content-policy': { permanent: 'You: send the file another way (a link, another format)', temporary: 'No one yet: your server retries; if it keeps failing, you: send the file another way' },
  'message-size': { permanent: 'You: send a smaller message (large files as links)', temporary: 'No one yet: your server retries; if it keeps failing, you: send a smaller message' },
  'message-format': { permanent: 'You or the app that sent it: fix how the message is built', temporary: 'You or the app that sent it: fix how the message is built; your server keeps retrying' },
  'relay-denied': { permanent: 'You: check your outgoing server settings and the recipient domain', temporary: 'You: check your outgoing server settings; your server keeps retrying' },
  'auth-required': { permanent: 'You: log in to your outgoing server (check the SMTP settings), then send again', temporary: 'You: check the login in your SMTP settings; your server keeps retrying' },
  'tls-required': { permanent: "You or the recipient's administrator: fix the encrypted connection, then send again", temporary: "You or the recipient's administrator: fix the encrypted connection; your server keeps retrying" },
  'sender-rejected': { permanent: 'You: send from an address you are allowed to use', temporary: 'You: check your sender address; your server keeps retrying' },
  'recipient-unknown': { permanent: 'You: correct the address or stop sending to it', temporary: 'No one yet: your server retries; you: check the address' },
  'recipient-domain': { permanent: 'You: correct the domain or stop sending to it', temporary: 'No one yet: your server retries; you: check the spelling of the domain' },
  'mailbox-full': { permanent: 'The recipient: free space — you: try again later', temporary: 'The recipient: free space — your server keeps retrying' },
  'mailbox-disabled': { permanent: 'You: ask the person for a new address and stop sending to this one', temporary: 'No one yet: your server retries; you: ask the person whether the address still works' },
  'recipient-policy': { permanent: 'The recipient: allow your address — you: ask them to', temporary: 'The recipient: allow your address — your server keeps retrying' },
  policy: { permanent: "You: read the reply; the recipient's administrator can say which rule refused it", temporary: 'No one yet: your server retries; if it keeps failing, you: ask the recipient another way' },
  greylisting: { permanent: 'You: send the message again', temporary: 'No one: your server retries by itself' },
  'delivery-timeout': { permanent: 'You: check the address, then send again later or reach the person another way', temporary: STILL_TRYING },
  network: { permanent: "The recipient's side: fix their mail server — you: send again later", temporary: "The recipient's side: fix their mail server — your server keeps retrying" },
  'remote-error': { permanent: "The recipient's administrator: fix their server — you: try again later", temporary: "The recipient's administrator: fix their server — your server keeps retrying" },
  protocol: { permanent: 'You or the app that sent it: fix the sending program', temporary: 'You or the app that sent it: fix the sending program; your server keeps retrying' },
  'auto-reply': { permanent: 'No one: your message was delivered', temporary: 'No one: your message was delivered' },
  complaint: { permanent: 'You: stop sending to this person', temporary: 'You: stop sending to this person' },
  delivered: { permanent: 'No one: your message was delivered', temporary: 'No one: your message was delivered' },
  unknown: { permanent: 'You: read the reply, then ask the recipient another way', temporary: STILL_TRYING },
};

/**
 * Who does what for a verdict whose texts are its own (RULE_TEXTS) and whose category's line would mislead: a sending
 * service's suppression is filed as policy, but neither the recipient's administrator nor a rule of theirs is involved.
 */
export const RULE_WHO_ACTS: Readonly<Record<string, WhoActs>> = {
  'recipient.suppressed': {
    permanent: "You: look up in your sending service's suppression list why the address bounced before; correct it or stop sending to it",
    temporary: "You: look up in your sending service's suppression list why the address bounced before",
  },
  'service.test-mode': {
    permanent: "You: send from your own verified domain, or authorize the recipient in your sending service",
    temporary: "You: send from your own verified domain, or authorize the recipient in your sending service",
  },
  'service.account-hold': {
    permanent: "You: ask your sending service why it stopped sending for your account or domain, and have it resumed",
    temporary: "You: ask your sending service why it stopped sending for your account or domain, and have it resumed",
  },
  'service.sender-unverified': {
    permanent: "You: verify the address or domain you send from in your sending service, then send again",
    temporary: "You: verify the address or domain you send from in your sending service, then send again",
  },
  'sendmail.relay-mailer': {
    permanent: "You: fix the relay's name in your Sendmail configuration, or your server's name lookups",
    temporary: "You: fix the relay's name in your Sendmail configuration, or your server's name lookups",
  },
  'client.no-connection': { permanent: 'You or whoever runs the program: fix its mail server settings, or open the way to that server', temporary: 'You or whoever runs the program: fix its mail server settings, or open the way to that server' },
  'client.tls': { permanent: 'You or whoever runs the program: match its port and encryption to the server, or fix the server\'s certificate', temporary: 'You or whoever runs the program: match its port and encryption to the server, or fix the server\'s certificate' },
  'list.held': { permanent: 'The list\'s moderator: approve or reject it — you: nothing to send again', temporary: 'The list\'s moderator: approve or reject it — you: nothing to send again' },
  'auth.login-throttle': { permanent: 'You: fix the program\'s login and let it rest a while, then send again', temporary: 'You: fix the program\'s login and let it rest a while, then send again' },
  'account.sending-limit': { permanent: 'You: wait until your account\'s sending limit resets, then send again', temporary: 'You: wait until your account\'s sending limit resets, then send again' },
  'auth.sasl-mechanism': { permanent: 'You or whoever runs the sending server: encrypt the connection before the login, or allow a method the server offers', temporary: 'You or whoever runs the sending server: encrypt the connection before the login, or allow a method the server offers; your server keeps retrying' },
  'auth.login-refused': { permanent: "You: fix the login in the program's outgoing (SMTP) settings, then send again", temporary: "You: fix the login in the program's outgoing (SMTP) settings; your server keeps retrying" },
  'microsoft.smtp-auth-off': { permanent: "Your Microsoft 365 administrator: allow SMTP AUTH for the mailbox, or you: switch the program to OAuth or a relay, then send again", temporary: "Your Microsoft 365 administrator: allow SMTP AUTH for the mailbox, or you: switch the program to OAuth or a relay; your server keeps retrying" },
  'tls.starttls-first': { permanent: "You or whoever runs the program: turn on encryption (STARTTLS) in its mail settings, then send again", temporary: "You or whoever runs the program: turn on encryption (STARTTLS) in its mail settings; your server keeps retrying" },
  'recipient.malformed': { permanent: "You: correct the address where it was written, then send again", temporary: "You: correct the address where it was written; your server keeps retrying" },
  'sender.malformed': { permanent: 'You or whoever runs the program or server: set a full sender address (name@your-domain) in its mail settings, then send again', temporary: 'You or whoever runs the program or server: set a full sender address (name@your-domain) in its mail settings; your server keeps retrying' },
  'network.outbound-blocked': { permanent: "Whoever runs the sending mail server (you, your hosting provider or your mail provider): open outgoing port 25 or relay through port 587, then send again", temporary: "Whoever runs the sending mail server (you, your hosting provider or your mail provider): open outgoing port 25 or relay through port 587; the server keeps retrying" },
  'mta.mail-loop': { permanent: 'Whoever runs that mail server: set it up to receive the domain\'s mail, or fix the domain\'s MX record', temporary: 'Whoever runs that mail server: set it up to receive the domain\'s mail, or fix the domain\'s MX record' },
  'mta.hop-loop': { permanent: "The recipient, or whoever runs their mail: fix the forwarding or routing that loops — you: tell them, then send again", temporary: "The recipient, or whoever runs their mail: fix the forwarding or routing that loops — your server keeps retrying" },
  'blocklist.lookup-error': { permanent: "The recipient's administrator: fix their blocklist lookups — you: tell them, then send again", temporary: "The recipient's administrator: fix their blocklist lookups — your server keeps retrying" },
  'sender.login-mismatch': { permanent: 'You: send from an address your login may use, or get the right to send as this one', temporary: 'You: send from an address your login may use, or get the right to send as this one' },
  'tenant.unregistered-domain': { permanent: 'You or your Microsoft 365 administrator: add and verify the domain you send from in Microsoft 365', temporary: 'You or your Microsoft 365 administrator: add and verify the domain you send from in Microsoft 365' },
  'auth.helo': { permanent: 'You or whoever runs the sending server: make it introduce itself with its full domain name, then send again', temporary: 'You or whoever runs the sending server: make it introduce itself with its full domain name; your server keeps retrying' },
};
