/**
 * The recipient side: addresses that do not exist, domains that take no mail, full and disabled mailboxes, and the
 * recipient's own restrictions. Stock wording from Postfix (local_recipient_maps, "User unknown in local recipient
 * table"), Exim ("Unrouteable address"), Sendmail ("User unknown"), qmail ("no mailbox here by that name"), Microsoft
 * (RESOLVER.ADR.*), Dovecot LMTP ("Quota exceeded").
 */
import type { Rule } from '../types';

export const RECIPIENT_RULES: readonly Rule[] = [
  {
    id: 'recipient.policy',
    category: 'recipient-policy',
    phrases: [
      'resolver.rst', 'not authorized to send to', 'accepts mail only from', 'not permitted to send to', 'permission to send to', 'permissions to send to',
      'only accepts messages from',
      'permission to post', 'not subscribed', 'not a member', 'moderat', 'blocked senders', 'blocked sender', 'sender is blocked',
      'you have been blocked', 'recipient has blocked', 'delivery restriction', 'restricted to internal',
      'does not accept mail from you', 'policy of the recipient', 'prohibited the email', 'not allowed to post', 'allowed-senders',
      'allowed senders', 'sendernotauthenticated', 'block policy', 'envelope blocked',
    ],
    // The recipient as the one who refuses (taxonomy.md: "recipient blocked you"): "rejected by this user", "Message
    // rejected by recipient's filter", "not receiving mail from your address", "(by user's reject list)" — not the
    // recipient's server or domain ("rejected by the recipient domain" is Gmail's words for any refusal), nor the
    // recipient's rules about what a message may carry ("rejected by the recipient's attachment policy", Mimecast):
    // those are about the message, and the words after them say which.
    patterns: [
      /\b(?:rejected|refused|blocked|declined|filtered|denied)(?: \w{1,15}){0,2} by (?:the |this )?recipient(?!(?:'s|s'|’s)? (?:e-?mail |mail |smtp )?(?:domain|server|system|provider|host|mx|gateway|isp|service|organi[sz]ation|attachment|content|file|spam|anti-?spam|virus|anti-?virus)\b)(?:'s|s'|’s)?\b/i,
      /\b(?:rejected|refused|blocked|declined|filtered|denied)(?: \w{1,15}){0,2} by this user\b/i,
      // (Not "from your domain", "from your IP": that is the server refusing where the mail comes from.)
      /\bnot (?:to )?(?:accept(?:ing)?|receiv(?:e|ing)) (?:e-?mails?|mail|messages?) from (?:you|your(?! (?:domain|ip|ip address|server|mail server|network|host|isp|provider)\b)|this sender|the sender)\b/i,
      // Microsoft's "only accepts messages from people in its organization or on its allowed senders list", however
      // the mail is named; a list that takes posts from its members only (Mailman's "members-only list").
      // (Or "is only accepting mail from specific email addresses": the same restriction in the progressive.)
      /\bonly (?:accepts?|accepting) (?:e-?mails?|mail|messages?) from\b/i,
      /\bonly (?:list )?members (?:can|may) (?:post|send|write)\b|\bmembers[- ]only (?:list|group)\b/i,
      /\b(?:user|recipient)(?:'s|s'|’s)? (?:reject|block|black|deny|blocked senders?) ?list\b/i,
      // A group or list that lets only some senders write to it: "you don't have permission to send to the group"
      // (Microsoft 5.7.1), "not allowed to post to this mailing list" (Mailman), "not allowed to post messages to this
      // list" (ezmlm) — however the refusal is worded.
      /\bnot (?:allowed|authori[sz]ed|permitted) to (?:send|post|write|mail)(?: \w{1,12}){0,2} to (?:this|the|that)(?: [\w.-]{1,30})? (?:group|list|mailing[ -]list|distribution list)\b/i,
    ],
    source: 'Microsoft Exchange Online NDR 5.7.1/5.7.124/5.7.133 (RESOLVER.RST.*), 5.7.129 ("you don\'t have permission to send to it"); Exchange\'s delivery restriction AcceptMessagesOnlyFrom (https://learn.microsoft.com/en-us/previous-versions/exchange-server/exchange-150/ff325920(v=exchg.150)), which its NDR words as "The group … only accepts messages from people in its organization or on its allowed senders list"; Google Groups and mailing-list managers',
  },
  {
    // The sending service did not try: the address bounced (or complained) before and is on its suppression list. The
    // notice does not say why it bounced — a missing mailbox, a full one, a refusal — nor whether it was a complaint or
    // a manual entry instead (Postmark: "a hard bounce, a spam complaint, or a manual suppression"), so it is the
    // service's policy, not a verdict on the address; a suppression that names the address as invalid is filed with
    // recipient-unknown by its own entry (knowledge/sending-services.ts).
    id: 'recipient.suppressed',
    category: 'policy',
    phrases: ['bounced address', 'previously bounced', 'suppression list', 'suppressed address', 'address is suppressed', 'recipient is suppressed', 'inactive recipient', 'marked as inactive'],
    source: 'SendGrid dropped reason "Bounced Address"; Mailgun 605 "Not delivering to previously bounced address"; Amazon SES account-level suppression list; Postmark error 406 "inactive recipient"',
  },
  {
    id: 'recipient.unknown',
    category: 'recipient-unknown',
    phrases: [
      'user unknown', 'unknown user', 'no such user', 'user not found', 'unknown recipient', 'recipient unknown', 'recipient not found',
      'recipnotfound', 'recipientnotfound', 'does not exist', "doesn't exist", 'no mailbox', 'mailbox not found',
      'invalid recipient', 'invalid mailbox', 'invalid address', 'address rejected: undeliverable', 'not our customer', 'no such address',
      'recipient verify failed', 'recipient verification failed', 'recipient failed verification',
      'no such recipient', 'recipient not valid', 'recipient is not valid', 'address not valid', 'address is not valid',
      'address not found', 'address was not found', "address wasn't found", 'address could not be found', 'addressee unknown', 'user doesn\'t exist', 'unknown address', 'mailbox does not exist', 'account does not exist',
      'no such mailbox', 'no such person', 'not a valid mailbox', 'not a valid address', 'not a valid email address', 'not a valid e-mail address', 'unknown local part', 'address unknown', 'bad destination mailbox', 'invalid user',
      'user invalid', 'unknown or illegal alias', 'recipient address rejected: user unknown', 'mailbox name not allowed',
      'unrouteable address', 'unknown mailbox', 'mailbox unknown', 'no account', 'undeliverable address',
      'unavailable: user', 'not exist', "don't exist*", 'dont exist*', 'doesnt exist*', 'not exists', 'inactive email address', 'inactive address',
      'not listed in domino directory', 'not listed in public name & address book',
      "address you entered couldn't be found", 'address you entered could not be found', "wasn't found at", 'was not found at',
    ],
    patterns: [
      /\bdoesn't have an? \S{1,80} account\b/i,
      // A mailbox, user or recipient the server could not find ("Sorry, I couldn't find any mailbox for …").
      /\b(?:could ?n[o'’]t|can(?:['’]| ?no)t|cannot|unable to) find (?:a |any |the )?(?:mailbox|user|recipient)\b(?!['’]s|s['’])/i,
      // An address that "couldn't be found" (Microsoft's "The email address you entered couldn't be found", with the
      // address named instead).
      /@(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}>? (?:could ?n[o'’]t|can(?:['’]| ?no)t|cannot) be found\b/i,
      // The same "not found", "unknown", "invalid" and "not a valid" said of the recipient, the user or the mailbox in
      // the other tenses and word orders servers use ("Recipient could not be found", "mailbox was not found",
      // "recipient is unknown", "recipient address is invalid", "recipient's email address is incorrect", "not a valid
      // recipient"), as the phrases above say them of the address (RFC 3463 X.1.1 "Bad destination mailbox address").
      // Not "user": a login refused says it of the account ("535 authentication failed, user could not be found").
      /\b(?:recipient|mailbox|addressee)(?: address)? (?:could ?n[o'’]t|can(?:['’]| ?no)t|cannot) be found\b/i,
      /\b(?:recipient|mailbox|addressee) (?:was not|wasn['’]t) found\b/i,
      /\b(?:recipient|mailbox|addressee)(?:(?:['’]s)? (?:e-?mail )?address)? (?:is|was) (?:unknown|invalid|incorrect|wrong|not valid)\b/i,
      /\bnot an? (?:valid|known) recipient\b/i,
      // The recipient verification the phrases above name ("recipient verify failed", Exim's callout; Postfix's
      // reject_unverified_recipient, ADDRESS_VERIFICATION_README) said with what it was checked against between, or
      // the other way round ("recipient verify from ldap failed", "Failed recipient validation check").
      /\brecipient (?:verify|verification|validation)(?: [\w-]{1,12}){1,3} failed\b|\bfailed recipient (?:verify|verification|validation)\b/i,
    ],
    source: 'Postfix local_recipient_maps; Sendmail "User unknown"; qmail "Sorry, no mailbox here by that name. (#5.1.1)"; HCL Domino "not listed in Domino Directory"; RFC 3463 X.1.1; Postfix reject_unverified_recipient (https://www.postfix.org/ADDRESS_VERIFICATION_README.html) and Exim\'s recipient callout ("recipient verify failed")',
  },
  {
    // RFC 5321's own words for any 550 ("mailbox unavailable (e.g., mailbox not found, no access, or command rejected for
    // policy reasons)"): most often a missing address, but a reply that also says why ("Over quota") means that.
    id: 'recipient.unavailable',
    category: 'recipient-unknown',
    symptom: true,
    phrases: ['mailbox unavailable', 'mailbox is unavailable'],
    source: 'RFC 5321 §4.2.2 (550 "Requested action not taken: mailbox unavailable")',
  },
  {
    id: 'recipient.domain',
    category: 'recipient-domain',
    phrases: [
      'host unknown', 'host not found', 'domain not found', 'no such domain', 'nxdomain',
      'null mx', 'nullmx', 'domain does not exist', "couldn't find any host", 'no mx', 'no valid mx', 'mx record', 'no mx record', 'no mx records', 'unknown domain', 'invalid domain',
      'unresolvable', 'domain name not found', 'recipient domain', 'unrouteable domain', "find the recipient domain", 'no route to domain',
      "couldn't find a mail exchanger", 'nonexistent domain', 'non-existent domain', 'nonexistentdomain',
    ],
    patterns: [
      /\b(?:host|domain) (?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}\.? (?:was )?not found\b/i,
      // No mail server for the domain at all (RFC 5321 §5.1: no MX and no address record): "No valid MX hosts found",
      // "no mail hosts for domain", "has no mail servers".
      // (Not servers that exist but could not be reached: "no mail servers for this domain could be reached" is the network.)
      // "The host named example.com does not have any MX records".
      /\b(?:does ?n[o'’]t|do ?n[o'’]t) have (?:any |an? )?mx records?\b/i,
      /\bno (?:valid |usable )?(?:mx|mail) (?:hosts?|servers?|exchangers?)\b(?![^.;(]{0,60}\b(?:reached|contacted|reachable|responded|respond|answered)\b)/i,
      // …said as what the sender could not find ("Unable to find MX of domain example.org", "unable to get mx info",
      // Java's "NoMxHostFoundException").
      /\b(?:unable to|could ?n[o'’]t|can(?:['’]| ?no)t|cannot|failed to) (?:find|locate|get|obtain) (?:the |any |an? )?mx\b/i,
      /\bno ?mx ?hosts? ?found/i,
      // A domain name that "couldn't be found", as Gmail's notice words it of the domain ("the domain example.com
      // couldn't be found") — a name, not an address (no "@" before it).
      /(?<![@\w.-])(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}\.? (?:could ?n[o'’]t|can(?:['’]| ?no)t|cannot) be found\b/i,
      // RFC 3463 X.1.2 "Bad destination system address": an invalid, unknown or bad destination domain.
      /\b(?:invalid|unknown|bad|non-?existent) (?:destination|recipient|target) (?:domain|system address)\b/i,
      // RFC 7504's "does not accept mail" — not "does not accept mail from you", which is a recipient refusing a
      // sender, nor mail of a kind ("does not accept mail without the required MIME headers", "… with attachments"),
      // which is the message.
      /\bdoes ?n[o'’]t accept (?:e-?)?mail\b(?! (?:from|without|with|containing|that|which|unless)\b)/i,
    ],
    source: 'RFC 7505 (null MX) §4.1; RFC 7504 (521/556 "does not accept mail"); Postfix "Host or domain name not found"; DragonFly Mail Agent "host x not found"; qmail "(#5.1.2)"; RFC 3463 X.1.2, X.1.10; RFC 5321 §5.1 (a domain with no MX record: "does not have any MX records", "No mx record found")',
  },
  {
    id: 'recipient.full',
    category: 'mailbox-full',
    phrases: [
      'mailbox full', 'mailbox is full', 'over quota', 'quota exceed*', 'quotaexceeded', 'exceeded storage', 'insufficient storage',
      'out of storage', 'mailbox size', 'storage space', 'user is over', 'inbox is full', 'disk quota',
      'exceeded its quota', 'mailbox exceeds', 'full mailbox', 'overquota', 'mailbox quota', 'not enough disk space',
      'user quota', 'storage quota', 'disk space quota', 'storage limit', 'mailbox limit', 'folder is full', 'folder full',
      'quota full', 'quota is full', 'quota reached', 'quota has been reached',
    ],
    // The size limit of a mailbox, an account or a domain's storage is its quota, not the message's size ("Mailbox size
    // limit exceeded" — Yandex; "The domain size limit has been exceeded" — a domain's storage allocation used up).
    patterns: [
      /\b(?:mailbox|account|user|domain|inbox|folder)(?:'s|s'|’s)? (?:size|storage|disk(?: space)?) (?:limit|quota)\b/i,
      // A mailbox that has gone past its limit or quota ("The recipient's mailbox has exceeded its limit", "mailbox
      // has reached its quota", "the volume of recipient's mailbox exceeded the local limit", IMail's "User mailbox
      // exceeds allowed size"): a mailbox's limit is its storage (a sending or receiving limit names itself).
      ...['mail ?box', 'inbox'].map((box) => new RegExp(String.raw`\b${box}(?:es)? (?:has |have )?(?:exceeded|exceeds|reached|gone over|is over) (?:(?:its|the|their|his|her|your) )?(?:(?:local|allowed|maximum|max|permitted|configured) )?(?:\d{1,6} ?(?:[kmgt]i?b|megabytes?|gigabytes?) )?(?:storage |size |disk |space )?(?:limit|quota|capacity|size)\b`, 'i')),
      // A user who has used up their quota ("User has exceeded their quota", "… his storage quota"): the owner's quota is
      // the mailbox's. (Not "your" quota: said to the sender, that is a sending quota.)
      /\bexceeded (?:their|his|her) (?:storage |mailbox |disk )?quota\b/i,
      // A mailbox with no room left, said of its space ("The recipient's inbox is out of storage space" — Gmail 4.2.2;
      // "mailbox is out of free space", "mailbox has run out of disk space").
      /\b(?:mail ?box|inbox)(?:es)? (?:is|was|has run|ran) out of (?:free |storage |disk )?space\b/i,
    ],
    source: 'RFC 3463 X.2.2; Dovecot LMTP "Quota exceeded (mailbox for user is full)"; qmail "over the allowed quota (#5.2.2)"; Exchange NDR 5.2.2 "the recipient\'s mailbox is full" said as a mailbox past its limit or quota; Gmail 452 4.2.2 "The recipient\'s inbox is out of storage space" (https://support.google.com/a/answer/3726730) said of any mailbox',
  },
  {
    id: 'recipient.disabled',
    category: 'mailbox-disabled',
    phrases: [
      'mailbox disabled', 'account disabled', 'user disabled', 'deactivated', 'account suspended',
      'mailbox suspended', 'user suspended', 'suspended user', 'inactive account', 'account is inactive', 'account has been',
      'mailbox has moved', 'address has moved', 'user has moved', 'recipient has moved', 'account has moved', 'user not local', 'expired account', 'account closed', 'mailbox locked', 'account locked', 'account blocked', 'mailbox blocked', 'account is blocked', 'mailbox is blocked',
      'mailbox is inactive', 'disabled recipient',
      'account inactive', 'mailbox inactive', 'inactive user', 'user inactive', 'user is inactive', 'account expired', 'account is expired', 'account has expired',
      'inactive mailbox', 'inactive recipient',
    ],
    // The same states with a word of time between ("is now disabled", "has been temporarily suspended").
    patterns: [
      /\b(?:is|was|been) (?:now|currently|temporarily|permanently|already) (?:disabled|suspended|deactivated|inactive)\b/i,
      // Disabled or suspended, said of the mailbox, account, user or address ("The email account that you tried to reach
      // is disabled", "User pat@example.org is disabled") — not of a feature ("Relaying is disabled", "Plaintext is
      // disabled"), nor of the mail one sends ("Your ability to send new mail has been suspended": the sender's account).
      // (Nor of a mail server: "Mail server has been suspended" is a server's, Postal's for an organisation's own.)
      /\b(?:mailbox|account|user|recipient|address|inbox|(?<!\bsend(?:ing)? (?:new |outgoing |outbound )?)(?:e-?)?mail(?! server\b))(?: [\w.@*"-]{1,64}){0,4} (?:is|was|has been|been) (?:disabled|suspended|deactivated)\b/i,
      // Locked, frozen, terminated, discontinued or gone — said of the mailbox, account, user or address (up to two words
      // between: "User pat@example.com temporary locked", "Mailbox is frozen", "recipient no longer on server"), not of
      // whatever else a reply calls so ("Message terminated", "no longer accepts TLS 1.0", "database is locked").
      // (Not a future: "this address will no longer be monitored" is a responder's notice that the address still works.)
      /\b(?:mailbox|account|user|recipient|address|inbox)(?: (?!will\b|shall\b)[\w.@-]{1,64}){0,2} (?:(?:is|was|has been|been) )?(?:(?:temporar(?:y|ily)|permanently|now) )?(?:locked|frozen|terminated|discontinued|no longer)\b/i,
      // The address itself said to be no longer valid or in use ("pat@example.com is no longer valid").
      /@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}>? (?:is|was|has been) no longer (?:valid|active|in use|available)\b/i,
      // Closed or refusing mail for a long inactivity ("Due to extended inactivity new mail is not currently being
      // accepted for this mailbox", "account disabled for inactivity") — an inactive session is not ("closing
      // connection due to inactivity", Outlook's "… or a long period of inactivity").
      /\b(?:extended|prolonged|long) (?:period of )?inactivity\b[^.;\n]{0,60}\b(?:mail ?box|account|inbox)\b/i,
      /\b(?:mailbox|account|user|inbox)\b[^.;\n]{0,40}\b(?:for|due to|because of) (?:its |their )?inactivity\b/i,
    ],
    source: 'RFC 3463 X.2.1, X.1.6 ("Destination mailbox has moved": the mailbox, address or user has moved — not any "has moved"); RFC 5321 551 "User not local"; Microsoft 5.2.1 / Gmail 5.2.1 and Yahoo 554.30 texts in knowledge/ ("mailbox is disabled", "account … disabled", "user suspended"/"suspended user" word orders); Gmail\'s "The email account that you tried to reach is inactive" (knowledge/google.ts 5.2.1) said as a long inactivity of the mailbox or account',
  },
];
