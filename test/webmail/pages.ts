/**
 * DOM fixtures for the webmail adapters, written by us after the skeletons in ../shared/docs/webmail.md §5 and the
 * variants listed there (body token pairs, old thread roots, preview pane, clipped messages, collapsed threads,
 * localized Outlook labels, missing containers). Each page says what must be found in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Category } from '../../lib/diagnosis/types';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/bounces', name), 'utf8');
const notBounce = (name: string) => readFileSync(join(__dirname, '../fixtures/not-bounces', name), 'utf8');

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Text as a webmail renders a plain-text mail: paragraphs and line breaks. */
const asHtml = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${p.split('\n').map(esc).join('<br>')}</p>`)
    .join('\n');

export interface Expected {
  category: Category;
  recipient: string | null;
  code: string | null;
}

export interface Page {
  name: string;
  webmail: 'gmail' | 'outlook';
  html: string;
  /** One entry per opened message, in page order: the bounce it is, or null for a message that is not one. */
  messages: (Expected | null)[];
}

interface GmailMessage {
  id: string;
  sender: string;
  senderName: string;
  body: string;
  bodyClass?: string;
  collapsed?: boolean;
  clipped?: boolean;
}

function gmailMessage(m: GmailMessage): string {
  if (m.collapsed) {
    return `<div class="kv" role="listitem"><div class="adn" data-message-id="${m.id}"><table><tr><td class="gF"><span email="${m.sender}" name="${esc(m.senderName)}">${esc(m.senderName)}</span></td></tr></table><span class="y2">snippet…</span></div></div>`;
  }
  return `<div class="h7" role="listitem"><div class="adn ads" data-message-id="${m.id}" data-legacy-message-id="18d7a0c0e0f0${m.id.slice(-4)}"><div class="gs">
    <table class="cf"><tbody><tr><td class="gF"><h3 class="iw"><span class="gD" email="${m.sender}" name="${esc(m.senderName)}">${esc(m.senderName)}</span></h3></td></tr></tbody></table>
    <div class="ii gt"><div class="${m.bodyClass ?? 'a3s aiL'}">${m.body}</div></div>
    ${m.clipped ? '<div class="iX"><a href="?ui=2&amp;view=lg&amp;msg=x">View entire message</a></div>' : ''}
  </div></div></div>`;
}

function gmailPage(subject: string, messages: GmailMessage[], root: 'new' | 'old' | 'preview' = 'new'): string {
  const list = `<div role="list">${messages.map(gmailMessage).join('\n')}</div>`;
  const head = `<div class="ha"><h2 class="hP" data-thread-perm-id="thread-f:1">${esc(subject)}</h2></div>`;
  const thread =
    root === 'old'
      ? `<div class="nH g id"><table class="Bs"><tr><td><div class="nH if">${head}${list}</div></td></tr></table></div>`
      : root === 'preview'
        ? `<div class="aia"><div class="ao9"><div class="nH a98 iY">${head}${list}</div></div></div>`
        : `<div class="nH g id"><div class="nH a98 iY">${head}${list}</div></div>`;
  return `<!doctype html><html><body><div role="main">${thread}</div></body></html>`;
}

const gmailBounce = (text: string, id = '#msg-f:1790000000000000002', extra: Partial<GmailMessage> = {}): GmailMessage => ({
  id,
  sender: 'mailer-daemon@googlemail.com',
  senderName: 'Mail Delivery Subsystem',
  body: asHtml(text),
  ...extra,
});

interface OutlookItem {
  from: string;
  body: string;
  bodyId?: string;
  label?: string;
}

function outlookPage(subject: string, items: OutlookItem[], variant: 'full' | 'no-container' | 'title-only' = 'full'): string {
  const heading = variant === 'title-only' ? `<div role="heading" title="${esc(subject)}"><span>${esc(subject)}</span></div>` : `<div role="heading" id="CONV_AAQk1_SUBJECT" title="${esc(subject)}"><span>${esc(subject)}</span></div>`;
  const body = items
    .map(
      (it, i) => `<div data-convid="AAQk1" role="listitem">
        <span id="ITEM_${i}_FROM" aria-label="From: ${esc(it.from)}">${esc(it.from.replace(/\s*<.*$/, ''))}</span>
        <div id="${it.bodyId ?? `UniqueMessageBody_${i + 1}`}" role="document" aria-label="${esc(it.label ?? 'Message body')}" class="allowTextSelection"><div class="rps_5e1f">${it.body}</div></div>
      </div>`,
    )
    .join('\n');
  const inner = `<div id="ConversationReadingPaneContainer" data-app-section="ConversationContainer">${heading}${body}</div>`;
  const pane = variant === 'no-container' ? `<div data-app-section="MailReadCompose">${inner}</div>` : `<div id="ReadingPaneContainerId" data-app-section="MailReadCompose">${inner}</div>`;
  return `<!doctype html><html><body><div role="main" aria-label="Reading Pane">${pane}</div></body></html>`;
}

const POSTMASTER = 'Microsoft Outlook <postmaster@contoso.onmicrosoft.com>';

export const PAGES: Page[] = [
  // Gmail: its own bounces
  { name: 'gmail address not found (.a3s.aiL)', webmail: 'gmail', html: gmailPage('Delivery Status Notification (Failure)', [gmailBounce(fixture('gmail-address-not-found.txt'))]), messages: [{ category: 'recipient-unknown', recipient: 'nobody.here@example.org', code: '550' }] },
  { name: 'gmail address not found (.a3s.aXjCH)', webmail: 'gmail', html: gmailPage('Delivery Status Notification (Failure)', [gmailBounce(fixture('gmail-address-not-found.txt'), '#msg-f:3', { bodyClass: 'a3s aXjCH' })]), messages: [{ category: 'recipient-unknown', recipient: 'nobody.here@example.org', code: '550' }] },
  { name: 'gmail old table.Bs thread root', webmail: 'gmail', html: gmailPage('Delivery Status Notification (Failure)', [gmailBounce(fixture('gmail-address-not-found.txt'))], 'old'), messages: [{ category: 'recipient-unknown', recipient: 'nobody.here@example.org', code: '550' }] },
  { name: 'gmail preview pane', webmail: 'gmail', html: gmailPage('Delivery Status Notification (Failure)', [gmailBounce(fixture('gmail-message-blocked.txt'))], 'preview'), messages: [{ category: 'recipient-unknown', recipient: 'pat.lee@contoso.example', code: '550' }] },
  { name: 'gmail bounce filed under the original subject', webmail: 'gmail', html: gmailPage('Lunch on Friday?', [gmailBounce(fixture('gmail-dmarc-multiline.txt'))]), messages: [{ category: 'dmarc', recipient: 'alex@gmail.example', code: '550' }] },
  { name: 'gmail clipped message', webmail: 'gmail', html: gmailPage('Delivery Status Notification (Failure)', [gmailBounce(fixture('gmail-legacy.txt'), '#msg-f:4', { clipped: true })]), messages: [{ category: 'recipient-unknown', recipient: 'old.friend@example.net', code: '550' }] },
  { name: 'gmail delivery incomplete (delay)', webmail: 'gmail', html: gmailPage('Delivery Status Notification (Delay)', [gmailBounce(fixture('gmail-delay.txt'))]), messages: [{ category: 'greylisting', recipient: 'sam@slow.example', code: '451' }] },
  { name: 'gmail google groups', webmail: 'gmail', html: gmailPage('Delivery Status Notification (Failure)', [gmailBounce(fixture('google-groups.txt'))]), messages: [{ category: 'recipient-policy', recipient: 'team-announce@googlegroups.com', code: '550' }] },
  { name: 'gmail one-line text', webmail: 'gmail', html: gmailPage('Delivery Status Notification (Failure)', [gmailBounce(fixture('gmail-oneline.txt'))]), messages: [{ category: 'recipient-unknown', recipient: 'liam@dest.example', code: '550' }] },
  // Gmail: foreign bounces
  { name: 'gmail showing a postfix bounce', webmail: 'gmail', html: gmailPage('Undelivered Mail Returned to Sender', [{ id: '#msg-f:5', sender: 'MAILER-DAEMON@mail.sender.example', senderName: 'Mail Delivery System', body: asHtml(fixture('postfix-folded.txt')) }]), messages: [{ category: 'recipient-unknown', recipient: 'chris@dest.example', code: '550' }] },
  { name: 'gmail showing an exim bounce', webmail: 'gmail', html: gmailPage('Mail delivery failed: returning message to sender', [{ id: '#msg-f:6', sender: 'Mailer-Daemon@mx.example.net', senderName: 'Mail Delivery System', body: asHtml(fixture('exim.txt')) }]), messages: [{ category: 'content-policy', recipient: 'erin@dest.example', code: '550' }] },
  { name: 'gmail showing a qmail bounce', webmail: 'gmail', html: gmailPage('failure notice', [{ id: '#msg-f:7', sender: 'MAILER-DAEMON@mail.sender.example', senderName: 'MAILER-DAEMON', body: asHtml(fixture('qmail.txt')) }]), messages: [{ category: 'recipient-unknown', recipient: 'hank@dest.example', code: '550' }] },
  {
    name: 'gmail collapsed thread with one expanded bounce',
    webmail: 'gmail',
    html: gmailPage('Proposal', [
      { id: '#msg-f:8', sender: 'me@example.com', senderName: 'me', body: '', collapsed: true },
      { id: '#msg-f:9', sender: 'MAILER-DAEMON@mx.example.net', senderName: 'Mail Delivery System', body: '', collapsed: true },
      { id: '#msg-f:10', sender: 'Mailer-Daemon@mx.example.net', senderName: 'Mail Delivery System', body: asHtml(fixture('exim.txt')) },
    ]),
    messages: [{ category: 'content-policy', recipient: 'erin@dest.example', code: '550' }],
  },
  {
    name: 'gmail two bounces in one thread',
    webmail: 'gmail',
    html: gmailPage('Invoice', [
      { id: '#msg-f:11', sender: 'MAILER-DAEMON@mx.sender.example', senderName: 'Mail Delivery Subsystem', body: asHtml(fixture('sendmail.txt')) },
      { id: '#msg-f:12', sender: 'MAILER-DAEMON@yahoo.com', senderName: 'MAILER-DAEMON', body: asHtml(fixture('yahoo.txt')) },
    ]),
    messages: [
      { category: 'recipient-unknown', recipient: 'gina@dest.example', code: '550' },
      { category: 'unauthenticated', recipient: 'ivy@dest.example', code: '554' },
    ],
  },
  { name: 'gmail forwarded bounce', webmail: 'gmail', html: gmailPage('Fwd: Undelivered Mail Returned to Sender', [{ id: '#msg-f:13', sender: 'colleague@example.com', senderName: 'A Colleague', body: asHtml(`Can you look at this?\n\n---------- Forwarded message ---------\n${fixture('postfix-folded.txt')}`) }]), messages: [{ category: 'recipient-unknown', recipient: 'chris@dest.example', code: '550' }] },
  // Gmail: hard non-bounces
  { name: 'gmail order with code-like numbers', webmail: 'gmail', html: gmailPage('Your order', [{ id: '#msg-f:20', sender: 'orders@shop.example', senderName: 'Shop', body: asHtml(notBounce('order-confirmation.txt')) }]), messages: [null] },
  { name: 'gmail newsletter about SMTP errors', webmail: 'gmail', html: gmailPage('This week', [{ id: '#msg-f:21', sender: 'news@dev.example', senderName: 'Dev News', body: asHtml(notBounce('newsletter.txt')) }]), messages: [null] },
  { name: 'gmail out-of-office reply', webmail: 'gmail', html: gmailPage('Automatic reply: Quarterly report', [{ id: '#msg-f:22', sender: 'robin@company.example', senderName: 'Robin', body: asHtml(notBounce('out-of-office.txt')) }]), messages: [null] },
  { name: 'gmail meeting with dates', webmail: 'gmail', html: gmailPage('Planning', [{ id: '#msg-f:23', sender: 'robin@company.example', senderName: 'Robin', body: asHtml(notBounce('meeting.txt')) }]), messages: [null] },
  { name: 'gmail code snippet', webmail: 'gmail', html: gmailPage('Review', [{ id: '#msg-f:24', sender: 'lee@company.example', senderName: 'Lee', body: asHtml(notBounce('code-snippet.txt')) }]), messages: [null] },
  // Outlook on the web
  { name: 'outlook classic NDR', webmail: 'outlook', html: outlookPage('Undeliverable: Quarterly report', [{ from: POSTMASTER, body: asHtml(fixture('exchange-classic.txt')) }]), messages: [{ category: 'ip-blocklist', recipient: 'old.staff@acme.example', code: '550' }] },
  { name: 'outlook without the reading-pane id', webmail: 'outlook', html: outlookPage('Undeliverable: Quarterly report', [{ from: POSTMASTER, body: asHtml(fixture('exchange-classic.txt')) }], 'no-container'), messages: [{ category: 'ip-blocklist', recipient: 'old.staff@acme.example', code: '550' }] },
  { name: 'outlook with a localized body label', webmail: 'outlook', html: outlookPage('无法投递: 报告', [{ from: POSTMASTER, body: asHtml(fixture('exchange-doubled.txt')), label: '邮件正文' }]), messages: [{ category: 'remote-error', recipient: 'mia@dest.example', code: '554' }] },
  { name: 'outlook subject only as a titled heading', webmail: 'outlook', html: outlookPage('Undeliverable: Photos', [{ from: POSTMASTER, body: asHtml(fixture('exchange-2007.txt')) }], 'title-only'), messages: [{ category: 'message-size', recipient: 'big.files@corp.example', code: '550' }] },
  { name: 'outlook enhanced NDR', webmail: 'outlook', html: outlookPage('Undeliverable: Hello', [{ from: POSTMASTER, body: asHtml(fixture('exchange-enhanced.txt')) }]), messages: [{ category: 'recipient-unknown', recipient: 'kim@contoso.example', code: '550' }] },
  { name: 'outlook French NDR', webmail: 'outlook', html: outlookPage('Non remis : Bonjour', [{ from: POSTMASTER, body: asHtml(fixture('exchange-classic-fr.txt')), label: 'Corps du message' }]), messages: [{ category: 'recipient-unknown', recipient: 'claire.martin@exemple.example', code: '550' }] },
  { name: 'outlook German NDR', webmail: 'outlook', html: outlookPage('Unzustellbar: Hallo', [{ from: POSTMASTER, body: asHtml(fixture('exchange-classic-de.txt')), label: 'Nachrichtentext' }]), messages: [{ category: 'mailbox-full', recipient: 'jonas.weber@beispiel.example', code: '552' }] },
  { name: 'outlook Japanese NDR', webmail: 'outlook', html: outlookPage('配信不能: こんにちは', [{ from: POSTMASTER, body: asHtml(fixture('exchange-classic-ja.txt')), label: 'メッセージ本文' }]), messages: [{ category: 'recipient-unknown', recipient: 'tanaka@rei.example', code: '550' }] },
  {
    name: 'outlook conversation with an NDR and a reply',
    webmail: 'outlook',
    html: outlookPage('Quarterly report', [
      { from: 'Robin <robin@sender.example>', body: asHtml(notBounce('discussion.txt')) },
      { from: POSTMASTER, body: asHtml(fixture('exchange-classic.txt')), bodyId: 'UniqueMessageBody_9' },
    ]),
    messages: [null, { category: 'ip-blocklist', recipient: 'old.staff@acme.example', code: '550' }],
  },
  // Outlook: hard non-bounces
  { name: 'outlook newsletter about SMTP errors', webmail: 'outlook', html: outlookPage('This week', [{ from: 'Dev News <news@dev.example>', body: asHtml(notBounce('newsletter.txt')) }]), messages: [null] },
  { name: 'outlook automatic reply', webmail: 'outlook', html: outlookPage('Automatic reply: Quarterly report', [{ from: 'Robin <robin@company.example>', body: asHtml(notBounce('out-of-office.txt')) }]), messages: [null] },
  { name: 'outlook invoice with numbers', webmail: 'outlook', html: outlookPage('Invoice 2025-0550', [{ from: 'Billing <billing@acme.example>', body: asHtml(notBounce('invoice.txt')) }]), messages: [null] },
];
