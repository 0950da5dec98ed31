/**
 * Reads the human-readable report of a bounce — a text/plain part, a text/html part turned to text, or what a webmail
 * shows — into failed recipients and their replies. One generic reader serves every layout: it finds the addresses
 * that stand where bounces name failed recipients, the SMTP replies that stand where bounces quote them, and pairs
 * them up. Layout-specific knowledge is data (formats.ts and the phrase tables below).
 *
 * Works on normalised text (normalize.ts); spans are in that text's coordinates.
 */
import { addressGoesOn, goesOnInLowerCase, hardWrapped } from './margin';
import { personsParagraph } from './persons';
import { DAEMON_ADDRESS as DAEMON, findAddresses } from './addresses';
import { codeMismatch, isEnhancedCode, readReplyCodes } from './codes';
import { normalizeAddress, opensWithDsnField } from './dsn';
import { detectFormat, originalMessageStart, WEAK_FORMATS, type GuardedFormat } from './formats';
import { LineIndex } from './lines';
import { MAX_RECIPIENTS } from './limits';
import { guard, guardedTest } from './literal';
import { LOCALIZED_RECIPIENT_LEAD, LOCALIZED_RECIPIENT_TRAIL, LOCALIZED_REPLY_INTRO } from './localized-notices';
import { cleanReply, findCommand, findRemoteMta, pipelinedCommand } from './reply';
import type { BounceFormat, FailedRecipient, Span } from './types';

/**
 * The localized notices' long lists of phrases, each checked first for the words one of its phrases requires
 * (literal.ts): for text in none of those languages the pattern is neither run nor — in a fresh process, where that
 * costs milliseconds per pattern — compiled.
 */
export const LOCALIZED_LEAD = guard(LOCALIZED_RECIPIENT_LEAD);
export const LOCALIZED_TRAIL = guard(LOCALIZED_RECIPIENT_TRAIL);
export const LOCALIZED_INTRO = guard(LOCALIZED_REPLY_INTRO);
const localizedTest = (g: ReturnType<typeof guard>, text: string) => guardedTest(g, text, text.toLowerCase());

const DAEMON_IN_PROSE = /^(?:postmaster|noreply|no-reply|bounces?)@/i;

/** Header-like lines whose addresses are not failed recipients. */
const HEADER_LINE = /^\s*(?:>\s*)?(?:From|To|Cc|Bcc|Reply-To|Return-Path|Sender|Message-ID|In-Reply-To|References|Received|Delivered-To|X-[A-Za-z-]{1,40}|Envelope-To|Resent-[A-Za-z-]{1,20}|Sender Address|Sent by|Date|Subject|Reporting-MTA|Generating server|DKIM-Signature|Authentication-Results)\s*:/i;

/** Words just before an address that make it the failed recipient ("…wasn't delivered to x@y"). */
const RECIPIENT_LEAD =
  /(?:\b(?:delivered to|delivery to|delivering (?:your )?(?:message|mail) to|deliver (?:your )?(?:message|mail) to|message to|mail to|sent to|recipient|recipient address|failed recipient|addressed to|destinataire|Empf[äa]nger|destinatario|destinat[áa]rio|geadresseerde)\s*[:,]?|(?:^|\b(?:unknown|invalid|bad|final|failed|rejected|delivery|recipient|no such)\s+)(?:user(?:id)?|recipient|address|mailbox|account)(?: address| name)?\s*:|delivery failed \d{1,4} attempts?:|RCPT TO:|to=|Final-Recipient:\s*rfc822;|Original-Recipient:\s*rfc822;|X-Failed-Recipients:)\s*[<"']?\s*$/i;

/** A delivery verb right before an address: that address is where the mail was going. */
const DELIVERY_LEAD = /\b(?:delivering|deliver|delivery of|delivered)\s+(?:your\s+|the\s+)?(?:message|mail|e-?mail)\s+to\s*:?\s*[<"']?\s*$/i;

/** Words right before a reply that introduce it (also a log's or an event's JSON key: `"reason":"550 …`). */
const REPLY_INTRO =
  /(?:\bsaid:?|\breturned:?\s*'?|\bwas:|\breason:?|<<<|\berror(?: was)?:|\bcode:|\bresponse:|\breply:|\breplied:?|\banswered:?|smtp;|\]:|>:|\btalk to me:|\bserver message|with message\s*"?|\bmessage:|\bDetails?:|\brejected:|\bresult:|"(?:reason|raw_reason|response|diag|diagnosticCode|smtpResponse|message|details|description)"\s*:)\s*['"(]?\s*$/i;

/** The strongest introductions: the layout's own label for the receiving server's reply. */
const STRONG_INTRO = /(?:Reported error|Remote Server returned|response from the remote server was|other server returned was|Remote host said|Diagnostic-Code|SMTP protocol diagnostic)\b[^\n]{0,12}$/i;

/** Sendmail's recap of one recipient's failure: "554 <x@y>... Service unavailable" (the address captured). */
/** The end of an introduction that names the reply's recipient ("… for b@x was:"), up to the reply (300 characters). */
const REPLY_FOR = /\b(?:for|to)[ \t]+<?([^\s<>@]{1,64}@[^\s<>]{1,255}?)>?[ \t]+(?:was|said|returned)[ \t]*:?[ \t]*\n?[ \t]*$/i;
const EXPANDED_FROM = /\(expanded from[ \t]*$/i;
/** The end of a recipient's line and Sendmail's "(reason: " under it, the address captured. */
const SENDMAIL_REASON = /(?:^|\n)[ \t]{0,8}(<?[^\s<>@]{1,64}@[^\s<>]{1,255}>?)[ \t]*\r?\n[ \t]{1,8}\(reason: $/;
const SENDMAIL_RECAP = /^[#'"]?[245]\d\d <([^\s<>@]{1,64}@[^\s<>]{1,255})>\.\.\./;
/** The same recap as Sendmail 8 writes it with an enhanced status ("550 5.0.0 <x@y>... Can't create output"). */
const SENDMAIL_RECAP_STATUS = /^[#'"]?[245]\d\d(?: [245]\.\d{1,3}\.\d{1,3})? <[^\s<>@]{1,64}@[^\s<>]{1,255}>\.\.\./;

/**
 * A line that, once reached, ends a reply (a log's next entry too: its "to=<…>", its timestamp, or a syslog tag with
 * its process id, "postgrey[1405]: …", RFC 3164 §4.1.3, when the timestamps were cut off; a delivery-status field of
 * RFC 3464 §2.2–2.3 after a Diagnostic-Code shown as text).
 */
const REPLY_STOP =
  /^\s*(?:-{3,}|={3,}|\*{2}|Giving up on|Original message|Generating server|DSN generated by|Remote server:|Message Hops|More Info for|Original Message|How to Fix It|Diagnostic information|Learn more|LEARN MORE|Reporting-MTA|Final-Recipient|Action:|Status:|(?:Original-Recipient|Remote-MTA|Diagnostic-Code|Last-Attempt-Date|Will-Retry-Until|Final-Log-ID|Arrival-Date|Received-From-MTA)[ \t]*:|The response|Sorry,|I'm not going to try again|This is a permanent error|Your message|If you|For more information|Content-Type:|Received:|Delivery has failed|Technical details|The error that|To send this message again|<[^>\s]{1,200}@[^>\s]{1,200}>:?\s*$|to=<|[A-Z][a-z]{2} {1,2}\d{1,2} \d\d:\d\d:\d\d |\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d|[\w./-]{1,40}\[\d{1,10}\]: )/i;

/**
 * In one-line text (line breaks lost), phrases that end a reply: section starts, so case-sensitive. (Also qmail-send's
 * own sentence after the last reply of a message it gave up on, qmail-send.c: "I'm not going to try again; this
 * message has been in the queue too long.")
 */
const INLINE_STOP =
  /\s(?:Giving up on|Original message|Generating server:|DSN generated by:|Remote server:|Message Hops|More Info for Email Admins|How to Fix It|Diagnostic information for administrators|Learn more|LEARN MORE|Reporting-MTA:|Final-Recipient:|-{3,}|Original Message Details|Original Message Headers|The response (?:from the remote server )?was:|Your message (?:wasn't|couldn't|to)|To send this message again|I'm not going to try again)/;

const MAX_REPLY = 1500;

/** A reply's code and status with the space after them ("550 5.1.1 "), where its own words begin. */
const CODES_LEAD = /^[#'"]?[245]\d\d(?:[ -][245]\.\d{1,3}\.\d{1,3})?[ \t]/;

interface Anchor {
  address: string;
  /** Where the address stands. */
  index: number;
  /** Start of the line it stands on: a recipient's block starts there. */
  lineStart: number;
  /** A whole-line anchor ("<x@y>:") is stronger than one found after a phrase. */
  kind: 'line' | 'phrase';
  /** A notice's own words for this recipient on its line ("lsmith (user not found)"), when it names a local part. */
  reason?: string;
}


interface Candidate {
  start: number;
  end: number;
  raw: string;
  score: number;
  strong: boolean;
  hasCode: boolean;
  /** A code named by a label ("ResponseCode 421,") rather than standing at the head of the reply. */
  labeledCode?: string;
}

// Layouts that label the code instead of quoting a reply: Zoho's "ERROR_CODE :550, …" and "ResponseCode 421, …".
const LABELED_CODE = /\b(?:ERROR_CODE|ResponseCode)[ \t]{0,3}:?[ \t]{0,3}([245][0-5]\d)\b/g;

export interface TextReading {
  format: BounceFormat | null;
  recipients: FailedRecipient[];
  /** Where the returned original message begins in the text (-1: not found). */
  originalStart: number;
  /** True when the text carries at least one well-placed SMTP reply or a known layout. */
  looksLikeBounce: boolean;
  /** Failed recipients named past the MAX_RECIPIENTS listed (counted, not read). */
  moreRecipients: number;
  /** True when the recipients are user names the notice gave without a domain, completed with `hints.localDomain`. */
  completed: boolean;
}

/** Caps that keep hostile input linear: no real bounce lists more recipients or replies than this. */
const MAX_ANCHORS = 4 * MAX_RECIPIENTS;
const MAX_CANDIDATES = 2 * MAX_RECIPIENTS;

interface Ctx {
  text: string;
  lines: LineIndex;
  /** Index of the first non-space character of the text. */
  firstContent: number;
  extras?: ReaderExtras | undefined;
}

function lineBounds(ctx: Ctx, index: number): { start: number; end: number } {
  return ctx.lines.bounds(index);
}

/** A line Postfix folded a reply into starts with four spaces (two or a tab, once a paste has touched it). */
const INDENTED = /^(?: {2,}|\t)/;

/**
 * Whether the (indented) line starting at `ls` is one of the lines of a reply Postfix folded: its record ("<x@y>: host
 * … said: 550 …") began earlier in the same paragraph and has not reached its "(in reply to … command)" tail. Postfix
 * folds a long reply into lines indented by four spaces (bounce_notify_util.c, bounce_print_wrap: LENGTH 79, INDENT
 * 4), so an address that happens to open such a line ("    <a@b> sender rejected.") is the reply's own words, not
 * another recipient.
 */
function inFoldedReply(region: string, ls: number): boolean {
  // The lines of its paragraph before it (looked for at most 2000 characters back).
  const lines = region.slice(Math.max(0, ls - 2000), ls).split('\n');
  lines.pop();
  let from = lines.length;
  while (from > 0 && (lines[from - 1] as string).trim() !== '') from--;
  const para = lines.slice(from).join('\n');
  const said = para.lastIndexOf(' said:');
  return said >= 0 && !/\(in reply to [^)]{1,40}\)/i.test(para.slice(said));
}

/** The words after an address in a reply that name it as the sender's ("<x@y>: Sender address rejected", "<x@y>... Domain of sender"). */
const SENDER_NAMED = /^(?:sender\b|domain of sender\b)/i;

/** Exim's lead-in to the sender's address in a bounce of a message someone else sent. */
const SENT_BY = /\bA message sent by[ \t]*\n(?:[ \t]*\n)?$/;

/** Postfix's "orig_to=<…>" beside "to=<…>": the address as the sender wrote it (log_adhoc.c), not another recipient. */
const ORIG_TO = /\borig_to=<?$/i;

/**
 * The addresses that stand where bounces name failed recipients. At most MAX_RECIPIENTS distinct ones (and MAX_ANCHORS
 * mentions) are kept; the distinct ones past that are only counted, in `more`.
 */
function findAnchors(ctx: Ctx, end: number, hasLayout: boolean, extras?: ReaderExtras): { anchors: Anchor[]; more: Set<string> } {
  const isHelp = extras?.isHelp;
  const isLead = extras?.isLead;
  const anchors: Anchor[] = [];
  const distinct = new Set<string>();
  const more = new Set<string>();
  const keep = (anchor: Anchor) => {
    const key = anchor.address.toLowerCase();
    if (!distinct.has(key)) {
      // Past the cap a new address is only counted (the listed ones never change after that).
      if (distinct.size >= MAX_RECIPIENTS || anchors.length >= MAX_ANCHORS) return void more.add(key);
      distinct.add(key);
    }
    if (anchors.length < MAX_ANCHORS) anchors.push(anchor);
  };
  const region = ctx.text;
  let foldChecks = 0;
  for (const found of findAddresses(region, end)) {
    // An old system's address form (Exchange 5.5's "dda:SMTP=x@y") names a recipient's block on its own.
    const own = extras?.ownAddress(found);
    const m = own ?? found;
    const address = m.text;
    if (DAEMON.test(address)) continue;
    const { start: ls, end: leFull } = lineBounds(ctx, m.index);
    const le = Math.min(leFull, end);
    const line = region.slice(ls, Math.min(le, ls + 200));
    const before = region.slice(Math.max(ls, m.index - 200), m.index);
    const after = region.slice(m.index + m.text.length, Math.min(le, m.index + m.text.length + 400));
    if (HEADER_LINE.test(line) && !/^\s*(?:X-Failed-Recipients|Final-Recipient|Original-Recipient)\s*:/i.test(line)) continue;
    // A reply that quotes the address ("550 5.1.1 <x@y>... User unknown") is not a recipient header.
    if (/^\s*[#'"(]?[245]\d\d[\s:-]/.test(line)) continue;
    const atLineStart = /^\s*(?:(?:-{1,2}|[*•>])\s*)?[<"'(]?\s*(?:mailto:)?$/i.test(before);
    const wholeLine =
      atLineStart &&
      (/^\s*[>"')]?\s*(?::.*|\(.*\)\s*:?|<mailto:[^>]{0,300}>.*|\s+on\s.*|\.{3}.*|\s+\[.*|\s+-\s.*|,|;)?\s*$/i.test(after) ||
        // "x@y.example Invalid Address, …": in a known layout, an address that opens a line names a recipient.
        (hasLayout && /^\s*[>"]?\s+[A-Za-z([<]/.test(after)));
    if (wholeLine || own) {
      // An address alone on its line after "If you need help, contact" is the help desk's.
      const prevLine = ls > 0 ? region.slice(Math.max(0, ls - 101), ls - 1) : '';
      // Postfix's "<a@x> (expanded from <b@y>): host … said: …" folded after "(expanded from": b@y is the address the
      // sender wrote, which an alias turned into a@x — the same recipient, not another one.
      if (EXPANDED_FROM.test(prevLine)) continue;
      // Exim's bounce of a message someone else sent ("A message sent by\n\n  <x@y>\n\ncould not be delivered …",
      // deliver.c send_bounce_message): that address is the sender's.
      if (SENT_BY.test(region.slice(Math.max(0, ls - 60), ls))) continue;
      // A reply broken by a margin after a word no sentence ends on, its address pushed onto the next line ("550-
      // Verification failed for" + "<x@y>", Exim's callout): the reply quotes the address, as on one line above.
      if (/(?:^|[\s:;'"(])[245]\d\d-/.test(prevLine) && addressGoesOn(region, ls - 1, line.trimStart())) continue;
      // Postfix's recipient lines end their address with a colon; an indented one inside a folded reply does not.
      // (Looked at for the first MAX_ANCHORS such lines only: each reads up to 2000 characters back.)
      if (INDENTED.test(line) && !/^[ \t]*(?:>[ \t]*)?:/.test(after) && foldChecks++ < MAX_ANCHORS && inFoldedReply(region, ls)) continue;
      if (!isHelp?.(prevLine)) keep({ address: normalizeAddress(address), index: m.index, lineStart: ls, kind: 'line' });
      continue;
    }
    if (isHelp?.(before.slice(-100))) continue;
    if (ORIG_TO.test(before)) continue;
    // "send mail to <postmaster@…>" is advice, but "error delivering your mail to <postmaster@…>" names the recipient.
    if (DAEMON_IN_PROSE.test(address) && !DELIVERY_LEAD.test(before.slice(-80))) continue;
    // Localized notices' words count only in a known layout (their headline or phrases identified it).
    if (
      RECIPIENT_LEAD.test(before.slice(-80)) ||
      isLead?.(before.slice(-80)) ||
      (hasLayout && (localizedTest(LOCALIZED_LEAD, before.slice(-80)) || localizedTest(LOCALIZED_TRAIL, after.slice(0, 80))))
    ) {
      keep({ address: normalizeAddress(address), index: m.index, lineStart: ls, kind: 'phrase' });
    }
  }
  return { anchors, more };
}

// A basic reply code where a reply can start: after a space, quote, bracket, colon, '#', '=' or ';', or at a line start.
const CODE_AT = /(?<![^\s'"([:>#;=])([245][0-5]\d)(?=[ \t-]|:(?:[ \t]|$)|$)/gm;
// An enhanced status at the start of a line, for layouts that quote "5.1.1 RESOLVER…" without a basic code.
const STATUS_AT_LINE = /^[ \t]*#?([245]\.[0-7]\.\d{1,3})(?=[ \t]+[A-Za-z])/gm;

/**
 * An introduction a margin broke in two, its first words ending the line before ("… got code \"501\", with" + "message
 * \"501 HELO requires …\""): read across that break when the line before was broken at the margin (margin.ts).
 */
function splitIntro(ctx: Ctx, ls: number, before: string): boolean {
  if (ls === 0 || before.length > 40 || before.trim() === '' || !hardWrapped(ctx.text, ls - 1)) return false;
  const prev = ctx.text.slice(Math.max(lineBounds(ctx, ls - 1).start, ls - 61), ls - 1);
  return REPLY_INTRO.test(`${prev.trimEnd()} ${before.trimStart()}`);
}

/** What may stand before a reply at the start of its line: a quote, a bracket, a transcript's "<<<". */
const LINE_START = /^[ \t]*[#'"(]?(?:<<<\s?)?$/;
/**
 * …and in a known layout a list's dash too: Mimecast's notice gives every line of it as "-- …" (sisimai/p5-sisimai
 * Mimecast.pm). Not in text of no layout, where "- 500 new users" is a list of numbers.
 */
const LINE_START_IN_LAYOUT = /^[ \t]*(?:-{1,2}[ \t]+)?[#'"(]?(?:<<<\s?)?$/;

function scoreCandidate(ctx: Ctx, start: number, format: BounceFormat | null, codeLen: number): { score: number; strong: boolean } {
  const text = ctx.text;
  const { start: ls } = lineBounds(ctx, start);
  const before = text.slice(Math.max(ls, start - 120), start);
  let score = 0;
  let strong = false;
  // The reply introductions of localized notices are looked for only in the layouts that have them.
  const localized = format === 'gmail' || (format !== null && format.startsWith('exchange'));
  const atLineStart = (format !== null ? LINE_START_IN_LAYOUT : LINE_START).test(before);
  if (atLineStart) score += 1;
  if (REPLY_INTRO.test(before) || /^\s*(?:host\s[^\n]{1,200}\]\s?:?|[^\s]{1,200} \[[0-9a-f.:]{3,45}\]:)\s*$/i.test(before) || splitIntro(ctx, ls, before)) score += 4;
  if (STRONG_INTRO.test(before) || (localized && localizedTest(LOCALIZED_INTRO, before))) {
    score += 3;
    strong = true;
  }
  if (atLineStart) {
    // The line before may end with the introduction: "The response from the remote server was:\n550 …".
    const prevEnd = ls - 1;
    let p = prevEnd;
    if (p > 0 && text[p - 1] === '\n') p--; // doubled line breaks
    const prevStart = p > 0 ? lineBounds(ctx, p - 1).start : 0;
    const prev = text.slice(Math.max(prevStart, p - 200), Math.max(0, p));
    if (REPLY_INTRO.test(prev.trimEnd() + ' ') || /(?:said|was|returned|reason|error|response|server message)\s*:?\s*$/i.test(prev)) score += 4;
    else if (/:\s*$/.test(prev)) score += 2;
    if (STRONG_INTRO.test(prev.trimEnd()) || (localized && localizedTest(LOCALIZED_INTRO, prev.trimEnd()))) {
      score += 3;
      strong = true;
    }
  }
  const after = text.slice(start + codeLen, start + codeLen + 300);
  if (/^[-:\s]{1,3}#?[245]\.\d{1,3}\.\d{1,3}(?![\d]|\.\d)/.test(after)) score += 2;
  // Sendmail's summary line: "554 <x@y>... Service unavailable".
  else if (atLineStart && /^ <?[^\s<>@]{1,64}@[^\s<>]{1,255}>?\.\.\. /.test(after)) score += 2;
  // A Java mailer's line for the reply, its code set off by a dash ("550 - Requested action not taken: mailbox
  // unavailable", the Verizon / Apache James notice that sisimai/p5-sisimai lib/Sisimai/Lhost/Verizon.pm reads).
  else if (atLineStart && /^ - [A-Z][a-z]/.test(after)) score += 1;
  if (format) score += 1;
  if (start <= ctx.firstContent) score += 2;
  return { score, strong };
}

/**
 * A reply line that is a code and then only names and ids, no word yet: "421 mwinf5c27 ME", "554 mx.example.com".
 * (A word here is three letters or more and nothing else.)
 */
function idsOnly(line: string): boolean {
  const m = /^[#'"]?[245]\d\d(?:[ -][245]\.\d{1,3}\.\d{1,3})?[ \t]+(\S.{0,80})$/.exec(line.trimEnd());
  if (!m?.[1]) return false;
  return m[1].split(/\s+/).length <= 3 && !/(?:^|\s)[\p{L}]{3,}[,;:]?(?:\s|$)/u.test(m[1]);
}

/** The end of Postfix's "(in reply to … command)" in the paragraph after `from`, or -1 (none, or a new record first). */
function replyTailEnd(text: string, from: number, to: number, codeAlone = false): number {
  const window = text.slice(from, to);
  const blank = window.search(/\n[ \t]*\n/);
  const para = blank >= 0 ? window.slice(0, blank) : window;
  // (Its words may be folded too: "(in reply to MAIL FROM" then "    command)", a line break and four spaces.)
  const m = /\(in reply to [A-Za-z]{2,10}(?:\s{1,6}[A-Za-z]{2,10}){0,2}\s{1,6}command\)/.exec(para);
  if (!m) return -1;
  const lines = para.slice(0, m.index).split('\n').slice(1);
  // Postfix indents the lines it folds a reply into: words that would start a section of a notice ("Your message …")
  // at the start of such a line are the reply's own, when every line up to the tail is indented.
  const folded = lines.every((line) => line.trim() === '' || INDENTED.test(line));
  // An address that opens a line starts the next record ("<b@x>: host … said:"), but inside folded lines only when a
  // colon follows it: "    <a@b> sender rejected." is the reply's own words.
  const record = folded ? /^\s*[<"]?[^\s@<>]{1,64}@[^\s@<>]{1,255}[>"]?\s*:/ : /^\s*[<"]?[^\s@<>]{1,64}@[^\s@<>]{1,255}[>"]?(?::|\s|$)/;
  // (After a code alone on its line, the next line is the reply's first words, whatever they open with.)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if ((!folded && !(codeAlone && i === 0) && REPLY_STOP.test(line)) || record.test(line) || /\bsaid:/.test(line)) return -1;
  }
  return from + m.index + m[0].length;
}

/** A line that starts a sentence: a capitalised word, then a word in lower case. */
const SENTENCE_START = /^\p{Lu}[\p{Ll}'’]{1,30} \p{Ll}/u;

/**
 * Whether the line after the one that ends at `end` goes on with it though an empty line stands between them (a
 * double-spaced copy): in lower case or after a word no sentence ends on (margin.ts goesOnInLowerCase), or closing a
 * bracket the line left open ("550-5.7.1 [192.0.2.1" / "" / "12] Our system has detected …").
 */
function goesOnAfterBreak(text: string, end: number, next: string): boolean {
  if (goesOnInLowerCase(text, end, next)) return true;
  const line = text.slice(Math.max(text.lastIndexOf('\n', end - 1) + 1, end - 300), end);
  return line.lastIndexOf('[') > line.lastIndexOf(']') || line.lastIndexOf('(') > line.lastIndexOf(')');
}

/**
 * The mark after the last of a reply's code markers inside a line ("… 554-No SMTP service 554 For …": ' '), or null.
 * `marker` is the code's global pattern, `(?:^|\s)554([- ])`.
 */
function lastMarker(line: string, marker: RegExp): string | null {
  marker.lastIndex = 0;
  let last: string | null = null;
  for (let m = marker.exec(line); m; m = marker.exec(line)) last = m[1] as string;
  return last;
}

/** Extends a reply from its start over its continuation lines, stopping at layout boundaries. */
function replyExtent(ctx: Ctx, start: number, limit: number): number {
  const text = ctx.text;
  const first = lineBounds(ctx, start);
  let end = first.end;
  // A quoted reply ("returned '550 5.1.1 …'", localized "… '550 …' zurückgegeben") ends at its closing quote.
  const quote = text[start - 1];
  if (quote === "'" || quote === '"') {
    const close = new RegExp(`${quote}(?=[\\s.,;:)]|$)`, 'm');
    const window = text.slice(start, Math.min(limit, start + MAX_REPLY));
    const m = close.exec(window);
    if (m && !window.slice(0, m.index).includes('\n\n')) return start + m.index;
  }
  // One-line input (breaks lost): cut at the first phrase that begins another section — after the reply's code and
  // status, whose own words may open with one ("550 Your message wasn't delivered to …": a server's refusal).
  const line = text.slice(start, Math.min(first.end, start + MAX_REPLY));
  const codes = CODES_LEAD.exec(line)?.[0].length ?? 1;
  const inline = INLINE_STOP.exec(line.slice(codes));
  if (inline) return start + codes + inline.index;
  if (first.end - start > MAX_REPLY) return start + MAX_REPLY;
  // Postfix ends a reply it quotes with "(in reply to RCPT TO command)": a reply that has it in its paragraph runs to
  // it, however the lines between were wrapped (re-wrapped at the margin by a mail client or a paste).
  // The reply's first line is its code alone ("said: 550 5.7.1"): its words were wrapped onto the next line.
  const firstIsCode = /^[#'"]?[245]\d\d(?:[ -][245]\.\d{1,3}\.\d{1,3})?[ \t]*$/.test(text.slice(start, first.end));
  const tail = replyTailEnd(text, first.end, Math.min(limit, start + MAX_REPLY), firstIsCode);
  if (tail > 0) return tail;
  const code = /^[#'"]?([245]\d\d)([- ])/.exec(text.slice(start, start + 5));
  const firstLine = text.slice(Math.max(first.start, start - 200), Math.min(first.end, start + MAX_REPLY));
  // The reply's markers inside a line ("… is 550-5.7.1 likely …"), made when one is first looked for.
  let marker: RegExp | null = null;
  const markers = (c: string) => (marker ??= new RegExp(`(?:^|\\s)${c}([- ])`, 'g'));
  // (A multi-line reply flattened onto its first line — "554-gmx.net … 554-No SMTP service 554 For explanation visit …" —
  // says there whether its last line has come: the last of its markers there, "554 " with a space, ends it.)
  let multi = code?.[2] === '-' && lastMarker(text.slice(start + 4, Math.min(first.end, start + MAX_REPLY)), markers(code[1] as string)) !== ' ';
  const indented = /^[ \t]+/.test(firstLine);
  const inReplyTail = /\(in reply to [^)]{1,40}\)\)?\s*$/i;
  if (inReplyTail.test(firstLine)) return end;
  let pos = first.end + 1;
  while (pos < limit && end - start < MAX_REPLY) {
    let next = lineBounds(ctx, pos);
    let line = text.slice(next.start, Math.min(next.end, next.start + MAX_REPLY));
    let pastBlank = false;
    if (line.trim() === '') {
      // Doubled line breaks inside a multi-line reply, or after a code alone on its line (never a whole reply): look
      // past one blank line.
      if (!multi && !(end === first.end && firstIsCode)) break;
      const after = lineBounds(ctx, next.end + 1);
      if (after.start >= limit) break;
      next = after;
      line = text.slice(after.start, Math.min(after.end, after.start + MAX_REPLY));
      pastBlank = true;
    }
    if (multi && code) {
      const cont = new RegExp(`^\\s*${code[1]}([- ])`).exec(line);
      // Past an empty line, a line without the code goes on with the reply only where its sentence or bracket was left
      // open: a paste that cut the reply's last lines off ends there, and what follows is another paragraph ("552-5.7.0
      // Our system detected an illegal attachment on your message" / "" / "The domain is hosted at …").
      if (!cont && pastBlank && !goesOnAfterBreak(text, end, line.trimStart())) break;
      if (!cont) {
        // Postfix folds a long line in mid-sentence and indents the rest ("… that this message\n    is 550-5.7.1
        // likely …"): the markers then stand inside the lines; the last one says whether more lines follow.
        // A reply still saying more lines follow, hard-wrapped by whoever pasted it in mid-sentence ("550-5.7.1
        // [192.0.2.1" / "12] Our system has detected…"), goes on at the left margin too.
        const foldedHere = /^[ \t]+\S/.test(line) && (indented || /^[ \t]{2,}/.test(line));
        const hardWrapped = !/^[ \t]/.test(line) && /[^.:]$/.test(text.slice(end - 1, end)) && line.length <= 300 && (addressGoesOn(text, end, line) || (!REPLY_STOP.test(line) && !/^[<"]?[^\s@<>]{1,64}@[^\s@<>]{1,255}[>"]?(?::|\s|$)/.test(line)));
        // (An address opens the next line after a word no sentence ends on: "550-Verification failed for" + "<x@y>".)
        if (!foldedHere && !hardWrapped) break;
        end = next.end;
        pos = next.end + 1;
        // (Postfix's fold: the last marker inside the line says whether more lines follow.)
        const last = lastMarker(line, markers(code[1] as string));
        if (last !== null) multi = last === '-';
        continue;
      }
      end = next.end;
      pos = next.end + 1;
      multi = cont[1] === '-';
      continue;
    }
    // A line that opens with an address starts the next recipient's record — unless the reply so far is a code alone
    // ("said: 550 5.1.1", its words wrapped onto the next line at the margin, indent lost), whose words often open
    // with the address they refuse ("user@x recipient rejected, …"); a record of its own says "host … said:".
    const codeAlone = end === first.end && firstIsCode;
    // (An address in brackets is the reply's own mention of it, the margin having pushed it down: "… doesn't have a
    // yahoo.com account" + "(pat@example.com) [-5] - mta…". No layout opens a record so.)
    const led = /^\s*[<"]?[^\s@<>()]{1,64}@[^\s@<>]{1,255}[>"]?(?:\s*:?\s*$|\s)/.exec(line);
    // (An address with nothing but a colon after it is a record's first line, whatever the reply before it.)
    // (Nor after a word no sentence ends on: "550 Verification failed for" + "<x@y> Sender verify failed".)
    const recordLine = led !== null && (!codeAlone || /\bsaid:|\bhost\s/i.test(line) || /^[\s:]*$/.test(line.slice(led[0].length))) && !addressGoesOn(text, end, line.trimStart());
    // (Words that would open a section of a notice are the reply's own right after a code alone: "Your message
    // was …".)
    // (Nor is a line in the words of whoever pasted the reply: "Any idea what is wrong? Thanks".)
    if ((REPLY_STOP.test(line) && !codeAlone) || recordLine || personsParagraph(line)) break;
    if (/^\s*[245]\d\d[\s:-]/.test(line) && !indented) break;
    // Folded continuation: an indented line after an indented or wrapped reply, or the "(in reply to …)" tail.
    const isTail = /^\s*(?:\(in reply to|command\)|\[(?:RCPT_TO|MAIL_FROM|DATA|BODY)\])/i.test(line);
    const folded = /^[ \t]+\S/.test(line) && (indented || /^[ \t]{2,}/.test(line));
    // (Broken at the margin: 60 characters or more, or shorter where the next word would not have fitted within the
    // text's own margin — a client wrapping at 60 breaks "(reason: 450 4.3.2 Service currently" before "unavailable)".)
    const wrapped = !indented && !/^[ \t]/.test(line) && /[^.:]$/.test(text.slice(end - 1, end)) && (end - first.start >= 60 || hardWrapped(text, end)) && line.length <= 200;
    // A code with nothing after it on its line ("said: 550 5.7.1" then "... Relaying denied"): its words were wrapped
    // onto the next line, as a code alone is never the whole reply.
    // So with a code followed only by names and ids ("421 mwinf5c27 ME" — Orange's host and service tag — then "Trop de
    // connexions … Too many"): no word of the reply has been said yet.
    const bare = end === first.end && (firstIsCode || idsOnly(text.slice(start, end))) && line.length <= 300;
    // A header's folding (RFC 5322 §2.2.3: a line break and one space or tab) in mid-sentence, as a Diagnostic-Code
    // copied out of a delivery report keeps it ("… rejected: Access\n denied [host]").
    const headerFold = !indented && /^[ \t]\S/.test(line) && /[^.:]$/.test(text.slice(end - 1, end)) && line.length <= 200;
    // A reply's first line that ends on a colon ("550 Requested action not taken:" then "mailbox unavailable") has
    // not said its words yet: what the colon introduces is on the next line, wherever the paste put it.
    const colonLead = end === first.end && text[end - 1] === ':' && /^[#'"]?[245]\d\d[ -]/.test(text.slice(start, start + 5)) && line.length <= 200;
    // (Also after an indented reply: a client that re-wraps "    (reason: 450 4.3.2 Service currently unavailable)"
    // starts the rest of it at the margin.)
    const lowerCase = !/^[ \t]/.test(line) && line.length <= 200 && goesOnInLowerCase(text, end, line);
    // A folded reply a mail client re-wrapped where a sentence of it ends: the indented line ran to the margin and the
    // next sentence starts at the left ("    550 5.7.1 Unfortunately, messages from [] weren't sent." + "Please contact
    // your Internet service provider …"). Not a sentence in the first person, the notice's own words after the reply.
    const sentenceWrapped = indented && end === first.end && text[end - 1] === '.' && SENTENCE_START.test(line) && !/^I['’ ]/.test(line) && line.length <= 200 && hardWrapped(text, end);
    if (!isTail && !folded && !wrapped && !headerFold && !bare && !colonLead && !lowerCase && !sentenceWrapped) break;
    end = next.end;
    pos = next.end + 1;
    if (inReplyTail.test(line) || isTail) break;
  }
  return end;
}

function findCandidates(ctx: Ctx, end: number, format: BounceFormat | null): Candidate[] {
  const out: Candidate[] = [];
  const region = ctx.text.slice(0, end);
  let coveredUntil = -1;
  CODE_AT.lastIndex = 0;
  for (let m = CODE_AT.exec(region); m && out.length < MAX_CANDIDATES; m = CODE_AT.exec(region)) {
    if (m.index < coveredUntil) continue;
    const { score, strong } = scoreCandidate(ctx, m.index, format, 3);
    if (score < 3) continue;
    const stop = replyExtent(ctx, m.index, end);
    out.push({ start: m.index, end: stop, raw: region.slice(m.index, stop), score, strong, hasCode: true });
    coveredUntil = stop;
  }
  LABELED_CODE.lastIndex = 0;
  let labeled = false;
  for (let m = LABELED_CODE.exec(region); m && out.length < MAX_CANDIDATES; m = LABELED_CODE.exec(region)) {
    const at = m.index;
    if (out.some((c) => at >= c.start && at < c.end)) continue;
    const stop = replyExtent(ctx, at, end);
    out.push({ start: at, end: stop, raw: region.slice(at, stop), score: 5, strong: false, hasCode: true, labeledCode: m[1] });
    labeled = true;
  }
  if (labeled) out.sort((a, b) => a.start - b.start);
  if (format) {
    const extra: Candidate[] = [];
    let k = 0;
    STATUS_AT_LINE.lastIndex = 0;
    for (let m = STATUS_AT_LINE.exec(region); m && extra.length < MAX_CANDIDATES; m = STATUS_AT_LINE.exec(region)) {
      const at = m.index + m[0].length - (m[1]?.length ?? 0);
      while (k < out.length && (out[k] as Candidate).end <= at) k++;
      const covering = out[k];
      if (covering && at >= covering.start && at < covering.end) continue;
      if (!m[1] || !isEnhancedCode(m[1])) continue;
      const stop = replyExtent(ctx, at, end);
      extra.push({ start: at, end: stop, raw: region.slice(at, stop), score: 2, strong: false, hasCode: false });
    }
    if (extra.length > 0) {
      out.push(...extra);
      out.sort((a, b) => a.start - b.start);
    }
  }
  return out;
}

/** The text under a recipient line when the bounce gives no SMTP reply (e.g. "retry timeout exceeded"). */
/** What is left of a headline after its address when it gives no reason: "… couldn't be delivered." */
/** A line that only introduces the reply under it ("The response was:", "The error that the other server returned was:"). */
const INTRO_LINE = /^(?:The response(?: from the remote server)?|The error that the other server returned) was:[ \t]*$/i;
/** Gmail's card's help link on a line of its own, between its sentence and the reply ("Learn more here: https://…"). */
const LEARN_MORE_LINE = /^Learn more(?: here)?:?[ \t]{1,4}https?:\/\/\S{1,300}[ \t]*$/i;
const NOT_DELIVERED_ONLY = /^[>"')\]]?[ \t]{0,4}(?:couldn['’]?t|could not|wasn['’]?t|was not|can['’]?t|cannot|has not been|hasn['’]?t been)[ \t]{1,4}(?:be[ \t]{1,4})?delivered[.!]?[ \t]*$/i;
/**
 * Gmail's delay card after the address says only when it retries ("… to x@y. Gmail will retry for 47 more hours. You'll
 * be notified if the delivery fails permanently.", shared docs/webmail.md): its reason is the next paragraph ("The
 * recipient server did not accept our requests to connect.").
 */
const RETRY_ONLY = /^[>"')\]]?\.?[ \t]{0,4}Gmail will retry for \d{1,4} more (?:hours?|minutes?|days?)\.(?:[ \t]{1,4}You['’]ll be notified if the delivery fails permanently\.)?[ \t]*$/i;

function blockExplanation(ctx: Ctx, anchor: Anchor, blockEnd: number): { text: string; span: Span } | null {
  const text = ctx.text;
  const { end: le } = lineBounds(ctx, anchor.index);
  // A line anchor's explanation is the lines under it; a phrase anchor's ("Unknown user: x@y") is its own line.
  // (A line anchor with words after the address, "<x@y>: Name service error…", starts right after the address.)
  const rest = anchor.kind === 'line' ? text.slice(anchor.index, le).replace(/^[^\s]*@[^\s>]*>?[:\s]*/, '') : '';
  const restOfLine = ctx.extras?.isNotReason(rest) ? '' : rest.slice(ctx.extras?.notReasonLead(rest) ?? 0);
  let startLine = anchor.kind === 'line' ? (restOfLine.trim().length > 3 ? le - restOfLine.length : le + 1) : lineBounds(ctx, anchor.index).start;
  // Lines of spaces under the address (a paste's trailing blanks, a code fence blanked by the paste reader) are blank
  // lines: the explanation starts after them, as it does after an empty line.
  if (anchor.kind === 'line' && startLine === le + 1) {
    const blanks = /^(?:[ \t]*\n)+/.exec(text.slice(startLine, Math.min(blockEnd, startLine + 400)));
    if (blanks) startLine += blanks[0].length - 1;
  }
  let stop = Math.min(blockEnd, startLine + 600);
  let sentence = false;
  // A sentence that ends with the address ("There was an error delivering your mail to <x@y>.") gives no reason:
  // the paragraph after it does ("DNS lookup failure: host y not found").
  // So does a headline that only says the message was not delivered ("Your message to x@y couldn't be delivered.",
  // Microsoft 365): its reason is the next paragraph ("x wasn't found at y.").
  const afterAddress = text.slice(anchor.index, le).replace(/^[^\s]*@[^\s>"')\]]*/, '');
  // Gmail's card says where the reason is ("There was a problem delivering your message to x@y. See the technical
  // details below."), and introduces it with a line of its own ("The response was:"): the reason is the paragraph after.
  if (anchor.kind === 'phrase' && (/^[>"')\]]?[.:]?[ \t]*(?:See the technical details below\.?[ \t]*)?$/i.test(afterAddress) || NOT_DELIVERED_ONLY.test(afterAddress) || RETRY_ONLY.test(afterAddress))) {
    const after = text.slice(le, Math.min(blockEnd, le + 800));
    const paragraph = /\n[ \t]*\n[ \t]*(\S[^\n]{0,300})/g;
    let next = paragraph.exec(after);
    // Over the help link's line and the line that introduces the reply (shared docs/webmail.md §1.4: "Learn more
    // here: https://…" / "The response was:" / the reply).
    for (let skip = 0; skip < 2 && next?.[1] && (INTRO_LINE.test(next[1]) || LEARN_MORE_LINE.test(next[1])); skip++) next = paragraph.exec(after);
    if (next?.[1] && !REPLY_STOP.test(next[1]) && next.index < 400) {
      stop = le + next.index + next[0].length;
      sentence = true;
    }
  }
  const para = sentence ? -1 : text.slice(startLine + 1, stop).search(/\n[ \t]*\n/);
  if (para >= 0) {
    stop = startLine + 1 + para;
    // A paragraph that is only a label ("because:", Lotus Notes) introduces the next one: take that too.
    if (/^\s*[A-Za-z][A-Za-z ]{1,30}:\s*$/.test(text.slice(startLine, stop))) {
      const next = text.slice(stop + 2, Math.min(blockEnd, stop + 600)).search(/\n[ \t]*\n/);
      stop = next >= 0 ? stop + 2 + next : Math.min(blockEnd, stop + 600);
    }
  }
  if (startLine >= stop) return null;
  // A delivery report's fields under the recipient's line (RFC 3464 §2.2–2.3, a webmail showing the delivery-status part
  // as text) are not words about it: the Diagnostic-Code, when there is one, is read as the reply elsewhere.
  if (opensWithDsnField(text.slice(startLine, Math.min(stop, startLine + 200)))) return null;
  const raw = text.slice(startLine, stop);
  const cleaned = raw.replace(/\s+/g, ' ').trim();
  if (cleaned.length < 4 || ctx.extras?.isNotReason(cleaned)) return null;
  const lead = raw.length - raw.trimStart().length;
  return { text: cleaned, span: { start: startLine + lead, end: startLine + raw.trimEnd().length } };
}

export function emptyRecipient(recipient: string | null): FailedRecipient {
  return {
    recipient,
    originalRecipient: null,
    code: null,
    enhanced: null,
    codeMismatch: null,
    reply: null,
    replySpan: null,
    remoteHost: null,
    remoteIp: null,
    command: null,
    action: null,
    dsnStatus: null,
    diagnosticType: null,
    lastAttemptDate: null,
    statedReason: null,
  };
}

function factsFromCandidate(text: string, c: Candidate, anchorStart: number, recipient: string | null): FailedRecipient {
  const contextStart = Math.max(anchorStart, c.start - 1500);
  const reply = cleanReply(c.raw);
  const codes = readReplyCodes(reply);
  if (codes.code === null && c.labeledCode) codes.code = c.labeledCode;
  const context = text.slice(contextStart, c.end + 60);
  let remote = findRemoteMta(text.slice(contextStart, c.start));
  // Microsoft's enhanced layout names the remote server after the reply: "DSN generated by: … Remote server: X".
  if (!remote.host && !remote.ip) {
    const after = /^[ \t]*Remote server:[ \t]*([a-z0-9.-]{1,255}?)\.?[ \t]*$/im.exec(text.slice(c.end, c.end + 400));
    if (after?.[1]) remote = { host: after[1].toLowerCase(), ip: null };
  }
  const r = emptyRecipient(recipient);
  r.code = codes.code;
  r.enhanced = codes.enhanced;
  r.codeMismatch = codeMismatch(codes.code, codes.enhanced);
  r.reply = reply || null;
  r.replySpan = { start: c.start, end: c.end };
  r.remoteHost = remote.host;
  r.remoteIp = remote.ip;
  const command = findCommand(context, c.start - contextStart);
  const echo = command === 'DATA' ? transcriptEcho(text, contextStart, c.start, reply) : -1;
  r.command = pipelinedCommand(command, echo >= 0 ? text.slice(echo, echo + 400) : text.slice(c.end, c.end + 400));
  // Sendmail's recap ("554 <x@y>... Service unavailable") right after a local mailer's own line ("mail.local: unknown
  // user: pat"): that line says why, so it is kept as the stated reason.
  if (SENDMAIL_RECAP_STATUS.test(c.raw)) r.statedReason = mailerLineBefore(text, c.start);
  return r;
}

/**
 * The line before `at` when it is a local mailer's own words ("mail.local: unknown user: pat", "pat: Over quota"),
 * which Sendmail's transcript prints right before its recap of the recipient: they say why.
 */
function mailerLineBefore(text: string, at: number): string | null {
  const prevEnd = text.lastIndexOf('\n', at - 1);
  if (prevEnd <= 0) return null;
  const prev = text.slice(Math.max(text.lastIndexOf('\n', prevEnd - 1) + 1, prevEnd - 300), prevEnd).trim();
  return /^[a-z][\w.-]{0,30}: \S/i.test(prev) && !/^(?:>>>|<<<|While talking)/i.test(prev) ? prev : null;
}

/**
 * Reads a report text. `hints.recipients` are addresses known from elsewhere (X-Failed-Recipients, the DSN part) that
 * anchor replies even when the text names them only in passing.
 */
/**
 * What readers of pastes, files and messages add to the text reader, which the webmail content scripts do not carry
 * (legacy.ts): old systems' layouts, and their recipients named by user name alone.
 */
export interface ReaderExtras {
  formats: readonly GuardedFormat[];
  /** An address in an old system's own form, as the address and where it stands ("dda:SMTP=x@y" → "x@y"). */
  ownAddress(found: { text: string; index: number }): { text: string; index: number } | undefined;
  /** Words under or beside a recipient that are not its reason: when it failed, words to the reader. */
  isNotReason(text: string): boolean;
  /** How many characters at the start of the words beside a recipient say when it failed, before its reason. */
  notReasonLead(text: string): number;
  /** Old systems' words right before a failed recipient ("undeliverable to", "User mailbox exceeds allowed size:"). */
  isLead(before: string): boolean;
  /** True when the words before an address (or the line before it) make it one to write to for help, not a recipient. */
  isHelp(before: string): boolean;
  /** Recipients named by user name only, as addresses at `domain`. */
  bareNames(text: string, end: number, bounds: (index: number) => { start: number; end: number }, domain: string): { address: string; index: number; reason: string }[];
}

/**
 * Exchange's summary of a message still queued, or given up on ("400 4.4.7 Message delayed", "550 4.4.7 QUEUE.Expired;
 * message expired", "550 5.4.300 Message expired"): what happened, not why.
 */
const QUEUE_SUMMARY = /^[45]\d\d[ -](?:[45]\.4\.7|5\.4\.300)[ \t]+(?:Message delayed|Message expired|QUEUE\.Expired; message expired)[ \t.]*$/i;
/**
 * A line of the attempt history Exchange lists under it, newest first: "9/29/2020 8:13:49 AM - Remote Server at
 * mail.example.org (192.0.2.7) returned '451 4.4.0 Primary target IP address responded with: …'".
 */
// (At a line's start, or after a space where a paste flattened the history onto one line.)
const ATTEMPT = /(?:^[ \t]{0,8}|(?<=[ \t]))\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[ \t]\d{1,2}:\d\d(?::\d\d)?(?:[ \t][AP]M)? - (?:Remote )?Server at /gm;

/** A recipient whose reply is only Exchange's summary of a delayed or expired message, with no reason stated. */
const isQueueSummary = (r: FailedRecipient) => !r.statedReason && r.reply !== null && QUEUE_SUMMARY.test(r.reply.trim());

/**
 * The newest attempt of the history between `from` and `end` that is not a summary itself: the last error the server met, which is
 * why the message is still queued. A recipient whose reply is only the summary takes it as the reason the bounce
 * states (the scoring reads it when the reply names no cause).
 */
/** Whether the reply at `at` is the one an attempt of Exchange's history quotes ("… - Server at … returned '<here>"). */
function inAttempt(text: string, at: number): boolean {
  if (!text.startsWith(" returned '", at - 11)) return false;
  const before = text.slice(Math.max(0, at - 400), at);
  ATTEMPT.lastIndex = 0;
  let last = -1;
  for (let m = ATTEMPT.exec(before), n = 0; m && n < 20; m = ATTEMPT.exec(before), n++) last = m.index;
  return last >= 0 && !before.slice(last).includes('\n') && before.indexOf(" returned '", last) === before.length - 11;
}

function newestAttempt(text: string, from: number, end: number): string | null {
  ATTEMPT.lastIndex = from;
  let m = ATTEMPT.exec(text);
  for (let n = 0; m && m.index < end && n < 50; n++) {
    const at = m.index + m[0].length;
    const next = ATTEMPT.exec(text);
    // The reply is what the line quotes after "returned": from its opening quote to the line's last one — or to the
    // last one before the next attempt, on a line that holds them all.
    const lineEnd = text.indexOf('\n', at);
    const line = text.slice(at, Math.min(lineEnd < 0 ? text.length : lineEnd, next ? next.index : end, end));
    m = next;
    const open = line.indexOf(" returned '");
    const close = line.lastIndexOf("'");
    if (open < 0 || close <= open + 11) continue;
    const reply = line.slice(open + 11, close).trim();
    if (/^[245]\d\d[ -]/.test(reply) && !QUEUE_SUMMARY.test(reply)) return reply.slice(0, MAX_REPLY);
  }
  return null;
}

export function readReportText(
  text: string,
  hints: { recipients?: string[]; assumeBounce?: boolean; localDomain?: string | null; extras?: ReaderExtras } = {},
): TextReading {
  const lower = text.toLowerCase();
  const originalStart = originalMessageStart(text, lower);
  const end = originalStart >= 0 ? originalStart : text.length;
  const extraFormats = hints.extras?.formats;
  const detected = originalStart >= 0 ? detectFormat(text.slice(0, end), lower.slice(0, end), extraFormats) : detectFormat(text, lower, extraFormats);
  // When the message's headers already say "bounce" (a mailer-daemon sender…), an unnamed layout is read as one.
  const format = detected ?? (hints.assumeBounce ? 'generic' : null);
  const ctx: Ctx = { text, lines: new LineIndex(text), firstContent: text.length - text.trimStart().length, extras: hints.extras };
  const found = findAnchors(ctx, end, format !== null, hints.extras);
  let anchors = found.anchors;
  // Recipients named by user name only, completed with the reporting system's domain: only when no address is named.
  const bare: Anchor[] =
    anchors.length === 0 && hints.localDomain && format !== null && hints.extras
      ? hints.extras.bareNames(text, end, (i) => ctx.lines.bounds(i), hints.localDomain).map((b) => ({ ...b, lineStart: ctx.lines.bounds(b.index).start, kind: 'line' }))
      : [];
  if (bare.length > 0) anchors = bare;
  const hinted = new Set((hints.recipients ?? []).map((a) => normalizeAddress(a).toLowerCase()));
  if (hinted.size > 0) {
    // Known recipients: every mention of them may anchor a block; other addresses may not.
    const known = anchors.filter((a) => hinted.has(a.address.toLowerCase()));
    if (known.length > 0) anchors = known;
  }
  const candidates = findCandidates(ctx, end, format);
  const strongReply = candidates.some((c) => c.hasCode && c.score >= 5);
  const weak = format !== null && WEAK_FORMATS.has(format) && !hints.assumeBounce;
  const looksLikeBounce = (format !== null && (!weak || anchors.some((a) => a.kind === 'line'))) || strongReply;

  // Pair each reply with a recipient: the one it names, the one a nearby "RCPT TO:<x>" names, else the nearest before.
  const byAddress = new Map<string, { anchor: Anchor; best: Candidate | null; contextStart: number }>();
  const order: string[] = [];
  // Per address, where the lines that name it on their own start (in text order), and each anchor's successor with
  // another address: looked up per reply and per recipient, so never by a scan of all anchors (thousands of them).
  const ownLines = new Map<string, Anchor[]>();
  const nextOther = new Map<Anchor, Anchor>();
  for (let i = anchors.length - 2; i >= 0; i--) {
    const a = anchors[i] as Anchor;
    const b = anchors[i + 1] as Anchor;
    const next = a.address.toLowerCase() !== b.address.toLowerCase() ? b : nextOther.get(b);
    if (next) nextOther.set(a, next);
  }
  for (const a of anchors) {
    const key = a.address.toLowerCase();
    if (!byAddress.has(key)) {
      byAddress.set(key, { anchor: a, best: null, contextStart: a.lineStart });
      order.push(key);
    }
    if (a.kind === 'line') {
      const list = ownLines.get(key);
      if (list) list.push(a);
      else ownLines.set(key, [a]);
    }
  }
  /** The last line naming `key` on its own before `index`. */
  const lastOwnLine = (key: string, index: number): Anchor | null => {
    const list = ownLines.get(key);
    if (!list) return null;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((list[mid] as Anchor).index < index) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? (list[lo - 1] as Anchor) : null;
  };
  // A failure's reply is a 4xx/5xx; a 2xx standing nearby (a success line, a size) only wins when nothing else does.
  // A reply tied to its recipient by name (the reply names it, follows its RCPT TO, or is Sendmail's recap for it)
  // outweighs one that is only nearby, or given to the only recipient because nobody else was named.
  const explicit = new Set<Candidate>();
  /** The first lines of replies of several that Sendmail's "(reason: …)" gives, and whose recipient they are. */
  const reasonHeads = new Map<string, string>();
  const weight = (c: Candidate) => c.score + (c.hasCode ? 1 : 0) - (/^[#'"]?2\d\d/.test(c.raw) ? 4 : 0) + (explicit.has(c) ? 3 : 0);
  const better = (a: Candidate, b: Candidate | null) => b === null || weight(a) > weight(b);
  const unassigned: Candidate[] = [];
  let anchorPointer = 0;
  let nearest: Anchor | null = null;
  for (const c of candidates) {
    while (anchorPointer < anchors.length && (anchors[anchorPointer] as Anchor).index < c.start) nearest = anchors[anchorPointer++] as Anchor;
    let key: string | null = null;
    for (const m of findAddresses(c.raw)) {
      const k = normalizeAddress(m.text).toLowerCase();
      if (byAddress.has(k)) {
        key = k;
        break;
      }
    }
    if (!key) {
      const rcpt = /RCPT TO:?\s*<([^>\s]{1,300})>[^\n]{0,20}\n?[^\n]{0,300}$/i.exec(text.slice(Math.max(0, c.start - 400), c.start));
      const addr = rcpt?.[1]?.toLowerCase();
      if (addr && byAddress.has(normalizeAddress(addr).toLowerCase())) key = normalizeAddress(addr).toLowerCase();
    }
    if (!key) {
      // Sendmail's summary "554 <x@y>... Host unknown" names its own recipient, even one no other line lists.
      const recap = SENDMAIL_RECAP.exec(c.raw)?.[1];
      if (recap && !DAEMON.test(recap)) {
        const address = normalizeAddress(recap);
        key = address.toLowerCase();
        const anchor: Anchor = { address, index: c.start, lineStart: c.start, kind: 'line' };
        byAddress.set(key, { anchor, best: null, contextStart: c.start });
        order.push(key);
      }
    }
    if (!key && nearest?.kind === 'line') {
      // Sendmail's own line for the reason, right under the recipient's line (savemail.c errbody: "<x@y>" then
      // "    (reason: 551 not our user)"): the final reply for that recipient, whatever a transcript under it shows of
      // earlier hosts' answers ("<<< 450 busy - please try later" from the first MX). When it is the first line of a
      // reply of several ("550-5.7.1 … Our system has detected that"), the transcript's reply that starts with it is.
      const own = SENDMAIL_REASON.exec(text.slice(Math.max(0, c.start - 300), c.start));
      if (own?.[1] && normalizeAddress(own[1].replace(/^<|>$/g, '')).toLowerCase() === nearest.address.toLowerCase()) {
        const line = (c.raw.split('\n', 1)[0] ?? '').trimEnd();
        const head = line.endsWith(')') ? line.slice(0, -1).trimEnd() : line;
        if (/^[245]\d\d-/.test(head)) {
          if (head.length >= 12 && reasonHeads.size < 100) reasonHeads.set(head, nearest.address.toLowerCase());
        } else key = nearest.address.toLowerCase();
      }
    }
    if (!key && reasonHeads.size > 0) for (const [head, k] of reasonHeads) if (c.raw.length > head.length && c.raw.startsWith(head)) key = k;
    if (!key) {
      // The words that introduce the reply name its recipient: "The response from the remote server for b@x was:".
      const named = REPLY_FOR.exec(text.slice(Math.max(0, c.start - 300), c.start))?.[1];
      if (named && !DAEMON.test(named)) {
        const address = normalizeAddress(named);
        key = address.toLowerCase();
        if (!byAddress.has(key)) {
          const anchor: Anchor = { address, index: c.start, lineStart: c.start, kind: 'line' };
          byAddress.set(key, { anchor, best: null, contextStart: c.start });
          order.push(key);
        }
      }
    }
    if (key) explicit.add(c);
    if (!key) key = nearest ? nearest.address.toLowerCase() : null;
    if (!key && order.length === 1) key = order[0] ?? null;
    const slot = key ? byAddress.get(key) : undefined;
    if (!slot) {
      unassigned.push(c);
      continue;
    }
    if (better(c, slot.best)) {
      slot.best = c;
      // The block starts at the last line that names this recipient on its own (not at a "RCPT TO:<x>" inside it).
      const ctx = (key !== null ? lastOwnLine(key, c.start)?.lineStart : undefined) ?? slot.anchor.lineStart;
      slot.contextStart = Math.min(ctx, c.start);
    }
  }

  // Recipients in the order the bounce first names them.
  order.sort((a, b) => (byAddress.get(a)?.anchor.index ?? 0) - (byAddress.get(b)?.anchor.index ?? 0));
  const recipients: FailedRecipient[] = [];
  for (let i = 0; i < order.length; i++) {
    const key = order[i] as string;
    const slot = byAddress.get(key);
    if (!slot) continue;
    if (slot.best) {
      recipients.push(factsFromCandidate(text, slot.best, slot.contextStart, slot.anchor.address));
      continue;
    }
    // No reply for this address. In a known layout a recipient line still means a failed recipient; its block may
    // carry a plain-words reason without a code. An address found only after a phrase needs a layout to count.
    if (!format && !looksLikeBounce) continue;
    // The next anchor naming someone else: looked up, or (for the few anchors a reply made) searched.
    const nextAnchor = nextOther.get(slot.anchor) ?? (slot.anchor.index === slot.anchor.lineStart ? anchors.find((a) => a.index > slot.anchor.index && a.address.toLowerCase() !== key) : undefined);
    const r = emptyRecipient(slot.anchor.address);
    // A user name's own words, when its line has them; else the notice's prose (read.ts), not the name itself.
    const block =
      slot.anchor.reason !== undefined
        ? slot.anchor.reason
          ? { text: slot.anchor.reason, span: { start: slot.anchor.index, end: ctx.lines.bounds(slot.anchor.index).end } }
          : null
        : blockExplanation(ctx, slot.anchor, nextAnchor ? nextAnchor.lineStart : end);
    if (block) {
      r.reply = block.text.slice(0, MAX_REPLY);
      r.replySpan = block.span;
      r.command = findCommand(block.text);
      // A status in the words ("… (#5.1.1)" from qmail, "[5.1.1]") is the reporting MTA's own code.
      r.enhanced = readReplyCodes(r.reply).enhanced;
      // Sendmail's deferral of a local delivery ("(pat@x)... Deferred: cyrus mailer (…/deliver) exited with EX_TEMPFAIL")
      // under the mailer's own line ("pat: Over quota"), as its recap above: that line says why.
      if (slot.anchor.kind === 'line' && /^Deferred: /.test(block.text)) r.statedReason = mailerLineBefore(text, slot.anchor.lineStart);
    }
    recipients.push(r);
  }
  if (recipients.length === 0) {
    // Replies with nobody named: report each distinct strong reply once, recipient unknown.
    const strongOnes = unassigned.filter((c) => c.hasCode && c.score >= 3);
    const seen = new Set<string>();
    for (const c of strongOnes) {
      // The reply may name the address itself: "554 <x@y>... Host unknown" — unless it names it as the sender's
      // (Postfix's "<x@y>: Sender address rejected: …", smtpd_check.c; Sendmail's "<x@y>... Domain of sender address …").
      const address = /<([^\s<>@]{1,64}@[^\s<>]{1,255})>(:|\.{3})?[ \t]*([^\n]{0,30})/.exec(c.raw);
      const named = address?.[1] && !(address[2] && SENDER_NAMED.test(address[3] ?? '')) ? address[1] : null;
      const f = factsFromCandidate(text, c, Math.max(0, c.start - 400), named && !DAEMON.test(named) ? normalizeAddress(named) : null);
      const k = `${f.code}|${f.enhanced}|${f.reply}`;
      if (seen.has(k)) continue;
      // A reply Exchange's attempt history quotes ("10/21/2020 10:43 AM - Server at … returned '451 …'") is an earlier
      // attempt's, read below as the reason of the summary before it — not a recipient of its own, when a paste
      // flattened the history onto the summary's line.
      if (recipients.length > 0 && inAttempt(text, c.start)) continue;
      seen.add(k);
      recipients.push(f);
    }
  }
  // Each recipient's history lies between its reply and the next recipient's. The summary and the history lines are
  // Exchange's own whatever layout was recognised: a paste of the diagnostic lines alone, or a localized NDR.
  if (recipients.some(isQueueSummary)) {
    const starts = recipients.map((r) => r.replySpan?.start ?? -1).filter((s) => s >= 0).sort((a, b) => a - b);
    for (const r of recipients) {
      if (!isQueueSummary(r) || !r.replySpan) continue;
      const from = r.replySpan.end;
      const next = starts.find((s) => s >= from);
      r.statedReason = newestAttempt(text, from, next === undefined ? end : Math.min(next, end));
    }
  }
  const bounce = looksLikeBounce || recipients.some((r) => r.code !== null);
  return { format: bounce ? format : null, recipients: bounce ? recipients : [], originalStart, looksLikeBounce: bounce, moreRecipients: bounce ? found.more.size : 0, completed: bare.length > 0 };
}

/**
 * Where the transcript line that shows the same reply ("<<< 550 5.1.1 <x>... User unknown") ends, when a reply is
 * repeated after the transcript (Sendmail's recap, a Diagnostic-Code shown as text): what follows that line tells
 * which command it answered (pipelinedCommand). -1 when the transcript does not show it.
 */
function transcriptEcho(text: string, from: number, before: number, reply: string): number {
  const head = reply.slice(0, 40);
  if (head.length < 12) return -1;
  const at = text.lastIndexOf(`<<< ${head}`, before - 1);
  if (at < from) return -1;
  const end = text.indexOf('\n', at);
  return end < 0 ? -1 : end;
}

type ReadHints = NonNullable<Parameters<typeof readReportText>[1]>;

/** The header lines a forward quotes at its head ("From: …", "Date: …", "Subject: …", "To: …"; quoted "> " or not). */
const FORWARD_HEAD = /^(?:[ \t>]{0,8}(?:From|Date|Sent|Subject|To|Cc|Reply-To)[ \t]{0,4}:[^\n]{0,998}\n){2,8}/i;

/**
 * A forwarded bounce ("---------- Forwarded message ---------", "Begin forwarded message:"): when the words before the
 * line that seemed to start the returned original name nobody, that line starts the bounce itself, as a person
 * forwarding it to their IT writes it. Reads what follows the line; `base` is where that is in `text` (0: nothing
 * read there), and the reading's spans and originalStart are given in `text`'s offsets. `assume` says, from the first
 * lines after the marker (a forward's own From: and Subject:), whether they are a bounce's headers.
 */
export function readForwarded(
  text: string,
  reading: TextReading,
  hints: ReadHints = {},
  assume?: (head: string) => boolean,
): { reading: TextReading; base: number; forwarded?: { start: number; end: number; format: BounceFormat | null } } {
  if (reading.recipients.length > 0 || reading.originalStart < 0) return { reading, base: 0 };
  const after = text.indexOf('\n', reading.originalStart);
  if (after < 0) return { reading, base: 0 };
  const rest = text.slice(after + 1);
  const headersSay = assume?.(rest.slice(0, 600)) ?? false;
  const assumeBounce = hints.assumeBounce === true || headersSay;
  const inner = readReportText(rest, { ...hints, assumeBounce });
  if (inner.recipients.length === 0) {
    // Nobody named, but the forward's header lines say a bounce follows (From: the mailer daemon): its text is the
    // bounce's own words, from after those lines up to the original it returns — not the returned original itself.
    if (!headersSay) return { reading, base: 0 };
    const head = FORWARD_HEAD.exec(rest)?.[0].length ?? 0;
    const start = after + 1 + head;
    const end = inner.originalStart > head ? after + 1 + inner.originalStart : text.length;
    return { reading: { ...reading, originalStart: inner.originalStart > head ? end : -1 }, base: 0, forwarded: { start, end, format: inner.format } };
  }
  const base = after + 1;
  for (const r of inner.recipients) if (r.replySpan) r.replySpan = { start: r.replySpan.start + base, end: r.replySpan.end + base };
  return { reading: { ...inner, originalStart: inner.originalStart >= 0 ? inner.originalStart + base : -1 }, base };
}
