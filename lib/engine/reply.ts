/**
 * Cleans one SMTP reply as it stands in a bounce into the reply a person would quote, and reads the context around it
 * (the command it answered, the remote host). Pure string work; every pattern is bounded.
 */
import { guard } from './literal';
import type { SmtpCommand } from './types';

const COMMAND_WORDS: [RegExp, SmtpCommand][] = [
  [/^(?:end of data|end of data command|data end|\.)$/i, 'end of data'],
  [/^(?:rcpt(?: to)?|rcpt_to|recipient)$/i, 'RCPT TO'],
  [/^(?:mail(?: from)?|mail_from|sender)$/i, 'MAIL FROM'],
  [/^sent the message$/i, 'end of data'],
  [/^(?:data|body|message)$/i, 'DATA'],
  [/^bdat$/i, 'BDAT'],
  [/^helo$/i, 'HELO'],
  [/^ehlo$/i, 'EHLO'],
  [/^starttls$/i, 'STARTTLS'],
  [/^auth$/i, 'AUTH'],
  [/^(?:connect|conn|initial connection|greeting|banner|talk to me)$/i, 'connect'],
];

export function commandFromWord(word: string): SmtpCommand | null {
  // (The words as a fold or a quoting margin may have broken them: "RCPT" + "> TO".)
  const w = word.replace(/[\s>]+/g, ' ').trim();
  for (const [re, cmd] of COMMAND_WORDS) if (re.test(w)) return cmd;
  return null;
}

/** A command a session transcript shows the client sending (">>> RCPT To:<x>", ">>> DATA"). */
const TRANSCRIPT_COMMAND = />>> ?(rcpt|mail|data|ehlo|helo|starttls|\.)(?=[\s:]|$)/im;
const TRANSCRIPT_COMMANDS = new RegExp(TRANSCRIPT_COMMAND.source, 'gim');

/**
 * A space between the words of an MTA's own phrase, or the line break a fold or a margin put there: Postfix folds its
 * bounce lines at 79 columns, indenting the rest ("(in reply to RCPT TO" + "    command)"), and a quoting mail client
 * wraps at its margin and marks the next line ("refused to talk to" + "> me: 554 …").
 */
const B = String.raw`(?:[ \t]{1,4}|[ \t]{0,4}\r?\n[> \t]{0,12})`;

/** The command a piece of bounce text says a reply answered. Checked in the reply's own context only. */
export const COMMAND_HINTS: RegExp[] = [
  // Postfix: "(in reply to RCPT TO command)", "(in reply to end of DATA command)"
  new RegExp(String.raw`in${B}reply${B}to${B}(end${B}of${B}data|rcpt${B}to|mail${B}from|data|helo|ehlo|starttls|auth|bdat)\b`, 'i'),
  // Exim: "after RCPT TO:<x>", "after end of data", "after initial connection", "after pipelined MAIL FROM:<>"
  new RegExp(String.raw`\bafter${B}(?:pipelined${B})?(end${B}of${B}data|rcpt${B}to|mail${B}from|data|helo|ehlo|starttls|auth|initial${B}connection|bdat)\b`, 'i'),
  // Postfix: "host mx.example[192.0.2.1] refused to talk to me: 554 …" — the server's greeting was a refusal (smtp(8),
  // smtp_proto.c smtp_helo: a greeting that is not 2xx), before any command.
  new RegExp(String.raw`\brefused${B}to${B}(talk${B}to${B}me):`, 'i'),
  // Sendmail / Courier transcripts: ">>> RCPT To:<x>", ">>> DATA"
  TRANSCRIPT_COMMAND,
  // Yahoo: "[RCPT_TO]", "[MAIL_FROM]", "[DATA]", "[BODY]"
  /\[(rcpt_to|mail_from|data|body|conn)\]/i,
  // Fragments and other MTAs: "RCPT TO command", "in response to DATA"
  /\b(rcpt to|mail from|end of data) command\b/i,
  /in response to (?:the )?(rcpt to|mail from|data|end of data|helo|ehlo)\b/i,
  // qmail: "most progress was RCPT TO response"
  /most progress was (rcpt to|mail from|data|helo|ehlo) response/i,
  // qmail-remote: "192.0.2.1 does not like recipient.", "… does not like sender.", "… failed after I sent the message."
  /does not like (recipient|sender)\b/i,
  /failed after I (sent the message)\b/i,
  // Nodemailer (lib/smtp-connection/index.js): "Mail command failed", "Recipient command failed", "Data command failed"
  /\b(mail|recipient|data) command failed\b/i,
  // m-FILTER and similar appliances: a "SMTP command" heading with the command on the next line
  /\bsmtp command:?[ \t]{0,8}\r?\n[ \t]{0,8}(rcpt to|mail from|data|helo|ehlo)\b/i,
];

const COMMAND_GUARDED = COMMAND_HINTS.map(guard);

/**
 * The command a reply answered, by the hints in its context. `replyAt`, where the reply starts in `context`, lets a
 * transcript's commands be read up to the reply only.
 */
export function findCommand(context: string, replyAt?: number): SmtpCommand | null {
  const lower = context.toLowerCase();
  for (const g of COMMAND_GUARDED) {
    if (g.literal !== null && !lower.includes(g.literal)) continue;
    // A verbose transcript shows each command in turn: the reply answers the last one sent before it, not the first.
    const m = g.re === TRANSCRIPT_COMMAND && replyAt !== undefined ? lastSent(context.slice(0, replyAt)) : g.re.exec(context);
    if (m?.[1]) {
      const cmd = commandFromWord(m[1].replace(/_/g, ' '));
      if (cmd) return cmd;
    }
  }
  for (const [literal, re, cmd] of CLIENT_TEMPLATES) if (lower.includes(literal) && re.test(context)) return cmd;
  return null;
}

/**
 * A mail client's template that says which command the server refused by what it asks the user to check: Thunderbird's
 * smtp-error-sending-from-command ("The mail server responded: <reply>. Please verify that your email address is
 * correct in your account settings and try again", "… in your Mail preferences" in older releases) is MAIL FROM's.
 * msmtp names the address the server refused before quoting the reply on the next line (src/msmtp.c: "envelope from
 * address %s not accepted by the server", "recipient address %s not accepted by the server", then "server message:").
 */
const CLIENT_TEMPLATES: readonly (readonly [string, RegExp, SmtpCommand])[] = [
  ['your email address is correct in your', /\bverify that your email address is correct in your (?:account settings|mail preferences)\b/i, 'MAIL FROM'],
  ['not accepted by the server', /\benvelope from address (?:[^\s<>]{1,254}|[^\n<>]{0,100}<[^\s<>]{0,254}>) not accepted by the server\b/i, 'MAIL FROM'],
  ['not accepted by the server', /\brecipient address (?:[^\s<>]{1,254}|[^\n<>]{0,100}<[^\s<>]{0,254}>) not accepted by the server\b/i, 'RCPT TO'],
];

/** A DATA's refusal of a transaction left with no recipient, at the start of the text after a reply. */
const NO_RECIPIENT_LEFT = /^[ \t\n]{0,8}(?:503[ -]|554[ -](?:5\.5\.1 )?(?:Error: )?no valid recipients)/i;

/**
 * A transcript's last ">>> DATA" does not always name the command a reply answered: with PIPELINING the client sends
 * RCPT TO and DATA together, and the server's replies follow in order ("<<< 550 … User unknown" for the RCPT, then
 * "<<< 503 Need RCPT" or "<<< 554 no valid recipients" for the DATA). A further server reply before the next client
 * command means the reply answered an earlier command — the recipient one.
 */
export function pipelinedCommand(command: SmtpCommand | null, after: string): SmtpCommand | null {
  if (command !== 'DATA') return command;
  const window = after.length > 400 ? after.slice(0, 400) : after;
  const next = /^[ \t]*(<<<|>>>)/m.exec(window);
  if (next?.[1] === '<<<') return 'RCPT TO';
  // "sendmail -v" prints the server's replies without "<<<": the DATA's own refusal of a transaction left with no
  // recipient ("503 5.0.0 Need RCPT (recipient)"; Postfix's "554 5.5.1 Error: no valid recipients") on the next line.
  return NO_RECIPIENT_LEFT.test(window) ? 'RCPT TO' : command;
}

/** The last command a transcript shows sent in a text (looked for in its last 1500 characters). */
function lastSent(text: string): RegExpExecArray | null {
  const window = text.length > 1500 ? text.slice(-1500) : text;
  let last: RegExpExecArray | null = null;
  TRANSCRIPT_COMMANDS.lastIndex = 0;
  for (let m = TRANSCRIPT_COMMANDS.exec(window); m; m = TRANSCRIPT_COMMANDS.exec(window)) last = m;
  return last;
}

const IPV4 = /(?<![\d.])((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})(?![\d.])/;
const IPV6 = /\b(?:IPv6:)?((?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{0,4}|(?:[0-9a-f]{1,4}:){1,6}:[0-9a-f]{1,4})\b/i;
const HOST = String.raw`((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,10}[a-z]{2,24})\.?`;

export interface RemoteMta {
  host: string | null;
  ip: string | null;
}

/** Remote MTA hints in the text before a reply, most specific first. */
export const REMOTE_PATTERNS: RegExp[] = [
  // Postfix: "host mx.example.jp[192.0.2.153] said:"
  // (Its name may stand on the next line, where Postfix's fold or a quoting margin broke after "host": B below.)
  new RegExp(String.raw`\bhost${B}${HOST}\s?\[([0-9a-f.:]{3,45})\]`, 'i'),
  // Exim: "host mx.example.org [192.0.2.20]:"
  new RegExp(String.raw`\bhost${B}${HOST}\s+\[([0-9a-f.:]{3,45})\]`, 'i'),
  // Courier: "mfsmax.example.jp [192.0.2.45]:"
  new RegExp(String.raw`^[ \t]*${HOST}\s+\[([0-9a-f.:]{3,45})\]:`, 'im'),
  // Exchange classic: "Server at libsisimai.org (192.0.2.1) returned"
  new RegExp(String.raw`\bServer at ${HOST}\s*\(([0-9a-f.:]{3,45})\)`, 'i'),
  // Sendmail: "... while talking to mx.example.com.:"
  new RegExp(String.raw`while talking to ${HOST}:`, 'i'),
  // Exchange enhanced: "Remote server: X", DSN text "Remote-MTA: dns; X"
  new RegExp(String.raw`Remote[- ](?:server|MTA):\s*(?:dns;\s*)?${HOST}`, 'i'),
  // qmail: "remote host 192.0.2.32 said:", "Connected to 192.0.2.1 but"
  /\bremote host \[?((?:\d{1,3}\.){3}\d{1,3})\]? said/i,
  /\bConnected to \[?((?:\d{1,3}\.){3}\d{1,3})\]? but/i,
  // Gmail: "[mx.example.com 192.0.2.1]" is rare; generic "host X said"
  new RegExp(String.raw`\bhost ${HOST} said`, 'i'),
];

const REMOTE_GUARDED = REMOTE_PATTERNS.map(guard);

export function findRemoteMta(context: string): RemoteMta {
  const lower = context.toLowerCase();
  for (const g of REMOTE_GUARDED) {
    if (g.literal !== null && !lower.includes(g.literal)) continue;
    const m = g.re.exec(context);
    if (!m) continue;
    const a = m[1] ?? null;
    const b = m[2] ?? null;
    if (a && IPV4.test(a) && !/[a-z]/i.test(a)) return { host: null, ip: a };
    return { host: a ? a.toLowerCase().replace(/\.$/, '') : null, ip: b && (IPV4.test(b) || IPV6.test(b)) ? b : null };
  }
  return { host: null, ip: null };
}

/** Reads a DSN Remote-MTA value: "dns; mx.example.com", "dns; [192.0.2.1]", "dns; host (192.0.2.1, …)". */
export function parseRemoteMtaField(value: string): RemoteMta {
  const v = value.replace(/^\s*dns\s*;\s*/i, '').trim();
  const ip = IPV4.exec(v)?.[1] ?? (v.includes(':') ? (IPV6.exec(v)?.[1] ?? null) : null);
  const host = new RegExp(`^${HOST}`, 'i').exec(v)?.[1] ?? null;
  return { host: host ? host.toLowerCase() : null, ip };
}

/** A line break written as an escape (the characters "\n" or "\r\n") before the code that starts a reply's next line. */
const ESCAPED_BREAK = /(?:\\r)?\\n(?=[245]\d\d[- ])/g;

/**
 * Joins a reply that stands over several lines into one: multi-line replies ("550-5.7.26 a" / "550 5.7.26 b"),
 * folded lines, and continuation lines. Wrapping quotes, a trailing "(in reply to … command)" and Exchange's
 * "##" markers go.
 */
export function cleanReply(input: string): string {
  // A reply is never longer than this; the cap also keeps the patterns below linear on hostile input.
  const capped = input.length > 8000 ? input.slice(0, 8000) : input;
  // A log that writes a line break as the two characters "\n" (Exim's mainlog: string_printing()) keeps a multi-line
  // reply on one line ("… not authorized\n550-5.7.1 to send email …"): before a line's code, that is the line break.
  const raw = capped.includes('\\n') ? capped.replace(ESCAPED_BREAK, '\n') : capped;
  const lines = raw.split('\n');
  const first = lines[0] ?? '';
  const multi = /^\s*[#'"]?([245]\d\d)[- ]((?:[245]\.\d{1,3}\.\d{1,3})\s)?/.exec(first);
  const parts: string[] = [];
  if (multi) {
    // (A Sendmail transcript marks each line of the reply it quotes: "<<< 550-5.7.1 …".)
    const prefix = new RegExp(`^\\s*(?:<<<\\s?)?${multi[1]}[- ](?:${(multi[2] ?? '').trim().replace(/\./g, '\\.')}\\s)?`);
    parts.push(first.trim().replace(new RegExp(`^${multi[1]}-`), `${multi[1]} `));
    for (const line of lines.slice(1)) parts.push(line.replace(prefix, '').trim());
  } else {
    for (const line of lines) parts.push(line.trim());
  }
  let text = parts.filter((p) => p !== '').join(' ');
  // A multi-line reply folded or flattened in mid-line ("… that this message is 550-5.7.1 likely unsolicited mail …"
  // in a Postfix bounce or log line): its continuation markers stand inside the text. The code with a hyphen is one
  // (RFC 5321 §4.2.1); once one is found, the last line's marker (the code and status with a space) is one too.
  if (multi && text.includes(`${multi[1]}-`, 4)) {
    const status = (multi[2] ?? '').trim().replace(/\./g, '\\.');
    // The markers carry the status the first line has, or any status when the first line shows none.
    const inline = new RegExp(`\\s${multi[1]}-(?:${status || '[245]\\.\\d{1,3}\\.\\d{1,3}'}\\s)?`, 'g');
    const flattened = text.replace(inline, ' ');
    if (flattened !== text) text = status ? flattened.replace(new RegExp(`\\s${multi[1]} ${status}\\s+(?=\\S)`), ' ') : flattened;
  } else if (multi && /^\s*[#'"]?[245]\d\d-/.test(first) && text.includes(` ${multi[1]} `, 4)) {
    // A two-line reply flattened: the first line's "550-" says more follows, and the last line's marker ("550 ") stands
    // inside the text ("550-The domain in the email address … does not 550 exist.").
    const code = multi[1] as string;
    const at = text.lastIndexOf(` ${code} `);
    text = `${text.slice(0, at)} ${text.slice(at + code.length + 2)}`;
  }
  text = text
    .replace(/\s*\(in reply to [^)]{1,40}\)\)?\s*$/i, '')
    .replace(/\s*\[(?:rcpt_to|mail_from|data|body|conn)\]\s*$/i, '')
    .replace(/\s*##\s*$/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  // Wrapping quotes: Exchange writes Remote Server returned '550 …'; libraries write with message "550 …".
  const q = /^(['"])([\s\S]*)\1[.;,]?$/.exec(text);
  if (q?.[2] !== undefined) text = q[2].trim();
  else if (/^['"]/.test(text) && !/['"]/.test(text.slice(1))) text = text.slice(1).trim();
  if (text.startsWith('#')) text = text.slice(1).trim();
  if (text.startsWith('<<<')) text = text.slice(3).trim();
  // The closing bracket of what the reply was quoted in (a Postfix log's "status=sent (250 2.0.0 Ok: queued as …)"),
  // with no opening one in the reply itself.
  if (text.endsWith(')') && countOf(text, ')') > countOf(text, '(')) text = text.slice(0, -1).trimEnd();
  return text;
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Whether a reply has words of its own: not only codes, nor only Postfix's note of the command it answered. */
export function hasOwnWords(reply: string | null): boolean {
  return /\p{L}{2}/u.test((reply ?? '').replace(/\b[245]\d\d\b|\b[245]\.\d{1,3}\.\d{1,3}\b|\(in reply to [^()\n]{1,40}\)/gi, ''));
}

/**
 * A failure for nobody in particular whose reply is a code alone ("Status code: 550") beside replies with the same code
 * and words of their own (the next line's "550 5.7.68 …"): that reply's code said once more, no failure of its own.
 * The replies are looked at for words once each (a hostile text's thousands of replies would make every pair a scan).
 */
export function withoutRepeatedCodes<R extends { recipient: string | null; code: string | null; enhanced: string | null; reply: string | null }>(replies: R[]): R[] {
  const worded = replies.filter((o) => hasOwnWords(o.reply));
  if (worded.length === 0) return replies;
  const hasWords = new Set(worded);
  const repeats = (bare: R) =>
    bare.recipient === null && bare.code !== null && !hasWords.has(bare) && worded.some((o) => o.code === bare.code && (bare.enhanced === null || o.enhanced === bare.enhanced));
  return replies.filter((r) => !repeats(r));
}
