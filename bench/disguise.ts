/**
 * `npm run bench:disguise`: the development set (test/diagnosis/dev) as people actually hand it over. A reply reaches
 * the popup quoted in an email reply, hard-wrapped by a mail client, copied from a Q&A page with an empty line after
 * every line, from HTML source, from a log that leads every line with its timestamp… Each disguise below is one such
 * transformation, applied to every development text; the reading should not care. Printed: the answers right as
 * collected, right once disguised, and the wrong answers said with high confidence in both.
 *
 * The frozen test is not used here: its texts are read only through bench/frozen.ts's aggregates.
 * Options: --every N (take every Nth text, default 1), --only NAME (one disguise).
 */
import { DEV_REPLIES } from '../test/diagnosis/dev/replies';
import { PASTE_OPTIONS, judge } from './generalization';
import { readBounce } from '../lib/engine/read';
import { mailDisguise } from './mail-disguise';

/** Lines no longer than `width`, broken at spaces, as a mail client's margin breaks them. */
function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((whole) => {
      // (A line's own indentation stays, as a mail client keeps it: a folded reply's continuation lines are indented.)
      const indent = /^[ \t]*/.exec(whole)?.[0] ?? '';
      const line = whole.slice(indent.length);
      const out: string[] = [];
      let cur = indent;
      for (const word of line.split(' ')) {
        if (cur.trim() && `${cur} ${word}`.length > width) {
          out.push(cur);
          cur = word;
        } else cur = cur.trim() ? `${cur} ${word}` : `${cur}${word}`;
      }
      out.push(cur);
      return out.join('\n');
    })
    .join('\n');
}
const everyLine = (text: string, lead: string) => text.split('\n').map((l) => lead + l).join('\n');

/** Each disguise: what it does, and where a reply gets it. */
const DISGUISES: readonly { name: string; where: string; apply: (text: string) => string; popup?: true }[] = [
  { name: 'quoted "> "', where: 'an email reply, a Markdown blockquote, a mailing-list archive', apply: (t) => everyLine(t, '> ') },
  { name: 'wrapped at 72', where: "a mail client's margin (RFC 3676's 78, Thunderbird's 72)", apply: (t) => wrap(t, 72) },
  { name: 'wrapped at 60 and quoted', where: 'a quoted reply in a narrow mail client', apply: (t) => everyLine(wrap(t, 60), '> ') },
  { name: 'indented 4', where: 'a Markdown code block, a quote in a mail body', apply: (t) => everyLine(t, '    ') },
  { name: 'list item "- "', where: 'a Markdown or forum list', apply: (t) => `- ${t}` },
  { name: 'code fence', where: 'a GitHub issue, a chat', apply: (t) => `\`\`\`\n${t}\n\`\`\`` },
  {
    // (Used to shape undisguise.ts's block markers: 6,150 before them. A forum's [quote="admin"] … [/quote], written
    // after them and measured once: 6,151 before, 6,185 with them.)
    name: "in a ticket's {noformat} block",
    where: "a Jira or Confluence ticket's source: the bounce between {noformat} lines",
    apply: (t) => `{noformat}\n${t}\n{noformat}`,
  },
  { name: 'HTML escapes', where: "a page's source, an escaping log viewer", apply: (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') },
  { name: '<br> line ends', where: "HTML source of a notice or a web form's output", apply: (t) => t.replace(/\n/g, '<br>\n') },
  { name: 'curly quotes', where: 'a forum or word processor that "prettifies" text', apply: (t) => t.replace(/"([^"\n]*)"/g, '\u201c$1\u201d') },
  { name: 'double-spaced', where: 'a Q&A page or a PDF: an empty line after every line', apply: (t) => t.replace(/\n/g, '\n\n') },
  { name: 'CR LF', where: 'a Windows file given to the CLI', apply: (t) => t.replace(/\n/g, '\r\n') },
  { name: 'two trailing spaces', where: "Markdown's line break", apply: (t) => t.replace(/\n/g, '  \n') },
  { name: 'log lead', where: "an application's log: timestamp and level on every line", apply: (t) => everyLine(t, '2024-03-05 10:22:31 [error] ') },
  {
    // (Used to shape paste.ts's reading without syslog's leads: 5,933 before it. rsyslog's RFC 3339 time and another
    // program, written after it and measured once: 5,908 before, 6,174 with it.)
    name: 'syslog lead',
    where: "a program's lines in /var/log/syslog: time, host and tag[pid] on every line",
    apply: (t) => everyLine(t, 'Jun  3 10:02:11 mail app[1234]: '),
  },
  {
    // (Used to shape undisguise.ts's CRI_LEAD: 5,913 before it.)
    name: "a pod's log lead",
    where: "a Kubernetes pod's log file: time, stream and F on every line (the CRI logging format)",
    apply: (t) => everyLine(t, '2024-06-03T10:02:11.123456789Z stderr F '),
  },
  { name: 'Compose lead', where: "docker compose logs: the service's name on every line", apply: (t) => everyLine(t, 'mailserver_1  | ') },
  { name: 'one line', where: 'a form or chat that dropped the line breaks', apply: (t) => t.replace(/\s*\n\s*/g, ' ') },
  { name: 'upper case', where: "a mainframe's or an appliance's notice, a log that upper-cases", apply: (t) => t.toUpperCase() },
  { name: 'text around', where: 'a question with the error in it', apply: (t) => `I got this error when sending:\n\n${t}\n\nAny idea what is wrong? Thanks` },
  // What people write around a bounce names causes of its own ("SPF", "DKIM", "blacklist"): none of it is the bounce's.
  {
    name: 'their words around',
    where: 'a forum post: a greeting, the bounce, what they checked, a question',
    apply: (t) => `Hi all,\n\nSince yesterday our newsletter bounces for some recipients. This is what comes back:\n\n${t}\n\nWe checked SPF and DKIM and both pass, and our IP is not on any blacklist. What else could it be?`,
  },
  {
    name: 'their question above it',
    where: 'a chat or a forum post that opens with a greeting and a question, then the bounce',
    apply: (t) => `Good morning,\n\nCan someone tell me what this means?\n\n${t}`,
  },
  {
    name: 'their statement under it',
    where: 'a ticket: the bounce, then what their setup is',
    // (Not a sentence any rule of the reader was written from: THEIR_SETUP in margin.ts knows "Our SPF record is …".)
    apply: (t) => `${t}\n\nThe domain is hosted at GoDaddy and we send through Office 365 with an SPF include for spf.protection.outlook.com, DKIM signing on.`,
  },
  {
    // (The reader's rule for a last paragraph of theirs, paste.ts lastParagraph, was built on the row above; this
    // sentence was written after it and measured once, as it stands.)
    name: 'their own setup under it',
    where: 'a ticket: the bounce, then a word on who they are and where their mail runs',
    apply: (t) => `${t}\n\nWe're a two-person shop; I set up the mail on our own VPS last month and the DNS is at Cloudflare.`,
  },
  {
    // (Written after the reader's rule for a line of theirs under a bounce, persons.ts setupLine, and measured once.)
    name: 'their setup on the next line',
    where: 'a chat or a ticket: the bounce, then on the very next line what they send with',
    apply: (t) => `${t}\nWe host the site on Netlify and send the contact form mails through Mailgun.`,
  },
  {
    // (Written after the reader's rule for a first paragraph of theirs, paste.ts ownParagraphAt, and measured once.)
    name: 'their own setup above it',
    where: 'a ticket or a forum post that opens with who they are and what they send with, then the bounce',
    apply: (t) => `I look after the mail for a small law firm; we use Microsoft 365 and our DNS is with Namecheap. Today this came back:\n\n${t}`,
  },
  {
    // (Written after the reader's rule for plain prose of theirs in no one's person, persons.ts plainProse, and
    // measured once.)
    name: 'their remark on the next line',
    where: 'a chat: the bounce, then on the very next line a sentence of theirs with no "I" or "we" in it',
    apply: (t) => `${t}\nThe MX records for the domain were moved to Google Workspace last week.`,
  },
  {
    // (Likewise.)
    name: 'their remark above it',
    where: 'a chat: a sentence of theirs with no "I" or "we" in it, then on the very next line the bounce',
    apply: (t) => `Since the weekend every message to this one customer comes back.\n${t}`,
  },
  {
    // (Used to shape undisguise.ts's quotedBlock and persons.ts's attribution line.)
    name: 'quoted in their mail reply',
    where: 'a mail thread pasted whole: their question, the attribution line, the bounce quoted at 72',
    apply: (t) => `Any idea? This keeps coming back.\n\nOn Mon, 3 Jun 2024 at 10:02, Mail Delivery System <mailer-daemon@example.net> wrote:\n${everyLine(wrap(t, 72), '> ')}`,
  },
  {
    // (Written after those rules and measured once: a German thread, quoted at 76, their closing under it.)
    name: 'quoted in a German reply',
    where: "a German mail thread pasted whole: greeting, question, Thunderbird's attribution, the quote, a closing",
    apply: (t) => `Hallo,\n\ndas kam gerade zurück, was bedeutet das?\n\nAm 03.06.24 um 10:02 schrieb Mail Delivery Subsystem:\n${everyLine(wrap(t, 76), '> ')}\n\nDanke und Gruß\nAnna`,
  },
  {
    // (Used to shape persons.ts's forwarded header block.)
    name: 'forwarded by Gmail',
    where: "a bounce forwarded to the IT desk, pasted whole: their note, Gmail's forward separator and header block",
    apply: (t) => `Can you look at this?\n\n---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nDate: Mon, Jun 3, 2024 at 10:02 AM\nSubject: Delivery Status Notification (Failure)\nTo: <ann@example.com>\n\n\n${t}`,
  },
  {
    // (Written after that rule and measured once, as the next two.)
    name: 'forwarded by Outlook in French',
    where: "the same from a French Outlook: « -----Message d'origine----- », De / Envoyé / À / Objet",
    apply: (t) => `Bonjour,\n\npouvez-vous regarder ?\n\n-----Message d'origine-----\nDe : Mail Delivery System <MAILER-DAEMON@mx.example.fr>\nEnvoyé : lundi 3 juin 2024 10:02\nÀ : Anne Martin <anne@example.fr>\nObjet : Undelivered Mail Returned to Sender\n\n${t}`,
  },
  {
    name: 'forwarded by Apple Mail',
    where: "the same from an iPhone: a signature line, \"Begin forwarded message:\", an empty line, the header block",
    apply: (t) => `Sent from my iPhone\n\nBegin forwarded message:\n\nFrom: Mail Delivery System <MAILER-DAEMON@example.com>\nDate: June 3, 2024 at 10:02:11 AM GMT+2\nTo: ann@example.com\nSubject: Undelivered Mail Returned to Sender\n\n${t}`,
  },
  {
    // (Used to shape persons.ts's heading: 6,156 before it. A title of theirs, "What the CRM logged this morning",
    // written before the rule: 6,153 before, 6,176 after.)
    name: 'a chat header above it',
    where: 'a chat copied whole: the sender\'s name and the time on a line, then the bounce',
    apply: (t) => `Ann Smith  10:02 AM\n${t}`,
  },
  {
    // (Written after that rule and measured once: 6,153 without it, 6,176 with it.)
    name: 'their title above it',
    where: 'a ticket or a note: a short title of theirs with no colon, then the bounce',
    apply: (t) => `Customer reply via web form\n${t}`,
  },
  {
    // (Used to shape persons.ts's BANNER: 6,159 before it; Outlook's "[EXTERNAL]" tag 6,157 and Zendesk's reply delimiter
    // 6,161, also before it, 6,186 each with it. "ATTENTION: This email was sent from an external source…", written after
    // it and measured once: 6,054 before, 6,186 with it.)
    name: "an external sender's banner above it",
    where: "a notice copied in a company's Outlook: the mail system's warning that the mail came from outside, then the notice",
    apply: (t) => `CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.\n\n${t}`,
  },
  {
    // (Used to shape persons.ts's disclaimerStart: 6,169 before it; the same under a signature, 6,178. A "CONFIDENTIALITY
    // NOTICE: …" wrapped over three lines, written after it and measured once: 6,173 before, 6,186 with it.)
    name: "a company's confidentiality notice under it",
    where: "a notice copied from a company's mail: the bounce, then the legal footer its mail system adds",
    apply: (t) => `${t}\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received this email in error, please notify the sender immediately and delete it.`,
  },
  {
    // (Used to shape persons.ts's senderHead: 6,153 before it; an Outlook on the web header, also before it, 6,150.)
    name: "Gmail's header above it",
    where: "the notice selected in Gmail with its header: the sender's name and address, the time, 'to me'",
    apply: (t) => `Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n10:02 AM (5 minutes ago)\nto me\n\n${t}`,
  },
  {
    // (Written after that rule and measured once: 6,151 without it, 6,177 with it.)
    name: 'a webmail header in German',
    where: "the notice selected in a German webmail with its header: Postmaster's address, 'an …', the date",
    apply: (t) => `Postmaster <postmaster@mail.example.de>\nan Anna Schmidt\n03.06.2024, 10:02\n\n${t}`,
  },
  {
    // (Read as the popup reads a paste, readBounce: a text that opens with header fields goes to the message reader
    // first. Used to shape read.ts's bodyAsPasted: 3,807 before it.)
    name: 'under its header fields',
    where: 'a mail client\'s copy of the whole notice: From / Subject / Date / To, an empty line, the text',
    apply: (t) => `From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\nSubject: Undelivered Mail Returned to Sender\nDate: 03.06.24, 10:02\nTo: ann@example.com\n\n${t}`,
    popup: true,
  },
  {
    // (Written after that and measured once: 3,807 before it, 6,165 with it.)
    name: "under Outlook's header block",
    where: "Outlook's copy of a message: From / Sent / To / Subject, an empty line, the text",
    apply: (t) => `From: Postmaster\nSent: Monday, June 3, 2024 10:02 AM\nTo: Ann Smith\nSubject: Undeliverable: Invoice 4711\n\n${t}`,
    popup: true,
  },
  {
    // (Used to shape paste.ts's reading of a serialized string, innerText, as the next row: 6,137 and 6,025 before it.)
    name: 'a JSON log\'s error field',
    where: "a structured log (pino, zap, slog): the bounce as one JSON string, its line breaks and quotes escaped",
    apply: (t) => `{"level":"error","time":"2024-06-03T10:02:11Z","msg":"mail delivery failed","error":${JSON.stringify(t)}}`,
  },
  {
    name: "Python's repr in a log",
    where: "a Python program logging the bounce with %r: one quoted string, \\n for line breaks, \\' for quotes",
    apply: (t) => `ERROR:mailer:bounce received: '${t.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\t/g, '\\t')}'`,
  },
  {
    // (Written after that reading and measured once: 6,144 before it, 6,210 with it.)
    name: 'logfmt err="…"',
    where: "a Go service's logfmt line: msg, then the bounce as a quoted err value, escaped",
    apply: (t) => `time=2024-06-03T10:02:11Z level=error msg="sending the weekly report failed" component=mailer err="${t.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r')}"`,
  },
  {
    // (Used to shape paste.ts's reading of a table, readTable, as the next row: 5,869 and 6,145 before it.)
    name: "a report's row copied from a page",
    where: "an email service's activity table copied from the page: the address, the event, the reply on one line, the time, a tab apart",
    apply: (t) => `ann@example.com\tbounce\t${t.replace(/\s*\n\s*/g, ' ')}\t2024-06-03 10:02`,
    popup: true,
  },
  {
    name: "a CSV export's line",
    where: 'an export of bounces opened as text: a header line, then the address, the event, the bounce quoted (RFC 4180), the time',
    apply: (t) => `email,event,reason,timestamp\nann@example.com,bounce,"${t.replace(/"/g, '""')}",2024-06-03T10:02:11Z`,
    popup: true,
  },
  {
    // (Written after the first form of that reading and measured once: 5,638 before it, 6,167 with it; 6,204 with its
    // final form, which reads every row of a table and was shaped on a three-row report. Semicolons were added after
    // an export with them, also written before, read 6,130 without them; 6,192 with.)
    name: "a spreadsheet's rows copied",
    where: 'a header row and a row copied from a spreadsheet: the bounce in a cell of its own, quoted with its line breaks',
    apply: (t) => `Recipient\tStatus\tReason\nann@example.com\tBounced\t"${t.replace(/"/g, '""')}"`,
    popup: true,
  },
  {
    // (Used to shape undisguise.ts's withoutLogRecords: 5,963 before it; the same records without Go's escapes 5,998.
    // journalctl's JSON entries, written after it and measured once: 5,599 before, 6,186 with it.)
    name: "Docker's JSON log",
    where: "a container's json-file log: each line of the bounce a record of its own, escaped as Go escapes it",
    apply: (t) =>
      t
        .split('\n')
        .map((l) => JSON.stringify({ log: `${l}\n`, stream: 'stderr', time: '2024-06-03T10:02:11.123456789Z' }).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026'))
        .join('\n'),
  },
  {
    // (Written after paste.ts's codeSpan and measured once: 6,127 before it, 6,157 with it. The sentence it was shaped
    // on, "Sending to them fails with `…` since Monday", 6,131 -> 6,161.)
    name: 'as inline code in their sentence',
    where: 'a chat or an issue: the bounce on one line between backticks, inside a sentence of theirs',
    apply: (t) => 'hey all, mails from the CRM to this customer bounce with `' + t.replace(/\s*\n\s*/g, ' ') + '`, any idea?',
  },
  {
    // (Before undisguise.ts tableFromHtml: 5,921.)
    name: "an HTML table's source",
    where: "a report page's or an export's markup: the reply in a row's third cell, its lines a <br> apart",
    apply: (t) => `<table><tr><th>Email</th><th>Event</th><th>Reason</th></tr><tr><td>ann@example.com</td><td>bounce</td><td>${htmlEscaped(t).replace(/\n/g, '<br>')}</td></tr></table>`,
  },
  {
    // (Before: 5,086.)
    name: "an HTML table's source, indented",
    where: 'the same as an editor or a template lays it out, a line and an indent for every tag',
    apply: (t) =>
      `<p>Bounces for June</p>\n<table class="report">\n  <thead>\n    <tr>\n      <th>Email</th>\n      <th>Event</th>\n      <th>Reason</th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <td style="padding:4px">ann@example.com</td>\n      <td>bounce</td>\n      <td>\n        ${htmlEscaped(t).replace(/\n/g, '<br>\n        ')}\n      </td>\n    </tr>\n  </tbody>\n</table>`,
  },
  {
    // (Before undisguise.ts tableFromMarkdown: 6,150.)
    name: "a Markdown table's source",
    where: "an issue's or a wiki's table as written: the reply on one line in a row's third cell, its pipes escaped",
    apply: (t) => `| Email | Event | Reason |\n|---|---|---|\n| ann@example.com | bounce | ${t.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|')} |`,
  },
  {
    // (Before: 5,856. A first version read only cells with a failure's code, and the delivered row was the table's
    // answer wherever the failure's cell had none: 4,303; reading a Markdown table's cells for a failure only, 5,967;
    // every cell where the paste as it stands reads as a failure or a notice, 6,168.)
    name: "a Markdown table in their post",
    where: 'the same between their words, a delivered row above it, the reply\'s lines a <br> apart',
    apply: (t) => `Bounces since Monday:\n\n| Email | Event | Reason | When |\n| :--- | :---: | --- | ---: |\n| bob@example.org | delivered | 250 2.0.0 OK | 09:58 |\n| ann@example.com | bounce | ${t.replace(/\s*\n\s*/g, '<br>').replace(/\|/g, '\\|')} | 10:02 |\n\nAny idea?`,
  },
];

/** HTML's escapes for the characters replies are full of. */
function htmlEscaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const every = Number(arg('--every') ?? 1);
const only = arg('--only');
const cases = DEV_REPLIES.filter((_, i) => i % every === 0);
const base = judge('as collected', cases);
const rows = [{ disguise: 'as collected', where: '', right: `${base.right}/${base.total}`, 'share kept': '100.0%', 'wrong at high': base.highWrong }];
for (const d of DISGUISES) {
  if (only && d.name !== only) continue;
  const disguised = cases.map((c) => ({ ...c, text: d.apply(c.text) }));
  const r = judge(d.name, disguised, d.popup ? await Promise.all(disguised.map((c) => readBounce(c.text, PASTE_OPTIONS))) : undefined);
  rows.push({ disguise: d.name, where: d.where, right: `${r.right}/${r.total}`, 'share kept': `${((100 * r.right) / base.right).toFixed(1)}%`, 'wrong at high': r.highWrong });
}
console.log(`Development set (${cases.length} texts${every > 1 ? `, every ${every}th` : ''}) as people hand it over:`);
console.table(rows);

if (!only && every === 1 && !(await mailDisguise())) console.log('\n(The shared corpus is not beside the project: bounce mails re-handled are not measured.)');
