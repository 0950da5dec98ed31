/**
 * What the sender's message or sending pattern triggered: volume limits, spam and malware filters, content and size
 * limits, malformed messages, TLS, SMTP authentication and relaying, refused senders, reputation and greylisting.
 * Wording from stock MTAs and filters: Postfix (postconf(5), smtpd access restrictions), Exim (spec, ACL messages),
 * Sendmail (cf/README), rspamd (https://rspamd.com/doc/), SpamAssassin/spamass-milter, ClamAV/amavis, postgrey(8).
 */
import type { Rule } from '../types';

export const RATE_LIMIT_RULES: readonly Rule[] = [
  {
    id: 'sending.rate-limit',
    category: 'rate-limit',
    phrases: [
      'too many recipients', 'too many messages', 'too many connections', 'too many concurrent',
      'sending limit', 'message limit', 'too fast', 'too frequently', 'too much mail', 'excessive volume', 'receiving mail at a rate', 'receiving mail too quickly',
      'frequency limited', 'max message per connection', 'unusual rate', 'exceeded the rate', 'connection limit', 'too many sessions',
      'submissionquotaexceeded', 'unusual sending activity', 'trop de connexions', 'mail flood',
      'messaging limit', 'limit of messages', 'too many emails', 'too many e-mails', 'too many mails', 'mail limit', 'email limit',
      // A limit per day or hour is a rate, whatever it counts ("You have reached your daily limit").
      'daily limit', 'hourly limit', 'recipients per message',
      // RFC 5321 §4.5.3.1.10's limit on recipients, by name ("recipient limit exceeded", "too many recipients").
      'recipient limit', 'recipients limit',
      // The same limit by its other names, as the quota pattern below takes them ("Reached address outgoing limits").
      'outgoing limit', 'outbound limit',
      // Exchange's NDR for too many recipients ("The e-mail system limits the number of recipients that can be addressed
      // in a single message"), and its limit of concurrent connections (4.3.2).
      'limits the number of recipients', 'to fewer recipients', 'concurrent connections', 'concurrency limit',
      // Exchange's limit of messages one mailbox has in flight at once, the recipient's ("432 4.3.2 STOREDRV.Deliver;
      // recipient thread limit exceeded") or the sender's ("STOREDRV.ClientSubmit; sender thread limit exceeded").
      'thread limit exceeded',
      // RFC 6585's name for a rate limit in any protocol (HTTP 429 "Too Many Requests": too many requests in a given
      // amount of time), which policy servers reuse ("too many requests per time unit").
      'too many requests',
    ],
    // A count of mail per unit of time: "the maximum number of messages per day", "100 emails per hour".
    // Mail per unit of time, and a sending, message or connection rate over its limit ("Maximum sending rate
    // exceeded" — Amazon SES; "sasl_rate_limit … sending rate limit was reached" — Gandi).
    patterns: [
      // …or with a slash for "per" ("limited to 100 messages / hour", "500 emails/day").
      /\b(?:e-?mails?|messages?|mails|msgs|recipients|rcpts)(?: per | ?\/ ?)(?:second|minute|hour|day|24 hours)\b/i,
      // …or per SMTP session or connection, which the providers limit too (GoDaddy IB510 "max number of messages per
      // session", Bluehost "max messages per session", Stalwart "Maximum number of messages per session exceeded").
      // (Or the count of them: "Maximum message count per session reached".)
      /\b(?:e-?mails?|messages?|mails|msgs|recipients|rcpts)(?: count)? per (?:smtp )?(?:session|connection)\b/i,
      // A maximum number of connections, messages or recipients said to be passed ("The mail server [192.0.2.1] has
      // exceeded the maximum number of connections"): a concurrency or count limit, as Exchange's 4.3.2 says it.
      /\b(?:exceeded|reached|over) (?:the |its |your )?(?:max(?:imum)?|allowed) (?:number|count) of (?:concurrent |simultaneous |smtp )?(?:connections|sessions|messages|e-?mails|recipients)\b/i,
      // …and the other way round, as Exchange's 4.3.2 says it ("The maximum number of concurrent server connections
      // has exceeded a per-source limit", the receive connector's MaxInboundConnectionPerSource).
      /\bmax(?:imum)? (?:number|count) of (?:concurrent |simultaneous )?(?:server |inbound |smtp )?(?:connections|sessions) (?:has |have )?(?:been )?(?:exceeded|reached)\b/i,
      // A limit counted per client, said to be passed ("Authentication failure per IP limit exceeded"): Postfix's anvil(8)
      // and Exim's ratelimit count per client IP, over a time window.
      /\bper[- ](?:ip|ip address|client|host|sender|user|account) (?:rate )?limit (?:was |has been |is )?(?:exceeded|reached)\b/i,
      // A maximum or limit of anything per unit of time is a rate, whatever it counts ("the max defers and failures
      // per hour" — cPanel's Exim; "a limit of 300 per day"; "limits for how many messages can be sent per hour").
      /\b(?:max(?:imum)?|limit of|limits? (?:for|on) how many)(?: [\w/-]{1,20}){1,5} per (?:second|minute|hour|day|\d{1,3} (?:hours|days))\b/i,
      /\b(?:sending|send|message|mail|connection|recipient) rate(?: limit)? (?:was |has been |is )?(?:exceeded|exceeds|reached)\b/i,
      // The same with whose rate it is between ("Message submission rate for this client has exceeded the configured
      // limit" — Exchange's receive connector MessageRateLimit).
      /\b(?:submission|sending|message|connection) rate (?:for|of|from) (?:this|the|your) (?:client|ip|host|sender|account|user) (?:has |have )?(?:exceeded|reached)\b/i,
      // …and a rate limit said to be reached, which is the cause itself, not the symptom "rate limited" ("Your
      // account reached its rate limit of 120 requests/min", "exceeded the sending rate limit").
      /\b(?:reached|exceeded|hit) (?:a|the|your|its|their|our) (?:[a-z]{1,12} ){0,2}rate limits?\b/i,
    ],
    source: 'RFC 5321 §4.5.3.1.10 (recipient limits); Postfix smtpd_client_*_rate_limit; Exim ratelimit ACL; Exchange NDR 5.5.3 ("The e-mail system limits the number of recipients that can be addressed in a single message") and 4.3.2 ("maximum number of concurrent connections … has exceeded a limit"); RFC 6585 §4 (429 Too Many Requests); Postfix default_destination_concurrency_limit (a concurrency limit); Exchange receive connectors\' MessageRateLimit (https://learn.microsoft.com/exchange/mail-flow/message-rate-limits: messages a client may submit per minute); messages per SMTP session (GoDaddy IB510, Bluehost "max messages per session", Stalwart "Maximum number of messages per session exceeded": knowledge/small-mailboxes.ts, hosting.ts, mail-servers.ts); Gmail sending limits (https://support.google.com/a/answer/166852: "You have reached a limit for sending mail"); Exchange Online 5.7.232/5.7.233 ("exceeded its daily limit for sending email to external recipients")',
  },
  {
    // The sender's own account over the sending limit of the provider, host or service it sends through: a quota or
    // limit of mail *sent*, per hour, day or plan period, or said of "your account" (texts of their own, knowledge/
    // entry.ts ACCOUNT_LIMIT). A receiver's limits are rates per client or connection (sending.rate-limit).
    id: 'account.sending-limit',
    category: 'rate-limit',
    phrases: [
      // A quota of mail sent, not of storage ("sending quota exceeded", "daily quota"): longer than a mailbox's "quota
      // exceeded", which it holds.
      'sending quota', 'send quota', 'daily user sending', 'sending quota exceeded', 'send quota exceeded', 'daily quota', 'hourly quota',
    ],
    patterns: [
      // A limit of mail sent per hour or day ("Daily user sending limit exceeded" — Gmail; "exceeded its 24-hour
      // sending limit"; "your daily email limit" — DirectAdmin; "Daily message limit exceeded").
      /\b(?:daily|hourly|24[- ]hours?) (?:user )?(?:sending|send|outgoing|outbound|e-?mail|message) (?:limit|quota)s?\b/i,
      // A quota of the mail sent, however it is named ("Sender Hourly Quota Exceeded", "your Outmail quota").
      /\b(?:sender|sending|outgoing|outbound|outmail|hourly|daily|weekly|monthly) (?:(?:hourly|daily|message|mail|e-?mail|sending) )?quota\b/i,
      // An account's sending limits said to be used up ("The limits for your account are exceeded"): a limit, not a
      // quota, which a mailbox's storage shares the word with.
      /\blimits? (?:for|of|on) (?:your|this|the) account (?:is |are |was |were |has been |have been )?(?:exceeded|reached)\b/i,
      // …and the sender's account said to have used up its quota of mail ("Your account reached its email quota limit"
      // — MailerSend; "your account has exceeded its sending quota"): the account sends, so it is a quota of sending,
      // not of storage (a mailbox's storage is the recipient's, and named as such: "mailbox", "storage", "disk"); its rate
      // limit is the service's limit on what the account sends ("Your account reached its rate limit of 15 requests/min"
      // — MailerSend's API, HTTP 429, RFC 6585 §4).
      /\byour account (?:has )?(?:reached|exceeded|hit|used up) (?:its|the|your) (?:(?:e-?mail|sending|send|message|daily|hourly|monthly|plan|rate) ){0,2}(?:quota|limit)s?\b/i,
      // A limit on sending said to be reached, however it is counted ("You have reached a limit for sending mail" —
      // Gmail; "your tenant has exceeded its daily limit for sending email to external recipients" — Exchange
      // Online's 5.7.233; "reached the limit for outgoing messages").
      /\b(?:reached|exceeded|hit|over) (?:a|the|your|its|their|our) (?:daily |hourly |monthly )?limits? (?:for|on|of) (?:sending|outgoing|outbound)\b/i,
      // A count or quota per day or hour said to be over its limit, whatever it counts ("Daily Mail Count Exceeds
      // Limit", "Daily Recipient count exceeds limit", "Hourly message total reached"): a rate, as above.
      /\b(?:daily|hourly|weekly|monthly) (?:[a-z-]{1,15} ){0,3}(?:count|quota|total)s? (?:has |have )?(?:exceeds?|exceeded|reached)\b/i,
    ],
    source: 'Gmail sending limits (https://support.google.com/a/answer/166852: "Daily user sending limit exceeded", "You have reached a limit for sending mail"); Google SMTP errors 550 5.4.5 (https://support.google.com/a/answer/3726730); iCloud Mail sending limits (https://support.apple.com/102198: "You have exceeded your daily sending limit"); Amazon SES sending quotas (https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas.html: "Daily message quota exceeded"); Exchange Online 5.7.232/5.7.233 ("exceeded its daily limit for sending email to external recipients"); DirectAdmin exim.pl ("daily email limit"); MailerSend #MS42204 ("Your account reached its email quota limit")',
  },
  {
    // "Rate limited", "throttled", "slow down" say what happened to the mail, not why: a reply that also names a cause
    // ("rate limited because SPF did not pass") is about that cause.
    id: 'sending.rate-limited',
    category: 'rate-limit',
    symptom: true,
    phrases: ['rate limit', 'rate-limit', 'ratelimit', 'rate limited', 'throttl*', 'slow down'],
    source: 'Postfix smtpd_client_message_rate_limit ("Error: too much mail from …"); rspamd ratelimit module ("Ratelimit exceeded")',
  },
];

/** A receiver that says outright it judged the message spam. */
export const SPAM_VERDICT_RULES: readonly Rule[] = [
  {
    id: 'content.spam-verdict',
    category: 'spam',
    phrases: ['rejected due to spam', 'classified as spam', 'detected as spam', 'message rejected as spam', 'spam message rejected', 'looks like spam', 'likely spam', 'identified as spam', 'considered spam', 'suspicion of spam'],
    source: 'SpamAssassin/rspamd reject texts; Microsoft 5.7.350; Yandex "Message rejected under suspicion of SPAM"',
  },
];

export const CONTENT_RULES: readonly Rule[] = [
  {
    id: 'content.virus',
    // A scanner's verdict names what was checked, as SPF or DKIM do: it outweighs the generic words around it
    // ("Message content rejected - VIRUS").
    term: true,
    category: 'virus',
    // A "potential security issue" in the content is a dangerous attachment or link (taxonomy.md: virus; Gmail's 552 5.7.0
    // points to "File types blocked in Gmail", which blocks them "to help prevent viruses").
    phrases: ['virus', 'malware', 'infected', 'malicious', 'trojan', 'phishing', 'dangerous attachment', 'eicar', 'potential security issue'],
    source: 'ClamAV/amavisd-new reject texts; RFC 3463 X.7.1; https://support.google.com/mail/answer/6590',
  },
  {
    id: 'content.spam',
    category: 'spam',
    phrases: [
      'spam', 'unsolicited', 'junk mail', 'bulk mail', 'content filter', 'content-filter', 'message content rejected', 'looks like spam',
      // The terms the UBE/UCE names above stand for (same sources as content.ube).
      'unsolicited bulk email', 'unsolicited commercial email',
      // The spam filters by name (SpamAssassin; Rspamd, rspamd.com; "antispam", the word run together): their verdict
      // is a spam verdict.
      'spamassassin', 'spam assassin', 'rspamd', 'antispam',
      'spam score', 'score too high', 'score exceeded', 'score exceeds', 'message score', 'suspicious message', 'suspicious content', 'mail content denied', 'classified as bulk', 'classified as junk', 'high probability',
    ],
    // The verdict said as what the filter made of the message ("was marked as spam by the system", "identified as
    // junk mail"): the class named, as "classified as junk" above — it outweighs the examples a notice goes on to list.
    patterns: [
      /\b(?:marked|flagged|identified|classified|detected|recogni[sz]ed|judged) as (?:spam|junk)\b/i,
      // A spam filter's score said of the message ("This message scored 11.4 points"): Exim's spam condition hands over
      // SpamAssassin's score for the ACL's reply, "This message scored $spam_score spam points." in its manual.
      /\b(?:message|mail|e-?mail) scored -?\d{1,3}(?:\.\d{1,2})? (?:spam )?points\b/i,
    ],
    source: 'Exim specification, "Content scanning at ACL time" ($spam_score: "This message scored $spam_score spam points."); NetEase Mail\'s code list (451/554 DT:SPM, "the message has the marks of spam", https://help.mail.163.com/ via https://biecuoliao.com/pa/MBRrwEM.html); SpamAssassin/spamass-milter and rspamd reject texts (https://rspamd.com/doc/configuration/metrics.html); Netscape Messaging Server "unsolicited bulk email (UBE)" and Postfix "unsolicited commercial email (UCE)" (see content.ube); SpamAssassin named in its milters\' rejections ("SpamAssassin score … exceeds threshold")',
  },
  {
    // The administrators' own names for spam: a filter that answers "UBE" or "UCE" names the class it put the message
    // in, as a blocklist's name names the list — it outweighs the generic "message content rejected" around it.
    id: 'content.ube',
    category: 'spam',
    phrases: ['ube', 'uce'],
    name: true,
    source: 'Netscape/iPlanet Messaging Server Administrator\'s Guide, "Filtering Unsolicited Bulk Email" (UBE, https://docs.oracle.com/cd/E19079-01/nscp.mes.svr41/816-6044-10/ubefiltr.htm); Postfix "UCE Controls" (unsolicited commercial email, https://www.postfix.org/uce.html); RFC 2505 (BCP 30)',
  },
  {
    id: 'content.size',
    category: 'message-size',
    phrases: ['message size', 'too large', 'too big', 'size limit', 'exceeds fixed limit', 'message length exceeds', 'recipsizelimit', 'size exceeds', 'maximum size', 'larger than'],
    // A size stated in bytes ("is more than 10485760 bytes long"): RFC 1870 counts the SIZE limit in octets. The
    // limit said with its article or a word for what is limited ("exceeds the maximum supported size", "exceeds the
    // maximum allowed message size") — not a mailbox's size, which is its quota.
    patterns: [
      /\b(?:more|larger|bigger|greater) than \d{4,12} (?:bytes|octets)\b/i,
      /\bexceed(?:s|ed|ing)? (?:the )?(?:maximum|max|allowed|permitted) (?:(?:supported|allowed|permitted|message|e-?mail|attachment) ){0,2}size\b/i,
      // The message or an attachment over a limit given in bytes, kilobytes or megabytes ("attachment exceeds the 25 MB
      // limit", "message is larger than 10MB"): a mailbox's limit is said of the mailbox, and is its quota.
      /\b(?:message|e-?mail|attachments?|files?)(?: size)? (?:exceeds|exceeded|is over|is larger than|is bigger than) (?:the |our )?(?:maximum |max |allowed |permitted )?(?:size )?(?:limit (?:of )?)?\d{1,6} ?(?:[kmg]i?b|megabytes?|kilobytes?|bytes)\b/i,
    ],
    source: 'RFC 1870 (SIZE); Postfix message_size_limit ("Message size exceeds fixed limit")',
  },
  {
    id: 'content.policy',
    category: 'content-policy',
    phrases: [
      'attachment', 'attachments', 'file type', 'filename', 'content restrictions', 'not allowed content', 'banned content', 'prohibited content',
      'media type', 'executable', 'encrypted archive', 'macro', 'macros', 'content policy', 'forbidden content',
      // An archive the filter cannot open to scan (Gmail's "password-protected archives"; Mail Assure's PasswordedArchive).
      'password protected zip', 'password-protected zip', 'password protected archive', 'password-protected archive',
      'password protected file', 'password-protected file', 'encrypted zip',
    ],
    // A file type or extension the receiver forbids, as filters name the rule ("Matched map: FORBIDDEN_FILE_EXTENSION",
    // "blocked file type", "prohibited attachment", "Disallowed Attach Type"); and files said to be of a type that is
    // not accepted ("Gmail won't accept these types of files", "files of this type are not accepted").
    patterns: [
      ...['types?', 'extensions?', 'attachments?'].map((what) => new RegExp(String.raw`(?:forbidden|prohibited|blocked|banned|disallowed|illegal|restricted)[ _-](?:(?:file|attach(?:ment)?)[ _-])?${what}\b`, 'i')),
      /\b(?:these|this|those) types? of (?:files?|attachments?)\b|\bfiles? of (?:this|that|these) types?\b/i,
    ],
    source: 'amavisd-new banned files; Microsoft Exchange Online attachment filtering (common attachment filter: file types); Gmail\'s blocked file types (https://support.google.com/mail/answer/6590: "Gmail won\'t accept these types of files", "password-protected archives")',
  },
  {
    id: 'content.format',
    category: 'message-format',
    phrases: [
      'rfc 5322', 'rfc5322', 'rfc 2822', 'rfc2822', 'rfc 822', 'malformed header', 'malformed message', 'bare linefeed', 'barelinefeeds',
      'line too long', 'lines too long', 'not rfc compliant', 'duplicate header', 'missing header', 'header syntax', 'improperly formatted', 'improper format', 'improper header', 'invalid message-id',
      'no message-id', 'invalid from header', 'message is not rfc', 'multiple addresses in from', 'from: header',
      'mime error', 'invalid mime', 'malformed mime', 'wrong mime', 'duplicate header field', 'missing required header', 'bare lf', 'bare <lf>', 'bare cr',
      // RFC 5322 §3.6.1: the origination date field a filter found invalid or far off.
      'date header',
      'encoding error', 'non-encoded 8-bit data', 'bad header section', 'invalid encoding', 'line length', '8bit data', '8-bit data',
      'missing message-id', 'mime boundary', 'rfc 2045', 'rfc 2046', 'rfc 2047', 'rfc2045', 'rfc2046', 'rfc2047', 'not properly formatted', 'bare newline', 'bare newlines', 'too many headers', 'too many header fields',
    ],
    // A header (or the subject) said to be broken, however the server words it: "Illegal header format", "Message header is
    // invalid", "Invalid character in header", "Subject contains invalid characters" (RFC 5322 §2.2 and §3: header field
    // syntax; RFC 2047 for characters outside ASCII).
    patterns: [
      /\b(?:invalid|illegal|malformed|bad|broken|corrupt(?:ed)?|improper(?:ly formatted)?)(?: \w{1,20})? headers?\b(?! from\b)/i,
      /\b(?:message )?headers? (?:is|are|was|were) (?:invalid|illegal|malformed|corrupt(?:ed)?|too long|too large)\b/i,
      /\b(?:message )?headers? (?:fail|failed|fails|did not pass|do not pass) (?:a |the )?(?:syntax|format|rfc) ?(?:check|validation)?\b/i,
      /\bduplicate (?:[\w-]{1,20}:? )?header(?: fields?)?\b/i,
      /\binvalid characters? in (?:the )?(?:message )?(?:header|subject)\b/i,
      // A line over a length limit (RFC 5321 §4.5.3.1.6: 1000 octets with CRLF; RFC 5322 §2.1.1: 998 characters):
      // "Message contains a line longer than 998 characters", "Input line … longer than 254 characters".
      /\blines?\b[^.;\n]{0,30}?\blonger than \d{2,5} (?:characters|chars|bytes|octets)\b/i,
      /\b(?:subject|header) contains invalid characters?\b/i,
      // Characters outside ASCII said to be in a header, which RFC 5322 §2.2 keeps to US-ASCII (RFC 2047 encodes the
      // rest): "Message headers can not have 8-bit non-ASCII characters in it", "non-ASCII characters in the header".
      /\bheaders?\b[^.;\n]{0,40}?\b(?:8-?bit|non-ascii)\b[^.;\n]{0,20}?\bcharacters?\b|\b(?:8-?bit|non-ascii) characters? in (?:the |its )?(?:message )?headers?\b/i,
      // A header field RFC 5322 §3.6 requires, said missing: "Missing Date header", "missing required header field".
      /\bmissing (?:a |the |required )?(?:['"]?[\w-]{1,20}:?['"]? ){0,2}header(?: field)?\b/i,
      // …and said the other way round: "'From' header is missing", "Date header field not present".
      /\bheaders?(?: fields?)? (?:is |are |was |were )?(?:missing|absent|not present)\b/i,
      // A syntax error said of a header is the message's format, not the SMTP conversation's: "syntax error in rfc822
      // header", "Syntax error in From header".
      /\b(?:syntax )?errors? in (?:the )?(?:message |mail |mime |rfc ?822 |rfc ?5322 |[\w-]{1,20}:? )?header(?: fields?|s)?\b/i,
      // …and said after it: "Message-Id header line format error", "header syntax error".
      /\bheader(?: lines?| fields?)? (?:format|syntax|parse|parsing) errors?\b/i,
      // A line of the message over the length limit (RFC 5321 §4.5.3.1.6), however it is worded: "message line is too long".
      /\b(?:message|text|body|data) lines? (?:is |are |was |were )?too long\b/i,
      // A header field that occurs more often than RFC 5322 §3.6 allows (From, Sender, Subject, Date… at most once; a
      // From with several mailboxes only beside a Sender field, §3.6.2): Gmail's "it has multiple From: headers",
      // "Messages with multiple addresses in the From: header", however a server words it ("more than one Subject
      // header", "should have one or no Subject headers"). Not "Received", whose count is a loop's, not a format's.
      /\b(?:multiple|more than one|two or more) (?:(?!received\b)['"]?[\w-]{1,20}:?['"]? )?header(?: fields?|s)?\b/i,
      /\b(?:one or no|at most one|only one) ['"]?(?!received\b)[\w-]{1,20}:?['"]? headers?\b/i,
      /\bmultiple (?:addresses|mailboxes) in (?:the |a |an )?['"]?(?:from|sender)\b/i,
      // Compliance with the RFCs said to have failed ("554 5.0.0 Message not accepted due to failed RFC compliance" —
      // Yahoo's, as Word to the Wise quotes it; Yahoo's postmaster pages list "RFC compliance failures").
      /\b(?:failed|fails|failing|lacks?|lacking|no|without) (?:the )?rfc ?\d{0,4} compliance\b|\brfc ?\d{0,4} compliance (?:failures?|failed|errors?|violations?)\b/i,
    ],
    source:
      'Yahoo Sender Hub "SMTP error codes" (RFC compliance failures) and Word to the Wise, "Message not compliant with the RFCs" (https://wordtothewise.com/2022/05/message-not-compliant-with-the-rfcs: Yahoo\'s "554 5.0.0 Message not accepted due to failed RFC compliance"); RFC 5322 §3.6 ("missing required header field", "duplicate header field", and each field\'s maximum number of occurrences: Gmail 5.7.1 "it has multiple From: headers", "multiple addresses in the From: header"); RFC 2045, 2046, 2047 (MIME, its boundaries and encoded words); RFC 5322 §2.2 (header fields are US-ASCII: 8-bit or non-ASCII characters in a header); RFC 5321 §4.5.3.1.6 (text line length, "message line is too long"); Gmail 5.7.1 "Messages missing a valid Message-ID header"; RFC 5321 §4.5.3.1.6 (line length); Exchange SMTPSEND.BareLinefeedsAreIllegal; amavisd-new "BAD HEADER: MIME error"; RFC 5321 §2.3.8 and the servers that refuse a "bare LF" / "bare CR" since SMTP smuggling (https://www.postfix.org/smtp-smuggling.html, sendmail 8.18 op.me srv_features "bare LF"/"bare CR", https://cr.yp.to/docs/smtplf.html)',
  },
];

/** Stage and code facts: a status about the sender's address, DNS failures that may pass, hosts that take no mail. */
export const STAGE_RULES: readonly Rule[] = [
  {
    id: 'smtp.sender-status',
    category: 'sender-rejected',
    status: ['x.1.7', 'x.1.8'],
    source: 'RFC 3463 X.1.7 (bad sender\'s mailbox address syntax), X.1.8 (bad sender\'s system address)',
  },
  {
    id: 'smtp.sender-domain',
    category: 'sender-rejected',
    phrases: [
      'domain of sender address', 'sender address rejected', 'sender domain must exist', 'sender verify failed', 'sender address has null mx',
      'sender domain has no', 'sender domain does not exist', 'sender domain not found',
    ],
    source: 'Sendmail check_mail ("Domain of sender address … does not exist"); Postfix reject_unknown_sender_domain',
  },
  {
    // "Host not found, try again" (Postfix) is a DNS failure that may pass, not a domain that does not exist.
    id: 'smtp.dns-temporary',
    category: 'network',
    phrases: ['not found, try again', 'temporary failure in name resolution', 'servfail', 'dns query failed', 'name server reply'],
    source: 'Postfix smtp(8) "Host or domain name not found … try again"; RFC 1035 SERVFAIL',
  },
  {
    id: 'smtp.no-mail-host',
    category: 'recipient-domain',
    // The code names the cause outright (weights.ts definingCode).
    name: true,
    codes: ['521', '556'],
    source: 'RFC 7504 (521/556: host or domain does not accept mail)',
  },
];

export const SESSION_RULES: readonly Rule[] = [
  {
    id: 'session.tls',
    category: 'tls-required',
    phrases: [
      'starttls', 'tls required', 'must issue a starttls', 'encryption required', 'requiretls', 'tls not available', 'tls negotiation', 'tls handshake', 'secure connection', 'ssl', 'tls is required', 'starttls is required', 'starttls required', 'cipher', 'tls',
      // A certificate the client could not verify, as Postfix and OpenSSL report it.
      'certificate verification failed', 'certificate verify failed', 'certificate has expired', 'self signed certificate', 'self-signed certificate', 'untrusted issuer',
      // …and as TLS stacks word a chain they could not verify (BearSSL's BR_ERR_X509_NOT_TRUSTED "server certificate
      // not trusted", Java trust managers' CertificateException).
      'certificate not trusted',
      // …and as Exchange Online's connectors report it ("450 4.7.320 Certificate validation failed
      // [Message=SubjectMismatch]").
      'certificate validation failed',
      // The requirement in plain words: "requires a secure (encrypted) connection", "unencrypted connections are not allowed".
      'encrypted connection', 'unencrypted connection', 'unencrypted connections', 'insecure connection', 'requires encryption',
      // The connection named by its TLS, as clients say the negotiation failed ("failed to establish a TLS
      // connection").
      'tls connection', 'ssl connection', 'ssl/tls connection',
      // The handshake that failed, named alone: in SMTP the only handshake is TLS's (RFC 8446 §6.2's handshake_failure
      // alert, "unable to negotiate an acceptable set of security parameters").
      'handshake error', 'handshake failed', 'handshake failure',
    ],
    // …and sending said to need it ("Email sending without SSL/TLS encryption is not allowed", "without encryption").
    patterns: [
      /\bwithout (?:(?:ssl|tls|ssl\/tls|starttls) )?encryption\b/i,
      // The TLS negotiation said not to have started ("454 4.3.5 unable to start TLS: no certificate configured", Postfix's
      // "Cannot start TLS: handshake failure", "failed to negotiate TLS"): RFC 3207 §4's STARTTLS that could not proceed,
      // whatever the status beside it says of the server.
      /\b(?:unable to|failed to|could ?n[o'’]t|cannot|can['’]t) (?:start|initiate|establish|negotiate|begin) (?:the )?(?:tls|ssl|starttls)\b/i,
      // The certificate the client could not verify, said in other words ("The certificate of the receiving server could
      // not be verified", "unable to verify the server certificate").
      /\bcertificate\b[^.;\n]{0,60}?\b(?:could ?n[o'’]t|can(?:['’]| ?no)t|cannot) be (?:verified|validated|trusted)\b/i,
      /\b(?:could ?n[o'’]t|unable to|failed to|cannot) (?:verify|validate) (?:the )?(?:remote |server(?:['’]s)? |peer(?:['’]s)? |tls |ssl |x\.?509 )?certificate\b/i,
    ],
    source: 'RFC 3207 (STARTTLS) §4 (the TLS negotiation; a TLS connection that could not be established is that negotiation failing); RFC 8689 (REQUIRETLS); Postfix TLS_README ("certificate verification failed for …: untrusted issuer"); OpenSSL X509_verify_cert_error_string ("certificate has expired", "self signed certificate", "certificate verify failed"); Exchange Online\'s connector queue "450 4.7.320 Certificate validation failed"); RFC 3207 §4 and RFC 8314 in plain words ("encrypted connection", "unencrypted connections are not allowed"); RFC 8446 §6.2 (the handshake_failure alert: a handshake named alone); BearSSL BR_ERR_X509_NOT_TRUSTED ("server certificate not trusted")',
  },
  {
    id: 'session.auth-required',
    category: 'auth-required',
    phrases: [
      'authentication required', 'authentication is required', 'client was not authenticated', 'client not authenticated',
      // …and of the user the client logs in as ("530 5.7.0 User not authenticated", "5.7.3 … user not
      // authenticated").
      'user not authenticated', 'user is not authenticated',
      'must be authenticated', 'smtp auth', 'authentication credentials invalid', 'username and password not accepted',
      'authentication unsuccessful', 'authentication failed', 'invalid credentials', 'please authenticate', 'auth required',
      'sender must authenticate', 'login required', 'unauthenticated senders', 'smtp authentication', 'turn on smtp',
      'without authentication', 'without authenticating', 'authenticate first', 'must authenticate',
      // The AUTH command (RFC 4954) asked for before MAIL, as "Must issue a STARTTLS command first" asks for STARTTLS.
      'auth command first', 'auth first',
      // RFC 4954's "Authentication required" said of the server ("This mail server requires authentication when …").
      'requires authentication', 'require authentication',
      // RFC 4954 §4: the server "rejects the authentication data" (535) — said as a noun or of the attempt.
      'authentication failure', 'authentication rejected', 'authentication refused',
      // …and with the command's own name for it (RFC 4954's AUTH: "553 5.3.0 Auth failure", "Auth failed").
      'auth failure', 'auth failed',
      // RFC 4954 §4: a mechanism the server does not support is refused with 504 ("504 5.5.4 Unrecognized authentication
      // type", aiosmtpd's words; "Unsupported AUTH mechanism"): the client's authentication settings must change.
      'unrecognized authentication type', 'unsupported auth mechanism', 'unsupported authentication mechanism',
      'authentication mechanism not supported', 'auth mechanism not supported',
    ],
    // RFC 4954's 535 "Authentication credentials invalid" in the words a server or a client gives it: the password or
    // the login named as wrong ("Incorrect password", "Your SMTP password was rejected", "Username or password is
    // invalid").
    patterns: [
      /\b(?:incorrect|invalid|wrong|bad) (?:password|passwd|user ?name or password|user ?name and password|login or password)\b/i,
      // (The account named in quotes, as mail programs name it — 'The user name or password for "SMTP:pat@x" is
      // incorrect' — or the password said to be the one entered.)
      /\b(?:password|passwd|user ?name or password|user ?name and password)(?: (?:for|of) (?:"[^"\n]{1,100}"|'[^'\n]{1,100}'|[\w.@+:-]{1,100}))?(?: (?:that )?you (?:entered|provided|typed|used))? (?:(?:is|was|were) )?(?:incorrect|invalid|wrong|rejected|refused|not accepted)\b/i,
    ],
    source: 'RFC 4954 §4 (504 to AUTH with a mechanism the server does not support), §6 (530 5.7.0, 535 5.7.8); aio-libs/aiosmtpd aiosmtpd/smtp.py (smtp_AUTH: "504 5.5.4 Unrecognized authentication type")',
  },
  {
    // A sending service's HTTP API refusing the request's credentials — a wrong, missing or revoked API key: HTTP 401
    // Unauthorized, "the request has not been applied because it lacks valid authentication credentials". SMTP has no
    // reply 401, so a 401 beside "Unauthorized", or a 401 given as an HTTP status, is the API's.
    id: 'session.http-unauthorized',
    category: 'auth-required',
    patterns: [
      /\b401\b[ \t:()'"-]{0,4}unauthori[sz]ed\b|\bunauthori[sz]ed\b[ \t:()'"-]{0,4}401\b/i,
      // Python requests' raise_for_status(): "401 Client Error: Unauthorized for url: …".
      /\b401 client error: unauthori[sz]ed\b/i,
      /\b(?:http\/[12](?:\.[01])?|(?:http )?status(?: ?code)?|statuscode)["']?[ \t:=]{1,3}["']?401\b/i,
    ],
    source: 'RFC 9110 §15.5.2 (401 Unauthorized); Postmark API overview (https://postmarkapp.com/developer/api/overview: "wrong or missing headers … HTTP Response 401 (Unauthorized)"); psf/requests src/requests/models.py raise_for_status ("%s Client Error: %s for url: %s")',
  },
  {
    id: 'session.relay',
    category: 'relay-denied',
    phrases: ['relay access denied', 'relaying denied', 'unable to relay', 'relay not permitted', 'relaying not allowed', 'not permitted to relay', 'relay denied', 'we do not relay', 'relaying disallowed', 'relaying mail to', 'relay access', 'not allowed to relay', 'relay prohibited', 'configured to relay', 'relay mail', 'allowed rcpthosts', 'allowed to be relayed',
      // Relaying (RFC 5321 §3.6) named in a refusal is a refusal to relay, however the refusal is worded ("No relaying").
      'relaying',
      // …and said as the relay refused ("554 Relay rejected for policy reasons", as Lotus Domino words it).
      'relay rejected', 'relay refused',
      // Relaying said as forwarding to another host (RFC 2034 §4's example "551-5.7.1 Forwarding to remote hosts
      // disabled"; ASSP's NoRelaying default "550 5.7.1 Forwarding to remote hosts disabled").
      'forwarding to remote hosts'],
    // A domain this server does not handle, said as not being here ("No such domain at this location", "domain isn't
    // in my list of allowed rcpthosts"): the server is not the domain's destination — it says nothing of whether the
    // domain exists elsewhere, so never that the address should be dropped.
    patterns: [/\bno such domain (?:here|at this (?:location|site|server|host)|on this (?:server|host|system))\b/i,
      // The same refusals said as a sentence about the relay ("Relay is not allowed", "relay was refused").
      /\brelay (?:is|was) (?:not (?:allowed|permitted)|denied|refused|rejected|prohibited)\b/i,
      // …or of the relay service, access or request ("Relay Service denied for IP …"), or of the recipient as a relay
      // target this server does not take ("This is not accepted relay target").
      /\brelay(?:ing)? (?:service|access|request|attempt)s? (?:is |was )?(?:not (?:allowed|permitted|accepted)|denied|refused|rejected|prohibited)\b|\bnot (?:an? )?(?:accepted|allowed|permitted) relay (?:target|destination|recipient|domain)\b/i],
    source: 'Postfix reject_unauth_destination ("Relay access denied"); Exim "relay not permitted"; Sendmail "Relaying denied"; qmail-smtpd "sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)"; RFC 5321 §3.6 (a server that is not the destination of a domain relays or refuses: "no such domain here"); RFC 2034 §4 (its example reply "551-5.7.1 Forwarding to remote hosts disabled": relaying said as forwarding)',
  },
  {
    id: 'session.sender-rejected',
    category: 'sender-rejected',
    phrases: [
      'sender address rejected', 'sender rejected', 'sender verify failed', 'sender verification', 'domain of sender address',
      'invalid sender', 'bad sender address', 'mail from rejected', 'sender not allowed', 'envelope sender', 'return path',
      'send as this sender', 'unregistered domain', 'not verified', 'address is not verified', 'sender address is blacklisted',
      // The envelope sender by its other names (RFC 5321 §3.3 "reverse-path"; the "return address" bounces go to).
      'return address', 'reverse-path', 'return email domain', 'return e-mail domain', 'return domain', 'return-path domain',
    ],
    // An e-mail address on the receiver's blocklist (not an IP, not a DNSBL): "sending to/from an address that has
    // been blacklisted" (Exim ACL deny message).
    patterns: [
      /\ban? (?:e-?mail )?address (?:that )?(?:has been|is) (?:black|block|ban)(?:listed|ned)\b/i,
      // The envelope sender must be the address the client logged in as (Postfix smtpd_sender_login_maps,
      // reject_sender_login_mismatch; submission servers' "Mail from must equal authorized user").
      // (Or its domain: "From domain must match authenticated domain".)
      // (Also with the address quoted between, and of the From header a submission server compares with the login:
      // "Your FROM address ( … ) must match your authenticated email user", "From header must be equal to …".)
      /\b(?:mail from|sender|from address|from header|from domain|sender domain|envelope from)(?: address)?(?: \([^()\n]{0,120}\))? must (?:equal|match|be (?:equal to|(?:the )?same as|identical to))\b/i,
      // The same said as a mismatch, in either order: "Sender address does not match the authenticated user",
      // "Username x and sender y doesn't match" (the login, then the sender it does not match).
      /\b(?:sender|from address|mail from|envelope from)\b[^;\n]{0,80}?\b(?:do(?:es)? ?n[o'\u2019]?t|do(?:es)? not) match (?:the |your |any )?(?:authenticated|authorized|logged[- ]in|login|user|username|account|smtp auth)\b/i,
      /\band (?:the )?(?:sender|from address|mail from)\b[^;\n]{0,80}?\b(?:do(?:es)? ?n[o'\u2019]?t|do(?:es)? not) match\b/i,
      // …or as the noun Postfix names the check by (reject_sender_login_mismatch): "Sender login mismatch", "Envelope
      // sender mismatch with login user".
      /\b(?:sender|from address|mail from)(?: address)?(?:[- ]login)?[- ]mismatch(?:ed)?\b/i,
      // …or as an address the login does not own: Postfix's own words for the check ("Sender address rejected: not owned by
      // user x"), and the same said of an "auth" or "authorized" user ("not owned by auth user").
      /\brejected: not owned by (?:the )?(?:auth(?:enticated|orized)? )?user\b/i,
      // …or as an address the account does not hold ("From address is not one of your addresses"): RFC 6409 §6.1, the
      // submission server may refuse a sender the authenticated user is not entitled to use.
      /\b(?:sender|from|mail from|envelope from)(?: e-?mail)? address (?:is not|isn['’]t|does ?n[o'’]t belong to) (?:one of )?your (?:own )?(?:e-?mail )?(?:address(?:es)?|accounts?|identit(?:y|ies)|aliases)\b/i,
      // …or a sending domain the account has not added or verified ("This domain is not associated with your account",
      // "Sender domain example.com is not verified for this account"): a sending service's or provider's check of the
      // same right.
      /\b(?:sender |sending |from )?domain(?: [\w.-]{1,80})? (?:is not|isn['’]t|has not been) (?:associated with|registered (?:to|with|in|on)|verified (?:for|in|on|with)|authorized for|added to) (?:your|this|the) account\b/i,
      // …or a sender address the sending service has not yet validated (Mailjet: "this sender address has not been
      // validated yet"; SES: "Email address is not verified").
      /\b(?:sender|from)(?: e-?mail)? (?:address|domain|identity)\b(?:[^.;\n]|\.(?=\S)){0,60}?\b(?:has not been|have not been|is not yet|not yet|was not) (?:validated|verified|confirmed)\b/i,
      // …or as both named, then "must be the same": "the from address and the authenticated user must be the same email".
      /\b(?:sender|from address|mail from|envelope from)(?: address)? and (?:the )?(?:authenticated|authorized|logged[- ]in|login|smtp auth) (?:user|account|address|username)\b[^;\n]{0,20}?\bmust be (?:the )?same\b/i,
      // The sender called unknown, invalid or false ("Fake sender", "Forged sender", "Unknown sender"): what a server says
      // when it verifies the envelope sender (Postfix reject_unverified_sender, Exim verify = sender) or finds it forged.
      /\b(?:unknown|invalid|incorrect|unverified|unvalidated|unverifiable|unroute?able|non-?existent|illegal|forged|fake|bogus|spoofed|unauthori[sz]ed) sender\b/i,
      // The same check said as a sentence ("unable to verify sender domain", "could not verify sender address"): Exim's
      // "Sender verify failed", Postfix's reject_unverified_sender.
      /\b(?:unable to|could ?n[o'’]t|can ?not|can[o'’]t|failed to) verify (?:the |your )?sender\b/i,
      // The null reverse-path (RFC 5321 §4.5.5, "MAIL FROM:<>") refused, or an empty sender: "to send email from a blank
      // sender, enable blank senders", "Sender can't be empty", "null sender not allowed".
      /\b(?:blank|empty|null) (?:sender|envelope sender|return[- ]path|reverse[- ]path|mail from)\b/i,
      /\bsender(?: address)? (?:can ?not|can['’]t|must not|may not) be (?:empty|blank|null)\b/i,
      // "… is not an authorized sender" (the same refusal said of the address).
      /\bnot an? (?:authori[sz]ed|allowed|permitted|valid) sender\b/i,
      // …and in the other word order ("550 <a@b>, Sender unknown", "Sender address is invalid").
      /\bsender(?: address)? (?:is )?(?:unknown|invalid|not valid|unverified|unroute?able|forged)\b/i,
      // The sender's domain as what the server will not take mail from ("We do not accept mail from your domain", "mail
      // from this domain is not accepted"): the domain is refused as such (the recipient refusing a sender says "you").
      /\b(?:not|never|no longer|won['’]t|will not|refuse to) (?:to )?accept(?:ing)? (?:e-?mails?|mail|messages?) from (?:your|this|the sender(?:'s|s'|’s)?) domain\b/i,
      /\b(?:e-?mails?|mail|messages?) from (?:your|this|the sender(?:'s|s'|’s)?) domain (?:is|are) not (?:accepted|allowed|permitted)\b/i,
      // The sender address used without the right to it ("553 5.7.0 Unauthorized use of sender address").
      /\b(?:unauthori[sz]ed|illegal|improper|forbidden) use of (?:the |this |your )?(?:sender|from|envelope sender|mail from)(?: address| domain)?\b/i,
      // The sender named as what was refused, in any word order: "sender is rejected" (Coremail's list), "host denies
      // the sender", "Sender not accepted" — RFC 3463 X.7.1 aimed at the sender (X.1.7/X.1.8 name the sender's address).
      // RFC 5321 §2.3.1 calls the sender the "originator" too ("originator not accepted").
      /\bsender(?: address| domain)? (?:is |was |has been )?(?:rejected|refused|denied|not accepted|not welcome|not allowed|not permitted)\b/i,
      /\bmail from(?: address| domain)? (?:is |was |has been )?(?:rejected|refused|denied|not accepted|not welcome|not allowed|not permitted)\b/i,
      /\boriginator(?: address| domain)? (?:is |was |has been )?(?:rejected|refused|denied|not accepted|not welcome)\b/i,
      /\b(?:rejects?|rejected|refuses|refused|denies|denied) (?:the |your |this )?sender\b/i,
      // Sending as someone else without the right to: Exchange's "Send As" / "Send on Behalf" permissions ("You can't
      // send a message on behalf of this user unless you have permission", "not authorized to send on behalf of").
      /\bsend(?:ing)? (?:an? |the |this )?(?:message |e-?mail |mail )?on behalf of\b/i,
      // The author's domain refused in the header that names it (RFC 5322 §3.6.2 From/Sender): "Your domain example.com
      // is not allowed in header From", "Domain not allowed in header"; or as the sender domain itself ("You are not
      // allowed to use the domain hotmail.com as a sender domain").
      /\bdomain\b[^;\n]{0,60}?\bnot allowed in (?:the )?(?:header|from header|sender header)\b/i,
      /\bnot allowed to use (?:the )?(?:domain|address)\b[^;\n]{0,60}?\bas (?:an? |the )?(?:sender|from)\b/i,
      // The sender's own account barred from sending ("Your ability to send new mail has been suspended", "the sender's
      // right to send mail was revoked"): Microsoft's 5.1.8 for an account blocked after sending spam (Restricted
      // entities, knowledge/microsoft.ts), said in words.
      /\b(?:your|the sender(?:['’]s)?) (?:ability|right|permission|privileges?) to send(?: [\w'’-]{1,20}){0,6} (?:suspended|disabled|blocked|revoked|restricted|removed)\b/i,
      // Mail from the sender's domain or address refused as such ("Mail originating from that domain is not welcome here").
      /\b(?:mail|e-?mails?|messages?) (?:originating |coming )?from (?:that|this|your|the sender(?:'s)?) (?:domain|address) (?:is|are) (?:not (?:welcome|accepted|allowed|permitted)|refused|rejected|blocked)\b/i,
      // …or sending from it ("Sending from domain gmail.com is not allowed": a free-mail domain this service does not send for).
      /\bsending (?:from|as) (?:the )?(?:domain|address)\b[^;\n]{0,80}?\b(?:is|are) not (?:allowed|permitted)\b/i,
    ],
    source: 'Postfix reject_unknown_sender_domain / reject_unverified_sender / reject_sender_login_mismatch (smtpd_sender_login_maps); Exim ACL "deny senders"; RFC 3463 X.1.7, X.1.8; Microsoft 5.1.8 (the sending account restricted after sending spam: https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-restore-restricted-users); Coremail\'s reply list (https://www.icoremail.vip/support/index.php?cate_id=84: "sender is rejected"); Exchange\'s Send As / Send on Behalf permissions (SmtpResponse.SendAsDenied, https://learn.microsoft.com/en-us/previous-versions/office/developer/exchange-server-2007/aa494038(v=exchg.80))',
  },
  {
    // "Sender domain" names whose the problem is, not what it is: beside a mechanism ("sender domain does not pass
    // SPF") or a state ("sender domain not found") the other words decide; alone it says the sender's domain was refused.
    id: 'session.sender-domain',
    category: 'sender-rejected',
    weak: true,
    phrases: ['sender domain'],
    source: 'Postfix reject_unknown_sender_domain ("Sender address rejected: Domain not found"); RFC 3463 X.1.8',
  },
  {
    id: 'session.greylisting',
    term: true,
    category: 'greylisting',
    phrases: ['greylist*', 'graylist*', 'grey-list*', 'gray-list*', 'come back later', 'greylisted', 'postgrey', 'sqlgrey', 'not yet authorized to deliver mail'],
    codes: ['450', '451', '421', '452'],
    // The greylisting programs name themselves in their replies ("Delayed by postgrey"), or say the triplet is not yet
    // known (greylistd's Exim ACL: "$sender_host_address is not yet authorized to deliver mail from <$sender_address>
    // to <$local_part@$domain>. Please try later.", kept by ddgrey).
    source: 'postgrey(8) reject text "Greylisted, see …"; RFC 6647 (email greylisting); the greylisting policy servers postgrey (https://postgrey.schweikert.ch/) and sqlgrey (https://sqlgrey.sourceforge.net/); greylistd (Debian, for Exim) and ddgrey, whose Exim ACL defers with "… is not yet authorized to deliver mail from <…> to <…>. Please try later."',
  },
  {
    id: 'session.reputation',
    category: 'reputation',
    phrases: [
      'reputation', 'poor sending history', 'not accepting mail from this ip', 'traffic not accepted', 'ip address has been blocked',
      'your ip', 'complaints', 'user complaints', 'sender score',
    ],
    source: 'Cisco Secure Email SBRS reject text; Validity Sender Score (an IP\'s reputation score, https://senderscore.org); Microsoft 5.7.708; Yahoo TSS codes (https://senders.yahooinc.com/smtp-error-codes/)',
  },
  {
    // "… is not allowed to send" says that the sending side was refused, not why: the words around it name the cause
    // as often (an SPF result, a list that only its members may write to, X.7.2; a limit; a Send As permission). Alone
    // it is the receiver refusing this sender or IP as such, said vaguely (a weak cue): any cause named beside it decides.
    id: 'session.not-allowed-to-send',
    category: 'reputation',
    weak: true,
    phrases: ['not allowed to send'],
    source: 'RFC 3463 X.7.1 ("The sender is not authorized to send to the destination") and X.7.2 ("… not authorized to send a message to the intended mailing list"): the refusal of a sender, whose reason other words give',
  },
];
