/**
 * What pastes, files and messages are read with beyond the core text reader (read.ts passes it), kept out of the
 * webmail content scripts, whose size is budgeted: addresses in help text, and old systems' notices — AOL, MDaemon, SMTP32/IMail, GroupWise, Netscape / iPlanet /
 * PMDF, MMDF, smail, CompuServe, Prodigy and site postmasters' own notices. Facts from the public descriptions of
 * these formats in the detectors of flufl.bounce, Mail::DeliveryStatus::BounceParser, Sympa and Sisimai; fixtures in
 * test/fixtures/bounces/legacy are written by us.
 */
import { normalizeAddress } from './dsn';
import { guardFormats, type FormatSpec } from './formats';
import { MAX_RECIPIENTS } from './limits';
import type { ReaderExtras } from './text-report';

const LEGACY_FORMATS: readonly (FormatSpec & { late?: boolean })[] = [
  {
    // Other servers' "--- Non-Delivery Report ---" (hMailServer and the like), before Exchange's wording they share.
    id: 'generic',
    signatures: [/^[ \t]*-{2,} ?Non-Delivery Report ?-{2,}[ \t]*$/m],
  },
  {
    // Exchange 5.5 (Internet Mail Service) and 2000: the wording besides the core table's.
    id: 'exchange-2003',
    signatures: [/The following recipient\(s\) could not be reached/i, /did not reach some or all of the intended recipients/i],
  },
  {
    // Exim 3 and before.
    id: 'exim',
    signatures: [/SMTP error from remote mailer after/i, /could not be delivered to all of its recipients/i],
  },
  {
    id: 'notes',
    signatures: [/not listed in (?:the )?Domino Directory/i],
  },
  {
    // AOL's own notices name recipients by screen name ("kimlee2004"), AirMail's sender blocks too.
    id: 'aol',
    signatures: [/mail to the following recipients could not be delivered/i],
  },
  {
    id: 'mdaemon',
    signatures: [
      /had PERMANENT fatal delivery errors/i,
      /The following addresses did NOT receive a copy of your message/,
      /^[^\s@]{1,64}@[^\s]{1,255} - no such user here\.?[ \t]*$/im,
    ],
  },
  {
    // Ipswitch IMail and its SMTP32 service.
    id: 'imail',
    signatures: [/^[ \t]*undeliverable +to +[^\s@]{1,64}@/im, /User mailbox exceeds allowed size:/i],
  },
  {
    id: 'groupwise',
    signatures: [/The message that you sent was undeliverable to the following/i, /Possibly truncated original message follows/i],
  },
  {
    // Netscape / iPlanet / Sun Java System Messaging Server, and PMDF before them.
    id: 'iplanet',
    signatures: [
      /This Message was undeliverable due to the following reason/i,
      /Your message cannot be delivered to the following recipients/i,
      /has been enqueued and undeliverable for \d{1,3} days?/i,
      /This report relates to a message you sent with the following header fields/i,
    ],
  },
  {
    id: 'mmdf',
    signatures: [/It failed to be received by the following address/i, /Your message was not delivered to:[ \t]*\n[^\n]{1,300}\n[ \t]*for the following reason/i],
  },
  {
    id: 'smail',
    signatures: [/Failed addresses follow:/i],
  },
  {
    id: 'compuserve',
    signatures: [/^[ \t]*Receiver not found:/im, /Your message could not be delivered as addressed/i],
  },
  {
    // A mailing-list manager returning a post it refused: fml ("You are not a member of this mailing list <list@…>",
    // the table of sisimai/p5-sisimai lib/Sisimai/Lhost/FML.pm), GNU Mailman 2.1 (Mailman/Handlers/Moderate.py
    // do_reject: "You are not allowed to post to this mailing list, and your message has been automatically rejected").
    id: 'mailing-list',
    signatures: [/You are not a member of this mailing list/i, /You are not allowed to post to this mailing list/i],
  },
  {
    // Prodigy's full mailbox, site postmasters' own notices (Yale-, LLNL-style).
    id: 'generic',
    late: true,
    signatures: [/User's mailbox is full:/i, /Message not delivered to the following/i, /could not deliver your message/i, /^[ \t]*Recipient, [^\s@,]{1,64}@[^\s,]{1,255},/im],
  },
];

/**
 * Notices of systems that name the failed recipient by its user name alone, on its own line after an introduction
 * (AOL screen names, GroupWise, campus mail systems) or after a label (CompuServe). The address is that name at the
 * reporting system's domain, which the caller knows from the notice's sender.
 */
const BARE_LIST_INTRO = /(?:mail to the following recipients could not be delivered|The message that you sent was undeliverable to the following|Message not delivered to the following)/gi;
const BARE_INLINE = /^[ \t]*(?:Receiver not found|Invalid final delivery userid):[ \t]*([A-Za-z0-9][\w.+-]{0,63})[ \t]*$/gim;
/** A line naming one user: the name, then nothing, a reason in parentheses, or a reason after two spaces. */
const BARE_NAME_LINE = /^[ \t]*([A-Za-z0-9][\w.+-]{0,63})(?:[ \t]+\(([^()\n@]{1,200})\)|[ \t]{2,}([^\n@]{1,200}))?[ \t]*$/;

function findBareNames(text: string, end: number, bounds: (index: number) => { start: number; end: number }, domain: string): { address: string; index: number; reason: string }[] {
  const out: { address: string; index: number; reason: string }[] = [];
  const add = (name: string, index: number, reason: string | undefined) => {
    const address = normalizeAddress(`${name}@${domain}`);
    if (out.length < MAX_RECIPIENTS && !out.some((a) => a.address === address)) out.push({ address, index, reason: reason?.trim() ?? '' });
  };
  BARE_LIST_INTRO.lastIndex = 0;
  for (let m = BARE_LIST_INTRO.exec(text); m && m.index < end; m = BARE_LIST_INTRO.exec(text)) {
    // The introduction ends with the first line that ends in a colon (it may run over two lines), else its own line.
    let pos = bounds(m.index).end;
    const colon = /:[ \t]*$/m.exec(text.slice(m.index, Math.min(end, m.index + 300)));
    if (colon) pos = bounds(m.index + colon.index).end;
    let seen = 0;
    for (let blank = 0; pos < end && blank <= 1; ) {
      const { start, end: le } = bounds(pos + 1);
      const line = text.slice(start, Math.min(le, start + 300));
      pos = le;
      if (line.trim() === '') {
        if (seen > 0) break;
        blank++;
        continue;
      }
      const name = BARE_NAME_LINE.exec(line);
      if (!name?.[1]) break;
      add(name[1], start + line.indexOf(name[1]), name[2] ?? name[3]);
      seen++;
    }
  }
  BARE_INLINE.lastIndex = 0;
  for (let m = BARE_INLINE.exec(text); m && m.index < end; m = BARE_INLINE.exec(text)) if (m[1]) add(m[1], m.index + m[0].indexOf(m[1]), m[0].trim());
  return out;
}

/**
 * Words right before an address (or ending the line before it) that make it one to write to for help, or an example,
 * not a failed recipient: "please contact helpdesk@…", "send mail to support@…", "try alt@… instead", "e.g. x@…".
 */
const HELP_LEAD =
  /\b(?:contact(?:ing)?|write to|(?:send|forward|report)(?: (?:an?|the|your|this))? (?:e-?mail|mail|message|note|request|it|them|problems?|questions?)(?: back)? to|e-?mail us(?: at)?|reach us at|try(?: sending (?:it )?to)?|for example|e\.g\.|such as|instead of)\b[^\n.!?@]{0,40}$/i;

/** Text without the quotes, brackets and spaces that open an address after it (a loop: a regex would backtrack). */
function withoutOpeners(text: string): string {
  let end = text.length;
  while (end > 0 && '<"\'( \t\n'.includes(text[end - 1] as string)) end--;
  return text.slice(0, end);
}

/** Old systems' words right before a failed recipient (SMTP32/IMail, Prodigy, usa.net, Smap, LSMTP). */
const LEGACY_LEAD =
  /\b(?:intended recipient|undeliverable(?: +address)? +to|undeliverable address|mailbox is full|mailbox exceeds allowed size|delivery userid|(?:Rejected|Error)-For)\s*[:,]?\s*[<"']?\s*$/i;

/** "on" and a date and time, as Exchange writes them after a recipient ("on 1/17/2005 10:00 AM", "on 17.01.2005 10:00:00"). */
const ON_DATE = /^on (?:(?:[\d/.:,-]{1,12}|[AP]\.?M\.?|(?:GMT|UTC)(?:[+-][\d:]{1,5})?|[+-]\d{4})(?:[ \t]+|$)){1,8}/i;
/** How many characters of `text` the date at its start takes (0 when it has none). */
const dateLead = (text: string) => ON_DATE.exec(text)?.[0].length ?? 0;

export const LEGACY: ReaderExtras = {
  // Exchange 5.5 writes "c=US;…;dda:SMTP=x@y; on <date>": the address is after "SMTP=".
  ownAddress: (found) => (/^SMTP=/i.test(found.text) ? { text: found.text.slice(5), index: found.index + 5 } : undefined),
  // Exchange 2000/2003 follow the address with when it failed ("on 1/17/2005 10:00 AM"); Netscape's "Please reply to
  // postmaster…" speaks to the reader. Only the date: a reason after it on the same line (a paste that joined the
  // lines, "x@y on 4/17/97 9:09:51 AM The recipient name is not recognized") is the reason.
  isNotReason: (text) => (text.length > 0 && dateLead(text) === text.length) || /^(?:Please reply|If you (?:feel|think))\b/i.test(text),
  notReasonLead: dateLead,
  isLead: (before) => LEGACY_LEAD.test(before),
  formats: guardFormats(LEGACY_FORMATS),
  bareNames: findBareNames,
  isHelp: (before) => HELP_LEAD.test(withoutOpeners(before)),
};
