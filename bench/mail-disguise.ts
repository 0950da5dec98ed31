/**
 * The shared corpus's bounce mails as they reach the product second-hand (printed by `npm run bench:disguise`): a
 * bounce forwarded as an attachment to the IT desk, forwarded inline ("---------- Forwarded message ---------" and the
 * bounce's own headers above its text), the text a webmail shows pasted into the popup (the text part, with or
 * without the delivery-status part it shows as text), and a Windows file's CR LF. The reading should give the category
 * it gives the mail as it came. Printed: categories agreeing with Sisimai's expected reason (taxonomy.md's mapping),
 * and the answers right as it came that each re-handling loses.
 *
 * The webmail's rendering is approximated with postal-mime (the text part, else the HTML part stripped of tags); a
 * forward carries only that text, as Gmail's and Outlook's inline forwards do.
 */
import PostalMime from 'postal-mime';
import { diagnoseReport } from '../lib/diagnosis/diagnose';
import { readBounceBytes } from '../lib/engine/input';
import { readPastedText } from '../lib/engine/read';
import type { BounceReport } from '../lib/engine/types';
import { loadCorpus, taxonomyReasons, type ExpectedRow } from './corpus-data';
import { PASTE_OPTIONS } from './generalization';

interface Rendered {
  subject: string;
  from: string;
  date: string;
  to: string;
  /** The text part, as a webmail shows it. */
  text: string;
  /** The delivery-status part (and any further text part), as text. */
  status: string;
}

const ENCODER = new TextEncoder();
const LATIN1 = new TextDecoder('latin1');

async function render(bytes: Uint8Array): Promise<Rendered> {
  const p = await PostalMime.parse(bytes, { attachmentEncoding: 'utf8' });
  const html = (p.html ?? '').replace(/<br\s*\/?>|<\/(?:p|div|tr)>/gi, '\n').replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const status = p.attachments
    .filter((a) => /delivery-status|^text\/plain$/i.test(a.mimeType))
    .map((a) => (typeof a.content === 'string' ? a.content : new TextDecoder().decode(a.content)))
    .join('\n');
  return { subject: p.subject ?? '', from: p.from?.address ?? '', date: p.date ?? '', to: (p.to ?? []).map((t) => t.address).join(', '), text: p.text ?? html, status };
}

const userMail = (subject: string, type: string, body: string) =>
  `From: Alex Chen <alex@shop.example>\nTo: it-help@shop.example\nSubject: Fwd: ${subject}\nMIME-Version: 1.0\nContent-Type: ${type}\n\n${body}`;

const HANDLINGS: readonly { name: string; read: (bytes: Uint8Array, r: Rendered) => Promise<BounceReport> | BounceReport }[] = [
  { name: 'CR LF', read: (b) => readBounceBytes(ENCODER.encode(LATIN1.decode(b).replace(/\r?\n/g, '\r\n'))) },
  {
    name: 'forwarded as an attachment',
    read: (b) => readBounceBytes(ENCODER.encode(userMail('bounce', 'multipart/mixed; boundary="fw"', `--fw\nContent-Type: text/plain\n\nWhy did this come back?\n\n--fw\nContent-Type: message/rfc822\n\n${LATIN1.decode(b)}\n--fw--\n`))),
  },
  {
    name: 'forwarded inline',
    read: (_b, r) =>
      readBounceBytes(
        ENCODER.encode(
          userMail(r.subject, 'text/plain; charset=utf-8', `Why did this come back?\n\n---------- Forwarded message ---------\nFrom: ${r.from}\nDate: ${r.date}\nSubject: ${r.subject}\nTo: ${r.to}\n\n${r.text}\n`),
        ),
      ),
  },
  { name: 'webmail text pasted', read: (_b, r) => readPastedText(r.text, PASTE_OPTIONS) },
  { name: 'webmail text and status pasted', read: (_b, r) => readPastedText(`${r.text}\n${r.status}`, PASTE_OPTIONS) },
];

/** Prints the table; returns false when the corpus or taxonomy.md is not there. */
export async function mailDisguise(): Promise<boolean> {
  const corpus = loadCorpus();
  const reasons = corpus ? taxonomyReasons(corpus.dir) : null;
  if (!corpus || !reasons) return false;
  const rightOf = (report: BounceReport, rows: ExpectedRow[]) => {
    const d = diagnoseReport(report);
    return rows.map((row, i) => reasons.get(d[i]?.category ?? (report.kind === 'failure' || report.kind === 'delay' ? 'unknown' : report.kind))?.has(row.reason) ?? false);
  };
  let total = 0;
  let asCame = 0;
  const tally = HANDLINGS.map(() => ({ right: 0, lost: 0 }));
  for (const mail of corpus.mails) {
    const rows = mail.expected;
    if (!rows || ['vacation', 'feedback', 'delivered'].includes(rows[0]?.reason ?? '')) continue;
    const base = rightOf(await readBounceBytes(mail.bytes), rows);
    total += rows.length;
    asCame += base.filter(Boolean).length;
    const rendered = await render(mail.bytes);
    for (const [k, h] of HANDLINGS.entries()) {
      const got = rightOf(await h.read(mail.bytes, rendered), rows);
      got.forEach((ok, i) => {
        if (ok) tally[k]!.right++;
        else if (base[i]) tally[k]!.lost++;
      });
    }
  }
  console.log(`\nShared corpus bounce mails (${total} failed recipients) as they reach the product second-hand:`);
  console.table([
    { handling: 'as it came', right: `${asCame}/${total}`, 'lost vs as it came': 0 },
    ...HANDLINGS.map((h, k) => ({ handling: h.name, right: `${tally[k]!.right}/${total}`, 'lost vs as it came': tally[k]!.lost })),
  ]);
  return true;
}
