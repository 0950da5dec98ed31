/**
 * Regional mailbox providers of Europe, Latin America and Asia beyond europe.ts and russia-asia.ts: the replies each
 * documents, one source each, every entry citing its page or source file.
 *
 * Found as documentation:
 * - I.UA (Ukraine): every reply carries a link to https://mail.i.ua/err/<code>/, one page per code; the page titles
 *   are read from Sisimai's table of them (the pages themselves are not in the stored copies), so the entries cite
 *   the page and name Sisimai with "(via …)". The link is the reply's own identifier, so it is the token.
 * - Inbox.lv group (inbox.lv, mail.ee, inbox.lt …, Baltic states): the help page on inactive mailboxes quotes the
 *   reply the sender gets.
 * - InfoSphere (NTT PC Communications, Japan): its notice on sending errors quotes the reply its server gives for a
 *   non-existent or cancelled InfoSphere address.
 *
 * Searched for and NOT found as documentation (no entry written): Telefónica/Movistar; UOL, BOL, Terra (the UOL
 * postmaster page lists acceptance requirements, no reply texts); KPN/XS4ALL (blacklist.kpnmail.nl/Help/17 documents a
 * POP3 login block, not an SMTP reply), Ziggo; WP.pl / o2.pl (the help page says the bounce holds a "technical
 * description" but quotes none), Onet (its help table names rejection causes in Polish, not reply texts); Tiscali,
 * Fastweb; Swisscom/Bluewin (postmaster.bluewin.ch says a blocklisted server gets a delisting URL in the status
 * message, and that inbound mail is throttled with 4xx for new or poorly reputed IPs, without the reply text);
 * A1 Austria; freenet; Rambler, Ukr.net; Sina, Sohu, 139.com, Tencent Exmail's own Chinese bounce list (QQ/Exmail
 * English replies are in russia-asia.ts); Naver (policy.naver.com/rules/spamcheck.html and its SMTP response-code
 * notice were not readable); Daum/Kakao (its "CHIC / CCRT / CRCP / DXNS2 …" reply codes with Korean explanations were
 * found only in a blog and in an unrelated project's source, not on a Kakao page); Rediffmail; BIGLOBE, @nifty,
 * So-net, OCN (their help pages on returned mail were readable only up to the list of messages).
 */
import type { KnowledgeSource } from './types';
import { HELO_NAME } from './entry';

// --- I.UA (Ukraine) -------------------------------------------------------------------------------------------------
const IUA = (code: number): string => `https://mail.i.ua/err/${code}/`;
const IUA_VIA = ' (via sisimai/p5-sisimai lib/Sisimai/Rhost/IUA.pm)';

export const I_UA: KnowledgeSource = {
  id: 'i.ua',
  name: 'I.UA Mail (Ukraine)',
  kind: 'mailbox-provider',
  reference: 'https://www.i.ua/',
  replies: [
    { id: 'i.ua.err-1-mail-gate', category: 'relay-denied', token: 'i.ua/err/1', phrases: ['smtp as mail gate is forbidden'], text: 'The use of SMTP as mail gate is forbidden. (https://mail.i.ua/err/1/)', source: IUA(1) + IUA_VIA },
    { id: 'i.ua.err-2-user-not-found', category: 'recipient-unknown', token: 'i.ua/err/2', text: 'User is not found. (https://mail.i.ua/err/2/)', source: IUA(2) + IUA_VIA },
    { id: 'i.ua.err-3-not-used', category: 'mailbox-disabled', token: 'i.ua/err/3', phrases: ['mailbox was not used for more than'], text: 'Mailbox was not used for more than 3 months (https://mail.i.ua/err/3/)', source: IUA(3) + IUA_VIA },
    { id: 'i.ua.err-4-mailbox-full', category: 'mailbox-full', token: 'i.ua/err/4', text: 'Mailbox is full. (https://mail.i.ua/err/4/)', source: IUA(4) + IUA_VIA },
    { id: 'i.ua.err-5-sending-limit', category: 'rate-limit', token: 'i.ua/err/5', phrases: ['letter sending limit is exceeded'], text: 'Letter sending limit is exceeded. (https://mail.i.ua/err/5/)', source: IUA(5) + IUA_VIA },
    // Code 6, "Use SMTP of your provider to send mail.", is left out: the page title does not say whether the refusal is
    // for relaying or for sending directly from an end-user address (Sisimai files it as norelaying).
    { id: 'i.ua.err-7-helo', category: 'ptr', token: 'i.ua/err/7', phrases: ['wrong value if command helo'], text: 'Wrong value if command HELO/EHLO parameter. (https://mail.i.ua/err/7/)', source: IUA(7) + IUA_VIA, variant: HELO_NAME },
    { id: 'i.ua.err-8-sender-check', category: 'sender-rejected', token: 'i.ua/err/8', phrases: ["couldn't check sender address"], text: "Couldn't check sender address. (https://mail.i.ua/err/8/)", source: IUA(8) + IUA_VIA },
    { id: 'i.ua.err-9-ip-blacklisted', category: 'ip-blocklist', token: 'i.ua/err/9', phrases: ['ip-address of the sender is blacklisted'], text: 'IP-address of the sender is blacklisted. (https://mail.i.ua/err/9/)', source: IUA(9) + IUA_VIA },
    // The recipient accepts mail only from the addresses on its own list ("Mail address management").
    { id: 'i.ua.err-10-address-management', category: 'recipient-policy', token: 'i.ua/err/10', phrases: ['not in the list mail address management'], text: 'Not in the list Mail address management. (https://mail.i.ua/err/10/)', source: IUA(10) + IUA_VIA },
  ],
};

// --- Inbox.lv group (Latvia, Estonia, Lithuania) --------------------------------------------------------------------
const INBOX_LV = 'http://help.inbox.lv/category/10204/question/10147';
const MAIL_EE = 'https://help.mail.ee/category/10037/question/10147';

export const INBOX_LV_SOURCE: KnowledgeSource = {
  id: 'inbox.lv',
  name: 'Inbox.lv / Mail.ee (Inbox group, Baltic states)',
  kind: 'mailbox-provider',
  reference: INBOX_LV,
  replies: [
    // A mailbox not used through the web site for 9 months is blocked ("Inactive user") and receives no mail until its
    // owner logs in again; the sender gets this reply.
    { id: 'inbox.lv.inactive-user', category: 'mailbox-disabled', status: '5.7.1', phrases: ['rejected: inactive user'], text: '554 5.7.1 rejected: Inactive user (the mailbox was not used for 9 months and is blocked until its owner logs in; also documented for mail.ee: ' + MAIL_EE + ')', source: INBOX_LV },
  ],
};

// --- InfoSphere (NTT PC Communications, Japan) ---------------------------------------------------------------------
const INFOSPHERE = 'http://www.sphere.ne.jp/support/news/2006/07/000027.html';

export const INFOSPHERE_SOURCE: KnowledgeSource = {
  id: 'infosphere',
  name: 'InfoSphere (NTT PC Communications, sphere.ne.jp)',
  kind: 'mailbox-provider',
  reference: INFOSPHERE,
  replies: [
    // 宛て先に指定した InfoSphere のメールアドレスのアカウント名に誤りがある場合、または既に解約済みのアドレスを含む場合:
    // the recipient's InfoSphere address is misspelt or has been cancelled.
    { id: 'infosphere.cant-accept-user', category: 'recipient-unknown', status: '5.7.1', phrases: ["can't accept user"], text: "550 can't accept user... (#5.7.1) (宛て先のメールアドレスに誤りがある、または既に解約済み)", source: INFOSPHERE },
  ],
};

export const REGIONAL: readonly KnowledgeSource[] = [I_UA, INBOX_LV_SOURCE, INFOSPHERE_SOURCE];
