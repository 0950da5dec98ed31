/**
 * Delivery itself failing: the sending server gave up after days, the receiver could not be reached, the receiver
 * broke, or the SMTP conversation went wrong. Wording from Postfix ("Connection timed out", "delivery temporarily
 * suspended"), Exim ("retry timeout exceeded"), Sendmail ("Message could not be delivered for 5 days"), qmail ("I'm not
 * going to try again"), RFC 5321 §4.2.3 (500–504).
 */
import type { Rule } from '../types';

export const TRANSPORT_RULES: readonly Rule[] = [
  {
    // The sending server gave up: that is what happened, and a reply that also quotes its last error ("… in the queue
    // too long. Unable to contact LDAP server") says why.
    id: 'transport.timeout',
    category: 'delivery-timeout',
    symptom: true,
    phrases: [
      'retry timeout exceeded', 'message expired', 'expired', 'could not be delivered for', 'has been in the queue too long',
      'not going to try again', 'delivery time expired', 'too old', 'giving up', 'given up', 'failing for a long time', 'retry time not reached',
      'queue too long', 'exceeded the maximum time',
      // The same outcome in other words: "has stopped trying", "will not be retried", "Delivery has been abandoned",
      // "couldn't be delivered in the time allowed", "in the queue for too long".
      'stopped trying', 'will not be retried', 'delivery abandoned', 'been abandoned', 'in the time allowed', 'within the allowed time',
      'in the queue for too long', 'too long in the queue', 'retry time exceeded',
      // The queue's lifetime spent (Postfix maximal_queue_lifetime, Exchange's message expiration timeout).
      'queue lifetime', 'maximal_queue_lifetime', 'expiration time', 'expiry time', 'expiration timeout',
    ],
    // IMail: "Delivery failed 20 attempts: pat@example.com"; the delivery itself timing out ("Message delivery has timed
    // out", "delivery attempts timed out").
    patterns: [
      // "… delivery attempts" said of the retries, not a count field (Lotus Domino's "(delivery attempts: 0)").
      /\bdelivery attempts\b(?![ \t]*[:=][ \t]*\d)/i,
      /\bfailed (?:after )?\d{1,4} attempts\b/i,
      /\b(?:delivery|message|mail|e-?mail|attempts?|retries)\b(?: \w{1,12}){0,2} timed out\b/i,
      // The time it was given, spent: "Delivery failed after 72 hours".
      /\bfailed after \d{1,4} (?:days?|hours?)\b/i,
      // The retry schedule spent, however it is counted (RFC 5321 §4.5.4.1: retries continue until the sender gives
      // up): "maximum retry count exceeded", "retry period expired", "the maximum number of delivery attempts has been
      // reached", "retries exhausted". Attempts are delivery attempts only ("login attempts exceeded" is not this).
      /\bretr(?:y|ies)(?: (?:period|limit|count|time|interval|schedule))? (?:(?:has|have) )?(?:been )?(?:reached|exceeded|expired|exhausted|elapsed)\b/i,
      /\bdelivery attempts?(?: \(\d{1,4}\))?(?: (?:period|limit|count|time|interval|schedule))? (?:(?:has|have) )?(?:been )?(?:reached|exceeded|expired|exhausted|elapsed)\b/i,
      /\bafter (?:\d{1,4}|multiple|repeated|several|many) (?:delivery )?(?:attempts|retries|tries)\b/i,
      // The queue's lifetime spent (Postfix maximal_queue_lifetime, Exchange's message expiration timeout, Sendmail
      // Timeout.queuereturn): "in the queue for 5 days", "exceeded its expiration time", "queue lifetime".
      /\bin (?:the )?queue for (?:\d{1,4}|several|many) (?:days?|hours?)\b/i,
      // A delivery that did not happen for a stated time (Sendmail "could not be delivered for 5 days", "still
      // undelivered after 4 hours"; "could not be reached for 48 hours"). (Not "within N days": nothing documents it.)
      ...['days?', 'hours?'].map((unit) => new RegExp(String.raw`\b(?:undelivered|not (?:been )?(?:delivered|sent)|(?:could ?n[o'\u2019]t|can ?not|unable to) (?:be )?(?:delivered|deliver|reached|sent|send))\b[^.;\n]{0,40}?\b(?:for|after|over|in) (?:the (?:past|last) )?(?:\d{1,4}|several|many) ${unit}\b`, 'i')),
    ],
    source: 'Exim retry rules ("retry timeout exceeded"); Sendmail Timeout.queuereturn ("Message could not be delivered for 5 days", "Warning: message still undelivered after 4 hours"); Postfix maximal_queue_lifetime; Exchange message expiration timeout interval (4.4.7); RFC 5321 §4.5.4.1 (retry strategy, the sender gives up); RFC 3463 X.4.7',
  },
  {
    id: 'transport.network',
    category: 'network',
    phrases: [
      'connection timed out', 'connection refused', 'connection reset', 'network is unreachable', 'no route to host',
      'dns error', 'dns query failed',
      'dns lookup', 'temporary failure in name resolution', 'host is unreachable',
      'mail loop', 'routing loop', 'hop count', 'too many hops', 'servfail', 'unable to route', 'not reachable',
      'read error', 'cname lookup failed', "wasn't able to establish",
      // The same failures as client programs and webmails word them.
      'network error', 'socket error', 'server unreachable', 'host unreachable', 'network unreachable', 'timeout waiting for',
      'timeout connecting', 'connection lost',
      'requests to connect', 'name server reply', 'host name lookup failure', 'connection attempt',
      // A connection the other end ended ("Your server has unexpectedly terminated the connection" — Outlook 0x800CCC0F).
      'terminated the connection',
    ],
    // A name lookup that failed, however the program words it: "DNS resolving error", "Name server timeout"
    // (h_errno TRY_AGAIN as mailers print it), "DNS lookup timed out", "Hostname cannot be resolved" ("reverse DNS
    // lookup failed" is the sending IP's PTR, auth.ptr's).
    patterns: [
      // Something of the connection timed out ("Connection timed out", "conversation with … timed out", "Read timed
      // out", "timed out waiting for greeting") — not the delivery itself ("Delivery timed out": transport.timeout).
      // The words between may name the host, dots and all (Swift Mailer's "Connection to tcp://smtp.example.com:465
      // Timed Out", Symfony Mailer's 'Connection to "smtp.example.com:587" timed out.'), not end a sentence.
      /\b(?:connection|connect|conversation|session|socket|read|write|lookup|operation|greeting|banner|handshake|smtp|server|host)\b(?: (?:[^\s.;]|\.(?=\S)){1,60}){0,3}? timed out\b/i,
      /\btimed out (?:while|waiting|reading|connecting|during)\b/i,
      // A sending program's failure whose whole reason is "timed out": a socket time-out as Python words it (CPython
      // Modules/socketmodule.c raises TimeoutError("timed out") for a connect, read or write that took too long) —
      // "Notification email failed: timed out!". Only when no word follows ("…: timed out after 5 days" is the retries').
      /\b(?:failed|failure|error)\b[^.;:\n]{0,60}: timed out(?![ \t]{0,4}\w)/i,
      /(?<!\breverse )\bdns (?:resolution|resolving|lookup|look-up|query|server) (?:error|failure|failed|timeout|timed out)\b/i,
      /\bname ?server (?:error|failure|failed|timeout|timed out)\b/i,
      /\bresolver (?:error|failure|failed|timeout|timed out)\b/i,
      /\bhost ?name (?:cannot|could not|couldn't|can't|can not) be resolved\b/i,
      // The receiving server named as out of reach ("The mail server for the recipient domain could not be reached").
      // (Not "could not be reached for 48 hours": the retries given up, transport.timeout's.)
      /\b(?:servers?|hosts?|mx|mail exchangers?) (?:[\w'’-]{1,20} ){0,6}(?:could ?n[o'’]t|can(?:['’]| ?no)t|cannot) be (?:reached|contacted)\b(?! (?:for|within|in) (?:\d|the|over|more))/i,
      // …and the address or MX of a host, however the failure is said ("Failed to resolve IP address for mx.example.org").
      /\b(?:(?:unable|failed) to|could ?n[o'’]t|cannot|can(?:['’]| ?no)t) resolve (?:the )?(?:host(?: ?name)?|ip address|address(?:es)?|mx)\b/i,
      // A server that could not be found, reached or heard from, as mail clients say it ("The server "smtp.example.com"
      // cannot be found", "Server not found", "unable to reach destination mail server", "The SMTP server is not
      // responding", "did not respond to a connection attempt").
      // (Not across a colon: "…server>>: Sender address rejected: Domain not found" is another clause about another thing.)
      // (A dot inside a name, "smtp.example.com", is no sentence end.)
      /\bserver\b(?:[^.;:\n]|\.(?=\S)){0,60}?\b(?:not found|cannot be found|can(?:['’]| ?no)t be found|could ?n[o'’]t be found|was not found)\b/i,
      /\b(?:unable to|could ?n[o'’]t|cannot|can(?:['’]| ?no)t|failed to) reach\b[^.;\n]{0,30}?\bserver\b/i,
      /\bserver (?:is |was )?not responding\b/i,
      // A host that does not answer, in RFC 3463's words for X.4.1 ("No answer from host").
      /\bno answer from (?:the )?(?:remote )?(?:host|server)\b/i,
      // sSMTP's words when its mail hub did not take the connection (ssmtp.c smtp_open: 'Unable to connect to "%s" port
      // %d.', then ssmtp(): 'Cannot open %s:%d') — often as "sendmail: Cannot open mail:25" where ssmtp is sendmail.
      /\bunable to connect to "[^"\n]{1,253}" port \d{1,5}\b/i,
      /\bcannot open [a-z0-9][\w.-]{0,252}:\d{1,5}\b/i,
      // "A stable connection to the server could not be established", "Connection could not be established with host …"
      // (Swift Mailer's TransportException).
      /\bconnection\b[^.;\n]{0,40}?\b(?:could ?n[o'’]t|can(?:['’]| ?no)t|cannot) be established\b/i,
      /\btime-?out(?:\(\d{1,6}\))? (?:while|when) (?:trying to )?(?:read|connect|writ|wait|receiv)/i,
      // "Temporary failure of hostname lookup", "error during DNS resolution"; "Read/Write error over network connection".
      ...['lookup', 'resolution'].map((what) => new RegExp(String.raw`\b(?:failure|failed|error) (?:of|in|during) (?:the )?(?:host ?name|dns|name) ${what}\b`, 'i')),
      /\b(?:read|write|read\/write|i\/o|network|socket) errors? (?:over|on|in) (?:the |a )?(?:network )?connection\b/i,
      // Postfix's own line for a connection attempt that failed, whatever the system's error after it ("connect to
      // mx.example.org[192.0.2.1]:25: Connection refused", "…: Address not available"): smtp_connect.c, 4.4.1.
      /\bconnect to [^\s[\]]{1,255}\[[0-9a-f.:]{2,45}\](?::\d{1,5})?: /i,
    ],
    source: 'Postfix smtp(8) connection errors (src/smtp/smtp_connect.c: "connect to %s[%s]:%d: %m", 4.4.1); RFC 5321 §4.2.3 (421); RFC 3463 X.4.x; taxonomy.md (network: a DNS or connection failure); RFC 1034/1035 resolver failures (SERVFAIL, time-out); mail clients\' sending errors (Thunderbird messengercompose.ftl send-error-smtp-*: "connecting to … failed", "timed out"; Outlook 0x800CCC0F "unexpectedly terminated the connection"; Swift Mailer "Connection could not be established with host"); RFC 792 (ICMP destination unreachable: "net unreachable", "host unreachable"); sSMTP ssmtp.c (smtp_open "Unable to connect to … port …", "Cannot open host:port")',
  },
  {
    // The sending side could not get through, said without why: what happened. With nothing else said that is the
    // network; a reply that also names the reason ("Failed to connect to the recipient's mail server. No MX records were
    // found", "refused to talk to me: 554 … listed at zen.spamhaus.org") is about that reason.
    id: 'transport.no-connection',
    category: 'network',
    symptom: true,
    phrases: [
      'lost connection', 'could not connect', 'connect to', 'refused to talk', 'connection closed',
      // Postfix's note that it stopped trying a destination for a while; why follows the colon ("delivery temporarily
      // suspended: connect to …: Connection timed out", "… host … refused to talk to me: 421 …").
      'delivery temporarily suspended',
      // The sending program's own words for the same ("SMTP failed to connect: io: timed out").
      'failed to connect', 'unable to connect', "couldn't connect", 'cannot connect', "can't connect",
      'unexpectedly closed', 'closed the connection', 'connection to the',
    ],
    // "Could not establish a connection", "unable to open connection to".
    patterns: [
      /\b(?:establish|open)(?: an?| the)? (?:smtp |tcp |network )?connection\b/i,
      // Haraka's outbound "Remote end 192.0.2.1:25 closed connection while we were processing mail".
      /\b(?:remote end|remote host|remote server|remote side|peer)(?: \S{1,60})? (?:unexpectedly )?closed (?:the )?connection\b/i,
    ],
    source: 'Postfix smtp(8) ("connect to …", "lost connection with …", "refused to talk to me"; qmgr(8)\'s "delivery temporarily suspended: <reason>"); Haraka outbound/hmail.js ("Remote end … closed connection while we were processing mail")',
  },
  {
    // RFC 5321's own words for 421: the server is closing the channel, which is what happened, not why ("554-No SMTP
    // service 554-IP address is block listed" says why).
    id: 'transport.unavailable',
    category: 'network',
    symptom: true,
    phrases: ['service not available'],
    source: 'RFC 5321 §4.2.3 (421 "<domain> Service not available, closing transmission channel")',
  },
  {
    // The recipient's server accepted the address, then its local delivery program (procmail, maildrop, a Postfix
    // pipe) could not write the mailbox: "Command output: procmail: Couldn't create …", "Lock failure on …".
    id: 'transport.local-delivery',
    category: 'remote-error',
    phrases: ["couldn't create", "can't create", 'cannot create', 'lock failure', 'error while writing', 'unable to create mailbox'],
    source: 'Postfix local(8)/pipe(8) "Command output:"; procmail(1) diagnostics ("Couldn\'t create", "Lock failure on")',
  },
  {
    id: 'transport.remote-error',
    category: 'remote-error',
    phrases: [
      'internal error', 'server error', 'local error', 'temporary local problem', 'system error', 'mailer error', 'system not accepting',
      'insufficient system', 'disk full', 'queue file write error', 'unable to contact ldap', 'ldap server', 'unable to deliver locally', 'local delivery failed',
      'resource temporarily unavailable', 'temporarily unavailable', 'processing error', 'database error',
      'error in processing', 'command output', 'procmail', 'mail system full',
      'service currently unavailable', 'insufficient disk space', 'remote server is misconfigured', 'server is misconfigured',
      // The receiving system took the message and could not store it ("Your message was received but it could not be
      // saved").
      'could not be saved', 'could not be stored', 'failed to store the message',
      // RFC 3463 X.3.0 ("something about the system has caused" the failure), said as such: "4.3.0 System failure".
      'system failure',
    ],
    // RFC 5321 §4.2.3's own example of a 450: "mailbox unavailable (e.g., mailbox busy…)" — the receiving side, for now.
    // RFC 3463 X.3.2's examples of a system not accepting mail: "imminent shutdown, excessive load, or system
    // maintenance" ("High load, try again later", "Server is busy", "server overloaded").
    patterns: [
      /\b(?:mail)?box (?:is )?busy\b/i,
      /\b(?:high|excessive|heavy) (?:system )?load\b/i,
      /\b(?:server|system) (?:is )?(?:too )?busy\b/i,
      /\b(?:server|system) (?:is )?overloaded\b/i,
    ],
    source: 'RFC 5321 §4.2.3 (451 "local error in processing"; 450 "mailbox busy"); RFC 3463 X.3.x (X.3.2 "System not accepting network messages": "imminent shutdown, excessive load, or system maintenance"); Postfix local(8)',
  },
  {
    // The receiving system's parts named in a reply ("STOREDRV.Deliver.Exception:QuotaExceededException", "LMTP error
    // after end of data") say where it failed, not why: the reason after them decides, and alone
    // they say only that something on the receiving side refused.
    id: 'transport.remote-component',
    category: 'remote-error',
    weak: true,
    phrases: ['exception', 'storedrv', 'lmtp', 'temporarily rejected'],
    source: 'Microsoft Exchange STOREDRV.* status texts; RFC 2033 (LMTP)',
  },
  {
    id: 'transport.protocol',
    category: 'protocol',
    phrases: [
      'syntax error', 'command unrecognized', 'unrecognized command', 'bad sequence', 'need mail command', 'need rcpt command',
      'command not implemented', 'pipelining', 'invalid command', 'unknown command', 'line too long for',
      'sent_second_ehlo', 'second ehlo', 'malformed address', 'may not follow',
      // Exim: "SMTP protocol synchronization error (input sent without waiting for greeting)".
      'synchronization error', 'protocol synchronization',
      // STARTTLS given again on a connection already under TLS: RFC 2595 §4's example reply, which servers reuse.
      'command not permitted when tls active',
    ],
    // A client that got a positive reply where it expected another ("Expected response code 250 but got code \"354\""):
    // the two sides were out of step, nothing was refused. (The paste reader's GOT_POSITIVE, the same words, takes such
    // a sentence as the reply.)
    patterns: [
      /\bexpected\b[^\n]{0,30}?\b(?:code|response|reply|status)\b[^\n]{0,30}?\bgot(?: code| response| reply)?[ \t'"\u201c]{0,3}[23][0-5]\d\b/i,
      // An IMAP or POP3 server's greeting where the SMTP greeting (220) was expected: the client was pointed at the
      // mailbox-access port, not the submission port ("short response: * OK [CAPABILITY IMAP4rev1 …] Dovecot ready.").
      /(?<![\w*])\* OK \[CAPABILITY IMAP4/i,
      /\+OK POP3\b|\+OK [\w.-]{1,64} POP3\b/i,
    ],
    source: 'RFC 5321 §4.2.3 (500–504), §4.5.3.1 (line limits), §4.3.2 (the replies each command may get), §4.2 (the 220 greeting); Exim spec, SMTP protocol synchronization ("SMTP protocol synchronization error"); RFC 2595 §4 ("Command not permitted when TLS active"); Swift Mailer and Symfony Mailer assertResponseCode ("Expected response code %s but got code "%s", with message "%s""); RFC 9051 §7.1.1 and RFC 3501 §7.1.1 (the IMAP greeting "* OK [CAPABILITY IMAP4rev1 …]"), RFC 1939 §4 (the POP3 greeting "+OK")',
  },
  {
    // "A protocol error" says what happened to the conversation, not why: a reply that also names the cause ("… due to a
    // protocol error. Input line longer than 254 characters") is about that cause; alone it is the protocol.
    id: 'transport.protocol-error',
    category: 'protocol',
    symptom: true,
    phrases: ['protocol error'],
    source: 'RFC 5321 §4.2.3 (500–504: the conversation itself failed)',
  },
];

/** The last resort before "unknown": a receiver refusing by policy without saying which. */
export const POLICY_RULES: readonly Rule[] = [
  {
    // 554's own text in RFC 5321 names no cause: on its own it says the receiving system failed the transaction (a
    // hint, as weak as a single word), and any cause the reply goes on to name outweighs it.
    id: 'transport.transaction-failed',
    category: 'remote-error',
    weak: true,
    phrases: ['transaction failed'],
    source: 'RFC 5321 §4.2.2 and §4.2.3 (554 "Transaction failed")',
  },
  {
    id: 'policy.generic',
    category: 'policy',
    weak: true,
    phrases: ['policy', 'not accepted', 'rejected', 'denied', 'not authorized', 'prohibited', 'administrative prohibition', 'not permitted', 'refused', 'blocked', 'not accepting', 'not allowed'],
    source: 'RFC 3463 X.7.1 ("Delivery not authorized, message refused")',
  },
];
