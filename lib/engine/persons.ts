/**
 * The words of the person who pasted a bounce, around it: a greeting, a question, a closing, what they tried, what
 * their setup is. None of it is the bounce's, and its words ("SPF", "DKIM", "blacklist") must not decide the
 * diagnosis: the paste reader (paste.ts) leaves such lines and paragraphs at the text's start and end out, the notice
 * reader (text-report.ts) ends a reply where one begins.
 */
import { hasFailureWords } from './failure-words';
import { detectFormat } from './formats';
import { hardWrapped } from './margin';
import { FAILURE_WORDS_WEAK, MALWARE_WORDS } from './paste-formats';

/**
 * Where the text begins after its first lines when those are only the words of the person who pasted it: a greeting
 * ("Hello,", "Hi all") or what personsParagraph knows (a question of theirs, what they tried). 0 when there are none,
 * or when nothing else follows them. At most 12 lines, each under 600 characters, are looked at.
 */
export function personsHead(text: string, documented?: (paragraph: string) => boolean): number {
  // (What follows their words is a bounce's as personsTail reads what stands before them, a mechanism's name aside.)
  // (A documented reply is looked for in the paragraph right after them: further down, a paragraph of theirs under the
  // bounce may name a documented phrase too.)
  const bounce = (after: string) => bounceLike(after, false) || (documented !== undefined && documented(firstParagraph(after)));
  // (A message forwarded or quoted in a reply is the bounce: what stands above its header block is the cover note of
  // whoever forwarded it, and the block is the mail's, not the bounce's — unless what is under it is no bounce on its
  // own: then its Subject is the notice's title, "Undelivered Mail Returned to Sender" over "<kim@…>: mail for … loops
  // back to myself".)
  const forwarded = forwardedHead(text);
  let cut = forwarded ? (bounce(text.slice(forwarded.end, forwarded.end + 4000)) ? forwarded.end : forwarded.start) : 0;
  // (So is the header a webmail shows above the notice, selected with it: its sender, a mail system's address.)
  if (!forwarded) {
    const sender = senderHead(text);
    if (sender > 0 && bounce(text.slice(sender, sender + 4000))) cut = sender;
  }
  let start = cut > 0 ? cut + 1 : 0;
  for (let n = 0; n < 12 && start < text.length; n++) {
    // (A paragraph in which they say who they are and what their mail runs on is passed over whole.)
    const own = ownParagraphAt(text, start, bounce, documented);
    if (own > 0) {
      cut = own;
      start = own + 1;
      continue;
    }
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end - start > 600) break;
    const line = text.slice(start, end);
    const words = line.trim();
    if (words !== '') {
      // (A line in which they say what their setup is, right above the bounce: "We relay through SendGrid. It says:" —
      // whole, ended as a sentence is: a reply's line a margin broke may be in its own first person, qmail's "sorry,
      // that domain isn't in my list of allowed" / "rcpthosts (#5.7.1)".)
      const setup = /[.:!]$/.test(words) && (ownWords(words) || plainProse(words, documented)) && bounce(text.slice(end, end + 4000));
      // (A mail client's line above what it quotes — "On Mon, 3 Jun 2024 at 10:02, Mail Delivery System <…> wrote:",
      // which Gmail breaks in two before the address — is the reply's, not the bounce's.)
      const nextEnd = nl < 0 ? -1 : lineEnd(text, nl + 1);
      const attribution = attributionLine(words) ? end : nextEnd > 0 && nextEnd - end < 300 && attributionLine(`${words} ${text.slice(end + 1, nextEnd).trim()}`) ? nextEnd : -1;
      if (attribution > 0) {
        cut = attribution;
        start = attribution + 1;
        continue;
      }
      if (!(GREETING.test(words) || personsParagraph(words) || setup || (cut === 0 && (heading(words, text.slice(end + 1, end + 200)) || BANNER.test(words))))) break;
      cut = end;
    }
    start = end + 1;
  }
  if (cut === 0 || !/\S/.test(text.slice(cut))) return 0;
  // (The bounce then starts the text, as when it is pasted alone: not the line break before it.)
  while (cut < text.length && /\s/.test(text[cut] as string)) cut++;
  return cut;
}

/**
 * The banner a mail system puts at the top of a message from outside — Exchange Online's and the filters' disclaimers
 * ("CAUTION: This email originated from outside of the organization…", "EXTERNAL EMAIL: …"), Outlook's "[EXTERNAL]"
 * tag — or a ticket system's reply delimiter (Zendesk's "##- Please type your reply above this line -##"), copied with
 * the notice: the system's words, not the bounce's.
 */
const BANNER = /^\W{0,3}(?:\[(?:external|ext)\]|external (?:e-?mail|sender|message)\b|(?:caution|warning|attention|notice)\b[^\n]{0,400}?\b(?:external|outside (?:of )?(?:the|your|our) (?:organi[sz]ation|company)))|^this (?:e-?mail|message) (?:originated|came|was sent) from (?:outside|an? external)|^##- ?please type your reply above this line ?-##/i;

/**
 * A short line of theirs at the top, right above a reply that opens the next line: a chat's header ("Ann Smith  10:02
 * AM", "[10:02] Ann Smith"), a title they gave it ("What the CRM logged this morning"). Not a sentence, no code, no
 * failure's words, no field, address or SMTP command: the reply then starts the text, as when it is pasted alone.
 */
function heading(words: string, next: string): boolean {
  return (
    words.length <= 60 &&
    REPLY_OPENS.test(next) &&
    !/[@<>=;|{}[\]"]|[.?!]$|:(?!\d\d)/.test(words.replace(/^\[\d{1,2}:\d\d(?::\d\d)?\]/, '')) &&
    !SMTP_COMMAND.test(words) &&
    !bounceLike(words)
  );
}
/** A reply's code at the head of a line, a failure's (RFC 5321: 4yz, 5yz). */
const REPLY_OPENS = /^[ \t]*[45][0-5]\d(?:[ -]|$)/;
/** An SMTP command a transcript's client line opens with. */
const SMTP_COMMAND = /^[\s*•+-]*(?:EHLO|HELO|MAIL FROM|RCPT TO|DATA|AUTH|STARTTLS|QUIT|RSET|BDAT|VRFY|NOOP)\b/i;

/**
 * A mail client's attribution line, above the text it quotes in a reply: "On <date>, <name> <address> wrote:" and its
 * translations (Gmail's, Outlook's, Thunderbird's and Apple Mail's templates: "Am … schrieb …:", "Le … a écrit :",
 * "El … escribió:", "Il … ha scritto:", "Em … escreveu:", "Op … schreef …:", "W dniu … napisał:"), or the short
 * "<name> wrote:". No server's reply ends so.
 */
const ATTRIBUTION = /^(?:(?:on|am|le|el|il|em|op|w dniu)\s[^\n]{4,250}?(?:wrote|schrieb|a écrit|escribió|ha scritto|scrisse|escreveu|schreef|napisał(?:\(a\))?)(?:[ \t][^\n:]{1,120})?|[^\n:]{1,120}\swrote)[ \t]?:$/iu;
function attributionLine(words: string): boolean {
  return words.length <= 400 && ATTRIBUTION.test(words) && !/(?:^|\s)[245]\d\d[\s-]/.test(words);
}

/**
 * Where a signature starts at a text's end: the separator line "-- " (RFC 3676 §4.3), with at most SIGNATURE_LINES
 * lines under it that have nothing of a bounce. -1 when there is none. (Not a bare "--": a notice's heading is parted
 * from its text so where a mail archive turned a rule into text — "Message not delivered" / "--" / "Your message…".)
 */
const SIGNATURE_LINES = 6;
function signatureStart(text: string): number {
  const at = text.lastIndexOf('\n-- \n');
  if (at < 0 || at < text.length - 600) return -1;
  const under = text.slice(at + 5);
  return under.trim() !== '' && under.split('\n').length <= SIGNATURE_LINES && !bounceLike(under) ? at : -1;
}

/**
 * The header block a mail client writes above a message it forwards or quotes in a reply, as the text a person copies
 * shows it: a separator line (Gmail's "---------- Forwarded message ---------", Outlook's "-----Original Message-----"
 * or its rule of underscores, Thunderbird's "-------- Forwarded Message --------", Apple Mail's "Begin forwarded
 * message:", and their translations), then the fields From, Date or Sent, To, Cc, Subject in the client's language —
 * or those fields alone when Outlook's "Sent:" is among them (a message's own headers say "Date:"), and an empty line.
 * Where the first such block in the text's first FORWARD_LOOK lines starts and ends; null when there is none. The
 * bounce follows it.
 */
const FORWARD_SEPARATOR = /^(?:-{2,}[ \t]*(?:forwarded message|original message|weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d'origine|mensaje reenviado|mensaje original|messaggio inoltrato|messaggio originale|mensagem encaminhada|mensagem original|doorgestuurd bericht|oorspronkelijk bericht)[ \t]*-{2,}|_{10,}|begin forwarded message:)$/i;
const FORWARD_FIELD = /^(?:from|date|sent|to|cc|reply-to|subject|von|gesendet|datum|an|betreff|de|envoyé|à|objet|fecha|enviado|para|asunto|da|inviato|data|oggetto|assunto|van|verzonden|aan|onderwerp)[ \t]?:[ \t]/iu;
const SENT_FIELD = /^(?:sent|gesendet|envoyé|enviado|inviato|verzonden)[ \t]?:/iu;
const FORWARD_LOOK = 40;
function forwardedHead(text: string): { start: number; end: number } | null {
  for (let n = 0, at = 0; n < FORWARD_LOOK && at < text.length && at < 8000; n++) {
    const end = forwardedHeadAt(text, at);
    // (Above it, a cover note: no reply code, no notice's layout — a bounce that quotes the message it returns under
    // such a block has its own reply above.)
    if (end > 0) return at === 0 || (!hasCode(text.slice(0, at)) && detectFormat(text.slice(0, at)) === null) ? { start: at, end } : null;
    const nl = lineEnd(text, at);
    if (nl < 0) break;
    at = nl + 1;
  }
  return null;
}
/** The line feed that ends the line at `at`, looked for over 600 characters at most; -1 when there is none so near. */
function lineEnd(text: string, at: number): number {
  const nl = text.slice(at, at + 601).indexOf('\n');
  return nl < 0 ? -1 : at + nl;
}
/** The end of the block that starts at `start` (its last field's line, an empty line under it); 0 when none does. */
function forwardedHeadAt(text: string, start: number): number {
  let at = start;
  let fields = 0;
  let sent = false;
  let separator = false;
  for (let n = 0; n < 10 && at < text.length; n++) {
    const end = lineEnd(text, at);
    if (end < 0) return 0;
    const line = text.slice(at, end).trim();
    if (n === 0 && FORWARD_SEPARATOR.test(line)) separator = true;
    else if (FORWARD_FIELD.test(line)) {
      fields++;
      sent ||= SENT_FIELD.test(line);
    } else if (line !== '' || n === 0) return 0;
    // (An empty line ends the block — but for one right under the separator, which Apple Mail leaves.)
    else if (!(separator && fields === 0)) return (separator || sent) && fields >= 2 && /\S/.test(text.slice(end)) ? at - 1 : 0;
    at = end + 1;
  }
  return 0;
}

/**
 * Where the header a webmail shows above a notice ends, when the text opens with it: a first paragraph of at most five
 * short lines with no code, one of them the notice's sender — a mail system's own address, alone or after a name
 * ("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "postmaster@example.net", Exchange's
 * "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@…") — the others its date, its "to me", its To line. 0 when the
 * text opens otherwise. RFC 5321 §4.5.5 sends a notice from the null path and names postmaster; MTAs sign it
 * MAILER-DAEMON (Postfix, Sendmail, Exim's "Mail Delivery System <Mailer-Daemon@…>", Gmail's mailer-daemon@).
 */
function senderHead(text: string): number {
  const lead = /^\s*/.exec(text.slice(0, 200))?.[0].length ?? 0;
  const blank = text.slice(lead, lead + 800).search(/\n[ \t]*\r?\n/);
  if (blank < 0) return 0;
  const lines = text.slice(lead, lead + blank).split('\n').map((l) => l.trim());
  if (lines.length > 5 || lines.some((l) => l.length > 120 || hasCode(l))) return 0;
  return lines.some((l) => SYSTEM_SENDER.test(l)) ? lead + blank + 1 : 0;
}
/** A notice's sender line: a mail system's address, alone or in angle brackets after a name (not a field's "To: "). */
const SYSTEM_SENDER = /^(?:[^<>@:\n]{1,80}[ \t])?<?(?:mailer-daemon|mail-daemon|mailerdaemon|postmaster|microsoftexchange[0-9a-f]{32})@[a-z0-9.-]{1,253}>?$/i;

/** A line that only greets ("Hello,", "Hi all!", "Dear support team,"): no server's reply is one. */
const GREETING = /^(?:hi|hello|hey|hallo|bonjour|hola|ciao|dear(?:[ \t]+[\p{L}.'’-]{1,30}){1,3}|good (?:morning|afternoon|evening|day))(?:[ \t]+(?:all|everyone|everybody|there|team|guys|folks|friends))?[ \t]*[,.!:]?$/iu;

/**
 * Where the lines at the end of a text that are in the words of the person who pasted it begin (personsParagraph: "We
 * checked SPF and DKIM and both pass." / "What else could it be? Thanks"; setupLine; a last paragraph of theirs,
 * lastParagraph): the text's length when none are, 0 when all are. A line over 600 characters is never theirs (and a
 * 10 MB paste costs one look).
 */
export function personsTail(text: string, documented?: (paragraph: string) => boolean): number {
  // (Under a forwarded message's header block, their words are looked for in the message only: the block is no bounce.)
  const forwarded = forwardedHead(text)?.end ?? 0;
  if (forwarded <= 0) return tailOf(text, documented);
  const tail = tailOf(text.slice(forwarded), documented);
  return tail > 0 ? forwarded + tail : 0;
}
function tailOf(pasted: string, documented?: (paragraph: string) => boolean): number {
  // (What stands before their words is a bounce's when it has a bounce's marks, or quotes a documented reply: the paste
  // reader's test of a code-less paragraph, lib/diagnosis/documented.ts — "Error: bare <LF> received".)
  const bounce = (before: string) => bounceLike(before) || (documented !== undefined && documented(before.trim()));
  // (Their signature, under a mail client's separator, is theirs whole; their words are looked for above it.)
  const signature = signatureStart(pasted);
  const signed = signature > 0 && bounce(pasted.slice(Math.max(0, signature - 4000), signature)) ? pasted.slice(0, signature) : pasted;
  // (So is the confidentiality notice a company's mail puts at the end of each message it sends.)
  const notice = disclaimerStart(signed);
  const text = notice > 0 && bounce(signed.slice(Math.max(0, notice - 4000), notice)) ? signed.slice(0, notice) : signed;
  let end = text.length;
  let cut = text.length;
  const last = lastParagraph(text, bounce, documented);
  if (last > 0) end = cut = last;
  for (let n = 0; n < 12 && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (end - start > 600) break;
    const line = text.slice(start, end);
    if (line.trim() !== '') {
      if (!(personsParagraph(line) || HIDDEN_QUOTE.test(line) || setupLine(line.trim(), text.slice(Math.max(0, start - 4000), start), bounce, documented))) break;
      cut = start;
    }
    end = Math.max(0, start - 1);
  }
  return /\S/.test(text.slice(0, cut)) ? cut : 0;
}

/** The line a webmail puts where it folded a message's quoted part away (Gmail's "[Quoted text hidden]", "- Show quoted text -"). */
const HIDDEN_QUOTE = /^[ \t]*(?:\[Quoted text hidden\]|- ?Show quoted text ?-)[ \t]*$/i;

/**
 * Where the text's last paragraph starts when it is a company's confidentiality notice — "This email and any attachments
 * are confidential and intended solely for the addressee. If you have received this email in error, please notify the
 * sender and delete it." — two of its usual clauses or more, no reply code; else -1. Its "attachments", "error" and
 * "delete" are no bounce's words.
 */
const DISCLAIMER_CLAUSES = [
  /\b(?:confidential|privileged)\b/i,
  /\bintended (?:solely |only |exclusively )?for the (?:use of the )?(?:addressee|individual|named recipient|person|recipient)|\bnot the intended recipient\b/i,
  /\breceived this (?:e-?mail|message|communication|transmission) in error\b/i,
  /\bnotify the sender\b|\bdelete (?:it|this (?:e-?mail|message)|the (?:e-?mail|message)|all copies)\b/i,
  /\b(?:disclosure|copying|distribution|dissemination)\b[^.]{0,80}\bprohibited\b/i,
];

function disclaimerStart(text: string): number {
  const body = text.trimEnd();
  // (The last empty line, looked for from the end over 1,500 characters at most.)
  let start = -1;
  for (let k = body.lastIndexOf('\n'); k > 0 && body.length - k <= 1500; ) {
    const prev = body.lastIndexOf('\n', k - 1);
    if (body.slice(prev + 1, k).trim() === '') {
      start = prev < 0 ? 0 : prev;
      break;
    }
    k = prev;
  }
  if (start <= 0) return -1;
  const paragraph = body.slice(start);
  if (paragraph.length > 1500 || /(?:^|\s)[245]\d\d[ -]|\b[245]\.\d{1,3}\.\d{1,3}\b/.test(paragraph)) return -1;
  return DISCLAIMER_CLAUSES.filter((c) => c.test(paragraph)).length >= 2 ? start : -1;
}

/**
 * Whether a line right under a bounce (`before`) is theirs, saying what their setup is: it opens a sentence, says what
 * they run, use or have (SETUP_CLAUSE), and is in their own words (ownWords) — or it is plain prose in no one's person
 * or with their "I" (plainProse: "The DKIM record was added at GoDaddy yesterday."). A server's last line in its first person says what
 * it did with the message ("We removed the file … from this message", "I've given up"), never that.
 */
function setupLine(line: string, before: string, bounce: (before: string) => boolean, documented?: (paragraph: string) => boolean): boolean {
  if (!/^\p{Lu}/u.test(line) || !bounce(before)) return false;
  if ((SETUP_CLAUSE.test(line) || theirAccount(line)) && ownWords(line)) return true;
  // (In plain prose: not after a line that stops on a comma, whose sentence goes on, nor as the few words a margin
  // pushed down from a sentence it broke — "… rejected due to the sending" + "MTA's poor reputation.")
  if (/,[ \t]*\r?\n?$/.test(before) || (brokenMidSentence(before, line) && line.split(/\s+/).length <= REMAINDER_WORDS)) return false;
  // (In no one's person, or with their "I" in it: a server speaks as "we" for its organisation — "Our policy is to
  // accept no executable attachments" — and qmail's "I" names the failure — "I'm not going to try again; this message
  // has been in the queue too long.")
  return plainProse(line, documented, true);
}
/**
 * The words a margin pushes onto the next line when it breaks a reply's last sentence are its remainder: a few ("DKIM.",
 * "MTA's poor reputation.", "DNS entry does not resolve."). A sentence of theirs under the bounce says a whole thing.
 */
const REMAINDER_WORDS = 5;

/**
 * Whether the text's last line was broken at a margin (margin.ts hardWrapped) before `next`, and stops on no
 * sentence's end. hardWrapped takes any line of 60–100 characters for a margin's; the margins mail clients wrap at
 * (Emacs' 70, Thunderbird's 72, RFC 3676's 78, 80) break a line that long only where the next word would not have
 * fitted: "550 The destination mail system rejected your return address" (61) had room for "DMARC".
 */
function brokenMidSentence(before: string, next: string): boolean {
  const end = before.endsWith('\n') ? before.length - 1 : before.length;
  const line = before.slice(before.lastIndexOf('\n', end - 1) + 1, end).trimEnd();
  if (!/[\p{L}\p{N}-]$/u.test(line)) return false;
  // (Shorter lines: as hardWrapped reads them, by the margin the text shows.)
  if (line.length < 60) return hardWrapped(before, end);
  const word = /^\S*/.exec(next)?.[0].length ?? 0;
  return line.length <= CLIENT_MARGINS.widest && line.length + 1 + word > CLIENT_MARGINS.narrowest;
}
const CLIENT_MARGINS = { narrowest: 70, widest: 80 };
/**
 * What they run, use, send with or have, in the first person: "We use …", "I'm sending from …", "We switched to …",
 * "Our mail server is …", "My DKIM key is …", "our SPF and DKIM were set up …" — a part of their setup by its name, not
 * what a server says of its own ("Our policy is to reject …", "Our system has detected …").
 */
const SETUP_CLAUSE =
  /\b(?:we|I)(?:['’](?:re|m|ve)|[ \t]+(?:are|am|have))?(?:[ \t]+(?:also|currently|now|only|just|still|recently))?[ \t]+(?:use|using|run|running|send|sending|host|hosting|relay|relaying|have|own|operate|manage|switched|moved|migrated|set[ \t]+up|configured)\b|\b(?:our|my)(?:[ \t]+[\p{L}\p{N}.-]{1,30}){0,2}[ \t]+(?:domains?|servers?|hosting|host|provider|registrar|dns|mx|ip|website|site|app|newsletter|crm|spf|dkim|dmarc|ptr|records?|keys?|setup|mailer|relay|smarthost|isp|esp)[ \t]+(?:is|are|was|were|uses|runs|points|sends|goes|has|have)\b/iu;

/**
 * Where the text's last paragraph begins when it is what the person who pasted a bounce says of their own setup: after
 * an empty line, in the first person ("we", "our", "I", "my"), speaking to no one, and with nothing of a server's reply
 * in it — no code, no status, no address, no words of a failure (hasFailureWords) beside the names of mail's
 * mechanisms that are its topic ("We have DMARC at p=none", "our SPF and DKIM were set up last spring"). A server's
 * own first person speaks to the sender or says what it refused ("We have detected spam from your IP", "The recipient
 * server did not accept our requests to connect"). -1 when it is not, or when nothing of a bounce stands before it.
 */
function lastParagraph(text: string, bounce: (before: string) => boolean, documented?: (paragraph: string) => boolean): number {
  // (Only the text's last 600 characters are looked at: a 10 MB paste costs one look.)
  let end = text.length;
  while (end > 0 && end > text.length - 200 && /\s/.test(text[end - 1] as string)) end--;
  const at = Math.max(0, end - 602);
  let found = -1;
  let after = -1;
  for (const m of text.slice(at, end).matchAll(EMPTY_LINE)) {
    found = m.index;
    after = m.index + m[0].length;
  }
  if (found < 0) return -1;
  const blank = at + found;
  const para = text.slice(at + after, end);
  if (!ownWords(para) && !plainProse(para, documented)) return -1;
  // (Before it, an address is a bounce's mark too: a notice names the address that failed and may say no more.)
  const before = text.slice(Math.max(0, blank - 4000), blank);
  return before.includes('@') || bounce(before) ? blank + 1 : -1;
}

/**
 * Where the paragraph that starts at `start` (after any empty lines) ends, when it is theirs as lastParagraph reads
 * one — and a bounce's code, status or words of a failure follow it (an address alone does not: "I am away until
 * Monday." / "For urgent matters write to pat@example.org" is an automatic reply, all of it); -1 when not.
 */
function ownParagraphAt(text: string, start: number, bounce: (after: string) => boolean, documented?: (paragraph: string) => boolean): number {
  let from = start;
  while (from < text.length && (text[from] === '\n' || text[from] === ' ' || text[from] === '\t' || text[from] === '\r')) from++;
  const found = text.slice(from, from + 602).search(EMPTY_LINE);
  if (found < 0) return -1;
  const blank = from + found;
  const para = text.slice(from, blank);
  // (Ended as a sentence is, as the line rule in personsHead asks: a reply's line broken by a margin is not.)
  if (!/[.:!][ \t]*$/.test(para) || !(ownWords(para) || plainProse(para, documented))) return -1;
  return bounce(text.slice(blank, blank + 4000)) ? blank : -1;
}

/**
 * Sentences in no one's person with nothing of a server's reply in them ("Nothing was changed on the server in
 * months.", "The DKIM record was added at GoDaddy yesterday."): written as people write a sentence (a capital first,
 * lower case in it, a full stop or "!" last); no code, status, address or link; no word of a failure, however weak,
 * beside the names of mail's mechanisms; no documented reply. Not a notice's: its own opening speaks to the sender
 * ("Your message …") or is known as its layout's (formats.ts: Exim's "This message was created automatically by mail
 * delivery software."), its fields open with a label ("Solutions: …"), and a line that closes a bracket or a quote it
 * did not open goes on with the one above. (A first person is ownWords' to judge; `singular`: or said with their "I"
 * or "my" in it — a "we" or "our" alone is also how a server speaks for its organisation, but a server that speaks as
 * "we" does not also say "I".)
 */
function plainProse(para: string, documented?: (paragraph: string) => boolean, singular = false): boolean {
  const person = FIRST_PERSON.test(para) && !(singular && FIRST_PERSON_SINGULAR.test(para));
  if (!/^[ \t]*\p{Lu}/u.test(para) || !/\p{Ll}/u.test(para) || !/[.!][ \t]*$/.test(para) || person || LABEL.test(para) || ADDRESSES_THE_READER.test(para) || para.includes('@') || LINK.test(para) || hasCode(para) || closesMore(para)) return false;
  // (With no first person to say whose they are, even a weak word of a failure — "denied", "failed", "limit",
  // "infected" — keeps them the bounce's.)
  const words = para.replace(MECHANISMS, ' ');
  if (hasFailureWords(words) || FAILURE_WORDS_WEAK.some((re) => re.test(words)) || MALWARE_WORDS.test(words)) return false;
  return !(documented !== undefined && documented(para)) && detectFormat(para) === null;
}

/**
 * Whether a text closes more brackets or quotes than it opens: it goes on with what stands before it (a reply quoted
 * in brackets and broken by a margin: 'bounce ("550 5.4.1 Recipient address rejected:' / 'Access denied. AS(…)").').
 */
function closesMore(text: string): boolean {
  let round = 0;
  let square = 0;
  let quotes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) round++;
    else if (c === 41 && --round < 0) return true;
    else if (c === 91) square++;
    else if (c === 93 && --square < 0) return true;
    else if (c === 34) quotes++;
  }
  return quotes % 2 === 1;
}
const LINK = /\b(?:https?:\/\/|www\.)/i;
/** A notice's field or section, opened by its label ("Solutions: The email content may contain …", "Reason: …"). */
const LABEL = /^[ \t]*\p{L}[\p{L}\p{N} '’-]{0,30}:[ \t]/u;

/**
 * In the first person, speaking to no one, with nothing of a server's reply in it: no code, no status, no address, no
 * words of a failure (hasFailureWords) beside the names of mail's mechanisms that are its topic.
 */
function ownWords(para: string): boolean {
  return FIRST_PERSON.test(para) && !ADDRESSES_THE_READER.test(para) && !para.includes('@') && !hasCode(para) && (!hasFailureWords(para.replace(MECHANISMS, ' ')) || theirAccount(para));
}

/** One line of theirs that tells what happens to their mail (THEIR_MAIL): a paragraph of more lines may hold the bounce's. */
const theirAccount = (para: string) => !para.trim().includes('\n') && THEIR_MAIL.test(para);

/**
 * Their own mail named as theirs, or what they keep getting ("Our invoices to customers … keep coming back", "I keep
 * getting this"): their account of the failure, whatever words of one it has. A server names the sender's mail as
 * the sender's ("your message") and never says it gets a bounce.
 */
const THEIR_MAIL =
  /\b(?:our|my)(?:[ \t]+[\p{L}-]{1,20})?[ \t]+(?:e-?mails?|mails?|messages?|newsletters?|invoices?|campaigns?|mailings?|notifications?)\b|\b(?:I|we)(?:['’](?:ve|m|re)|[ \t]+(?:have|am|are))?(?:[ \t]+(?:keep|kept|started|now|still|suddenly|also|always|often|sometimes))?[ \t]+(?:get|getting|got|receive|receiving|received|see|seeing)[ \t]+(?:this|these|that|the following|an?|the same)\b/iu;

/**
 * Whether a text holds a bounce's marks: a code, a status, or the words of a failure — after what may be theirs, not
 * a mechanism's name alone (their next paragraph may name one too: "… our SPF and DKIM were set up last spring").
 */
function bounceLike(text: string, mechanisms = true): boolean {
  return CODE_OR_STATUS.test(text) || hasFailureWords(mechanisms ? text : text.replace(MECHANISMS, ' '));
}
/** The first paragraph of a text, without the empty lines before it. */
function firstParagraph(text: string): string {
  const t = text.replace(/^\s+/, '');
  const blank = t.search(EMPTY_LINE);
  return blank < 0 ? t : t.slice(0, blank);
}

/** An empty line, or one of spaces (and a CR LF text's carriage returns). */
const EMPTY_LINE = /\r?\n[ \t\r]*\n/g;
// (Not "us" nor "me": a region's name and a country's domain spell them — "us-east-1", "mail.example.me".)
const FIRST_PERSON = /\b(?:[Ww]e|WE|[Oo]urs?|OURS?|[Mm]y|MY|[Mm]ine|I(?![/.]))\b/;
const FIRST_PERSON_SINGULAR = /\b(?:[Mm]y|MY|[Mm]ine|[Mm]yself|I(?![/.]))\b/;
/** A server's first person speaks to the sender ("We have detected spam from your IP"); theirs speaks of themselves. */
const ADDRESSES_THE_READER = /\b(?:you|your|yours)\b/i;
/** A reply's code or enhanced status. */
const CODE_OR_STATUS = /\b[245]\d\d\b|\b[245]\.\d{1,3}\.\d{1,3}\b/;
/** A number after "port" is the port ("port 587", "ports 465 and 587"), not a reply's code. */
const PORT = /\bports?[ \t:]{0,3}\d{2,5}(?:[ \t]*(?:,|and|or|\/)[ \t]*\d{2,5}){0,3}/gi;
/** Whether their words carry a reply's code or status (a port's number aside). */
const hasCode = (text: string) => CODE_OR_STATUS.test(text) && CODE_OR_STATUS.test(text.replace(PORT, ' '));
/** The names of mail's mechanisms, which say what a paragraph is about, not that anything failed. */
const MECHANISMS = /\b(?:spf|dkim|dmarc|blacklist|blocklist|greylist(?:ed|ing)?|spam|mx|ptr)\b/gi;

/**
 * Whether a line or a paragraph is what the person who pasted a bounce says about it, not the server's words:
 * - a question of theirs at its end ("What else could it be?", "Any idea? Thanks"): a question word or an auxiliary
 *   first, as people ask — a program's message that ends on "?" asks its reader nothing;
 * - a closing ("Thanks in advance", "Best regards, Anna");
 * - what they did, in the first person with a verb of trying or checking ("We checked SPF and DKIM and both pass", "I
 *   tried port 587 too"), or what their DNS records are ("Our SPF record is v=spf1 …").
 * No server says those of itself; its first person stays ("We do not accept mail from you", "Our system has detected").
 */
export function personsParagraph(para: string): boolean {
  const t = para.trim();
  return asksAtEnd(t) || CLOSING.test(t) || NARRATIVE.test(t) || THEIR_SETUP.test(t);
}

/** Whether a text ends on a question as people ask one (see personsParagraph), a closing after it or not. */
function asksAtEnd(t: string): boolean {
  const q = t.lastIndexOf('?');
  if (q < 1 || !/[\p{L}\p{N})]/u.test(t[q - 1] as string)) return false;
  const after = t.slice(q + 1).trim();
  if (after !== '' && !CLOSING.test(after)) return false;
  // The question's own sentence: from the last sentence end, colon or line break before it.
  let start = 0;
  for (const mark of ['. ', '! ', '? ', ': ', '.\t', '\n']) {
    const at = t.lastIndexOf(mark, q - 1);
    if (at >= 0) start = Math.max(start, at + mark.length);
  }
  return q - start <= 250 && QUESTION_START.test(t.slice(start, q + 1).trimStart());
}
const QUESTION_START = /^(?:what|why|how|any|anyone|anybody|is|are|does|do|did|can|could|should|would|will|has|have|where|which|who|am I)\b/i;
const CLOSING = /^(?:thanks|thank you|thx|regards|cheers|best regards|kind regards|best wishes)\b[ \t,.!]*(?:(?:in advance|for (?:any|your|the) help|a lot|all)[ \t,.!]*){0,2}(?:[\p{Lu}][\p{L}.-]{0,20}(?:[ \t]+[\p{Lu}][\p{L}.-]{0,20})?[ \t.!]*)?$/iu;
/** What they say of their own DNS records ("Our SPF record is v=spf1 …", "My DKIM key looks fine"): no server does. */
const THEIR_SETUP = /^(?:our|my) (?:spf|dkim|dmarc|dns|mx|ptr|rdns|reverse dns)(?: (?:record|records|entry|entries|key|keys|policy|setup|settings?|config|configuration))? (?:is|are|was|were|has|have|looks?|seems?|shows?|says?|passe[sd])\b/i;
const NARRATIVE = /^(?:I|We)(?:['’]ve| have)?(?: also| already| just| even)? (?:checked|double-checked|tried|verified|confirmed|tested|added|configured|looked|contacted|changed|updated|noticed|followed|whitelisted|googled|searched|restarted|reinstalled|installed|migrated|moved|switched)\b/i;
