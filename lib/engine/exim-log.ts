/**
 * Exim main-log lines, as an admin pastes them from a server (cPanel and many hosts run Exim):
 *   2026-11-30 09:14:02 1tQ3xY-0001Ab-2C ** ann@dest.example R=virtual_user T=virtual_userdelivery: No Such User Here
 *   2026-11-30 09:14:02 1tQ3xY-0001Ab-2C == ann@dest.example R=dnslookup T=remote_smtp defer (110): Connection timed out
 * "**" is a delivery that failed, "==" one that is deferred; after the address come the router, the transport, the
 * host (H=name [ip]) and other fields, then ": " and Exim's words, which hold the remote reply when there was one.
 * "=>" is a delivery that worked and "->" another address of the same delivery, with the remote server's own "250 …"
 * in C="…" when log_selector has +smtp_confirmation: lines pasted with no failure among them are a delivery notice.
 * Per the Exim specification, chapter "Log files" (https://www.exim.org/exim-html-current/doc/html/spec_html/ch-log_files.html).
 */
import { codeMismatch, readReplyCodes } from './codes';
import { normalizeAddress } from './dsn';
import { hardWrapped } from './margin';
import { cleanReply } from './reply';
import { emptyRecipient } from './text-report';
import type { FailedRecipient, SmtpCommand } from './types';

/** The message id (old 6-6-2 and 4.97+ 6-11-4 base-62 forms), the flag and the address. */
const HEAD = /(?:^|\s)[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4} (\*\*|==|=>|->) <?([^\s<>@]{1,64}@[^\s<>:]{1,255}?)>?(?=[\s:]|$)/;
/** The remote host, "H=name [ip]". */
const HOST = / H=([a-z0-9.-]{1,255}) \[([0-9a-f.:]{3,45})\]/i;
/** The host an SMTP error names before the reply it gave ("host mx.example [192.0.2.1]: 550 …"). */
const HOST_SAID = /^host ([a-z0-9.-]{1,255}) \[([0-9a-f.:]{3,45})\]:[ \t]*/i;
/** The remote server's confirmation of a delivery (log_selector +smtp_confirmation). */
const CONFIRMATION = / C="([^"\n]{1,1000})"/;
/** The fields between the address and Exim's words. */
const FIELDS = /^(?: <[^\s<>]{1,320}>| [A-Z]{1,3}=\S{1,300}| \[[0-9A-Fa-f.:]{3,45}\](?::\d{1,5})?| defer \(-?\d{1,5}\))*/;
/**
 * Exim's words before the remote reply, with the command as Exim logged it: its address, and the options it gave MAIL
 * FROM (" SIZE=50408535", " BODY=8BITMIME", " AUTH=<>": src/transports/smtp.c).
 */
const SMTP_ERROR = /SMTP error from remote (?:mail server|mailer) after ((?:RCPT TO|MAIL FROM|end of data|DATA|pipelined [A-Z ]{1,20}|initial connection|EHLO|HELO|STARTTLS)[^:]{0,20})(?::<[^>\s]{0,320}>)?(?: [A-Z]{1,12}=[^\s:]{1,100}){0,6}: ?/i;
const COMMANDS: Record<string, SmtpCommand> = {
  'rcpt to': 'RCPT TO',
  'mail from': 'MAIL FROM',
  'end of data': 'end of data',
  data: 'DATA',
  'initial connection': 'connect',
  ehlo: 'EHLO',
  helo: 'HELO',
  starttls: 'STARTTLS',
};

/** A line that starts a log line of its own: a time stamp, "LOG:", or another delivery's id and flag. */
const NEW_LINE = /^\s*(?:\d{4}-\d\d-\d\d[ T]|LOG:)/;

/**
 * The lines with a delivery's line rejoined where a mail or a page wrapped it at its margin ("… T=smtp defer" then
 * "(-34): some host address lookups failed …"): lines that start no log line of their own and are not blank — three
 * whatever their length (a log line broken by hand where its fields end), and more while the line before ends at the
 * margin (margin.ts hardWrapped), as a log line with its host, its TLS fields and a long reply does in a mail wrapped
 * at 60 or 72 characters. `lines` are the first lines of `text`, which hardWrapped reads across.
 */
function joinWrapped(lines: string[], text: string): string[] {
  const out: string[] = [];
  let joined = 0;
  let afterDelivery = false;
  let offset = 0;
  let wrapped = false;
  for (const line of lines) {
    const head = HEAD.test(line);
    const goesOn: boolean = afterDelivery && !head && line.trim() !== '' && !NEW_LINE.test(line) && (joined < 3 || wrapped);
    const end = offset + line.length;
    wrapped = (head || goesOn) && hardWrapped(text, end);
    offset = end + 1;
    if (goesOn) {
      out[out.length - 1] = `${(out[out.length - 1] as string).trimEnd()} ${line.trim()}`;
      joined++;
      continue;
    }
    out.push(line);
    afterDelivery = head;
    joined = 0;
  }
  return out;
}

/**
 * Every failed or deferred delivery the lines record (the first 200 lines); when none failed or was deferred, the
 * deliveries that worked.
 */
export function eximLogFacts(text: string): FailedRecipient[] {
  const out: FailedRecipient[] = [];
  const delivered: FailedRecipient[] = [];
  for (const line of joinWrapped(text.split('\n', 200), text)) {
    const head = HEAD.exec(line);
    if (!head) continue;
    const rest = line.slice(head.index + head[0].length);
    if (head[1] === '=>' || head[1] === '->') {
      const r = emptyRecipient(normalizeAddress(head[2] as string));
      r.action = 'delivered';
      const host = HOST.exec(rest);
      r.remoteHost = host?.[1]?.toLowerCase() ?? null;
      r.remoteIp = host?.[2] ?? null;
      const confirmed = CONFIRMATION.exec(rest)?.[1];
      if (confirmed) {
        r.reply = cleanReply(confirmed) || null;
        const codes = readReplyCodes(confirmed);
        r.code = codes.code?.startsWith('2') ? codes.code : null;
        r.enhanced = codes.enhanced?.startsWith('2.') ? codes.enhanced : null;
      }
      delivered.push(r);
      continue;
    }
    const fields = FIELDS.exec(rest)?.[0] ?? '';
    const words = rest.slice(fields.length).replace(/^\s*:?\s*/, '').trim();
    const r = emptyRecipient(normalizeAddress(head[2] as string));
    r.action = head[1] === '**' ? 'failed' : 'delayed';
    const host = HOST.exec(fields);
    r.remoteHost = host?.[1]?.toLowerCase() ?? null;
    r.remoteIp = host?.[2] ?? null;
    const smtp = SMTP_ERROR.exec(words);
    // ("pipelined MAIL FROM": the command sent without waiting for the reply before it, as PIPELINING allows.)
    if (smtp) r.command = COMMANDS[(smtp[1] ?? '').trim().toLowerCase().replace(/^pipelined /, '')] ?? null;
    let said = smtp ? words.slice(smtp.index + smtp[0].length) : words;
    // "… after RCPT TO:<x>: host mx.example [192.0.2.1]: 550 …": the host that answered, then its reply.
    const answered = smtp ? HOST_SAID.exec(said) : null;
    if (answered) {
      r.remoteHost ??= answered[1]?.toLowerCase() ?? null;
      r.remoteIp ??= answered[2] ?? null;
      said = said.slice(answered[0].length);
    }
    r.reply = cleanReply(said) || null;
    const codes = r.reply ? readReplyCodes(r.reply) : { code: null, enhanced: null };
    r.code = codes.code;
    r.enhanced = codes.enhanced;
    r.codeMismatch = codeMismatch(r.code, r.enhanced);
    out.push(r);
  }
  return out.length > 0 ? out : delivered;
}
