/**
 * Old and unusual notice formats (issue 13, item 1): each fixture in fixtures/bounces/legacy is written by us from
 * public descriptions of the format (the detectors of flufl.bounce, Mail::DeliveryStatus::BounceParser, Sympa and
 * Sisimai describe what each system writes), never copied from a collection of bounces.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { readBounceBytes } from '../../lib/engine/input';
import { readPastedText } from '../../lib/engine/read';
import type { BounceFormat, MessageKind } from '../../lib/engine/types';

const dir = join(__dirname, '../fixtures/bounces/legacy');

interface Row {
  file: string;
  what: string;
  format: BounceFormat;
  kind?: MessageKind;
  recipients: [string, string | null, string | null][];
  /** Words the recipient's reason (reply or stated reason) must hold, per recipient. */
  reasons?: string[];
  /** The bounce named user names only: the note says the address was completed. */
  completed?: boolean;
}

const TABLE: Row[] = [
  { file: 'aol-screen-names.eml', what: "AOL's AirMail sender block, screen names only", format: 'aol', recipients: [['kimlee2004@aol.com', null, null], ['tanyaB77@aol.com', null, null]], reasons: ['not accepting mail', 'not accepting mail'], completed: true },
  { file: 'aol-undeliverable.eml', what: "AOL's own notice with a screen name", format: 'aol', recipients: [['joe1234@aol.com', null, null]], completed: true },
  { file: 'mdaemon.eml', what: 'MDaemon, permanent failure with its session transcript', format: 'mdaemon', recipients: [['kim@dest.example', '550', '5.1.1']] },
  { file: 'mdaemon-no-such-user.eml', what: 'MDaemon, "x - no such user here."', format: 'mdaemon', recipients: [['lee@dest.example', null, null]], reasons: ['no such user here'] },
  { file: 'smtp32-imail.eml', what: 'SMTP32 / IMail, "undeliverable to" and a full mailbox', format: 'imail', recipients: [['ann@dest.example', null, null], ['bob@dest.example', null, null]], reasons: ['exceeds allowed size', 'undeliverable to'] },
  { file: 'prodigy-full.eml', what: "Prodigy's full mailbox", format: 'generic', recipients: [['pat@prodigy.example', null, null]], reasons: ['mailbox is full'] },
  { file: 'site-postmaster.eml', what: "a campus mail system's notice (Yale style), user name only", format: 'generic', recipients: [['jsmith@campus.example', null, null]], reasons: ['Mailbox unknown'], completed: true },
  { file: 'site-llnl.eml', what: "a lab's postmaster notice (LLNL style, address between commas)", format: 'generic', recipients: [['kim.lee@lab.example', null, null]], reasons: ['unknown user'] },
  { file: 'non-delivery-report.eml', what: '"--- Non-Delivery Report ---" (hMailServer and others)', format: 'generic', recipients: [['kim@dest.example', '550', '5.1.1']] },
  { file: 'yahoo-old-html.eml', what: "Yahoo's old HTML-only notice with no subject", format: 'generic', recipients: [['kim.lee@yahoo.com', '554', null]], reasons: ["doesn't have a yahoo.com account"] },
  { file: 'mailru-auto-replied.eml', what: 'a Mail.ru bounce that also says Auto-Submitted: auto-replied', format: 'exim', recipients: [['ivan@mail.ru', null, null]], reasons: ['user not found'] },
  { file: 'groupwise.eml', what: 'Novell GroupWise 5.2, user name with its reason', format: 'groupwise', recipients: [['lsmith@groupwise.dest.example', null, null]], reasons: ['user not found'], completed: true },
  { file: 'domino-hops.eml', what: 'Lotus Domino, not listed in the Domino Directory', format: 'notes', recipients: [['kim@dest.example', null, null]], reasons: ['not listed in Domino Directory'] },
  { file: 'exchange-55.eml', what: 'Exchange 5.5 (Internet Mail Service), X.400 address with SMTP=', format: 'exchange-2003', recipients: [['kim.lee@dest.example', null, null]], reasons: ['recipient name is not recognized'] },
  { file: 'exchange-2000.eml', what: 'Exchange 2000/2003, "<host #5.1.1>"', format: 'exchange-2003', recipients: [['kim.lee@dest.example', null, '5.1.1']], reasons: ['does not exist at the organization'] },
  { file: 'iplanet.eml', what: 'iPlanet / Sun Messaging Server report', format: 'iplanet', recipients: [['kim@dest.example', '550', '5.1.1']] },
  { file: 'netscape-undeliverable.eml', what: 'Netscape Messaging Server, queue timeout', format: 'iplanet', recipients: [['kim@dest.example', null, null]], reasons: ['not reachable within the allowed queue period'] },
  { file: 'pmdf-enqueued.eml', what: 'PMDF, undeliverable for 3 days', format: 'iplanet', recipients: [['kim@dest.example', null, null]], reasons: ['Mailbox full'] },
  { file: 'mmdf.eml', what: 'MMDF "Failed mail", two recipients', format: 'mmdf', recipients: [['kim@dest.example', null, null], ['lee@dest.example', null, null]], reasons: ['', 'Destination user unknown'] },
  { file: 'smail.eml', what: 'smail, "Failed addresses follow:"', format: 'smail', recipients: [['kim@dest.example', null, null]], reasons: ['unknown user'] },
  { file: 'compuserve.eml', what: 'CompuServe, "Receiver not found: name"', format: 'compuserve', recipients: [['lallison@compuserve.com', null, null]], reasons: ['Receiver not found'], completed: true },
  { file: 'qmail-ldap.eml', what: 'qmail-ldap over quota', format: 'qmail', recipients: [['kim@dest.example', null, '5.2.2']] },
  { file: 'exim-old.eml', what: 'Exim 3 "could not be delivered to all of its recipients" / "remote mailer"', format: 'exim', recipients: [['kim@dest.example', '550', '5.1.1']] },
  { file: 'ms-dsn-delay.eml', what: 'Microsoft "Delivery Status Notification (Delay)" with its DSN', format: 'generic', kind: 'delay', recipients: [['kim@dest.example', null, '4.4.7']] },
  { file: 'ms-dsn-delay-text.eml', what: 'Microsoft "Delivery Status Notification (Delay)", text only', format: 'generic', kind: 'delay', recipients: [['kim@dest.example', null, null]] },
  { file: 'kddi.eml', what: 'au by KDDI (Japan), "Could not be delivered to"', format: 'generic', recipients: [['taro@ezweb.ne.jp', null, null]], reasons: ['mailbox is full'] },
  { file: 'fml-not-member.eml', what: 'fml refusing a post from a non-member; the list is what failed, not its control address', format: 'mailing-list', recipients: [['cats@lists.example.org', null, null]], reasons: ['not a member of this mailing list'] },
  { file: 'mailman-refused.eml', what: "GNU Mailman 2.1 refusing a post; the list is the returned post's To, not the owner address", format: 'mailing-list', recipients: [['gardening@lists.example.net', null, null]], reasons: ['not allowed to post to this mailing list'] },
  { file: 'docomo.eml', what: 'NTT docomo (Japan), Sendmail transcript', format: 'sendmail', recipients: [['hanako@docomo.ne.jp', '550', null]] },
];

describe('old and unusual notice formats', () => {
  it.each(TABLE)('$file: $what', async (row) => {
    const r = await readBounceBytes(new Uint8Array(readFileSync(join(dir, row.file))));
    expect(r.kind).toBe(row.kind ?? 'failure');
    expect(r.format).toBe(row.format);
    expect(r.recipients.map((x) => [x.recipient, x.code, x.enhanced])).toEqual(row.recipients);
    row.reasons?.forEach((words, i) => expect(`${r.recipients[i]?.reply ?? ''} ${r.recipients[i]?.statedReason ?? ''}`).toContain(words));
    const note = r.notes.find((n) => n.includes('by user name only'));
    if (row.completed) expect(note).toMatch(/the address is completed with \S+, the domain of the system that sent the notice/);
    else expect(note).toBeUndefined();
  });
});

describe('Exchange 2000/2003: the date after a recipient', () => {
  const notice = (line: string) => `Your message did not reach some or all of the intended recipients.\n\nThe following recipient(s) could not be reached:\n\n${line}`;

  it('takes a reason a paste joined to the date line, without the date', () => {
    const r = readPastedText(notice('kim@dest.example on 4/17/2005 9:09 AM The recipient name is not recognized\nMSEXCH:MSExchangeMTA:SITE:SERVER'));
    expect(r.format).toBe('exchange-2003');
    expect(r.recipients[0]?.reply).toBe('The recipient name is not recognized MSEXCH:MSExchangeMTA:SITE:SERVER');
    expect(diagnoseReport(r)[0]?.category).toBe('recipient-unknown');
  });

  it('reads the reason under a line that holds only the date', () => {
    const r = readPastedText(notice('    kim@dest.example on 17.04.2005 09:09:51\n        The recipient name is not recognized\n        MSEXCH:IMS:ORG:SITE:SERVER 0 (000C05A6) Unknown Recipient'));
    expect(r.recipients[0]?.reply).toMatch(/^The recipient name is not recognized MSEXCH:IMS/);
  });
});
