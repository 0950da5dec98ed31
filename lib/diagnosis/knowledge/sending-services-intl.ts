/**
 * Sending services of Asia and Europe whose answers the other tables lack — SendCloud and EngageLab (China), SUBMAIL
 * (China), NHN Cloud Email (Korea), Customers Mail Cloud (Japan), Netcore / Pepipost (India), Zoho Campaigns' email
 * API, CM.com (Netherlands), Qboxmail (Italy), RedMao Mail (China) and Inxmail (Germany): the delivery statuses, API
 * errors and relay replies each documents, one source each, every entry citing its page. Their words are kept in their
 * own language where the service writes them so.
 *
 * As in sending-services.ts, a service's own block list of recipients is its suppression: recipient-unknown with the
 * texts of its own (recipient.suppressed); an unsubscribed recipient is recipient-policy (the recipient's choice, as
 * SendGrid's "Unsubscribed Address" is filed); the service's verdict on the sender's IP or domain is reputation.
 */
import { accountLimit, entries as entry, SENDER_UNVERIFIED, SERVICE_HOLD, SUPPRESSED } from './entry';
import type { KnowledgeSource } from './types';

// ── SendCloud and EngageLab (which runs on it) ──────────────────────────────────────────────────────────────────────
// Delivery statuses with their codes (401 its block list, 402 unsubscribed, 405 IP or domain refused …), in Chinese in
// the Chinese API reference and in English in the international one; the API's own status codes.
const SC_ZH = 'https://aurorasendcloud.com/docs/zh/API/deliver_response';
const SC_EN = 'https://docs.aurorasendcloud.com/reference/get-emails-status';
const SC_API = 'https://docs.aurorasendcloud.com/reference/api-overview';
const EL = 'https://www.engagelab.com/docs/email/rest-api/delivery-response';
const sc = entry('sendcloud', SC_EN);

export const SENDCLOUD: KnowledgeSource = {
  id: 'sendcloud',
  name: 'SendCloud / EngageLab',
  kind: 'sending-service',
  reference: SC_EN,
  replies: [
    // 401: the platform's own list of addresses it does not send to (EngageLab, which runs on SendCloud, says "Invalid
    // Email-Blacklist").
    sc('blacklist', 'recipient-unknown', ['invalid mail - platform blacklist', 'invalid email-blacklist'],
      'Invalid Mail - Platform Blacklist (401)', { variant: SUPPRESSED, source: `${SC_EN}; ${EL}` }),
    sc('blacklist-zh', 'recipient-unknown', ['无效邮件-sendcloud黑名单中'], '无效邮件-SendCloud黑名单中 (401: SendCloud keeps the address from being sent to)', { source: SC_ZH, lang: 'zh', variant: SUPPRESSED }),
    // An unsubscribed recipient is the recipient's own choice not to receive the sender's mail (as SendGrid's "Unsubscribed
    // Address" is filed).
    sc('unsubscribed', 'recipient-policy', ['invalid mail - unsubscribe', 'invalid email-unsubscribe'],
      'Invalid Mail - Unsubscribe (402: the recipient unsubscribed; EngageLab: "Invalid Email-Unsubscribe")', { source: `${SC_EN}; ${EL}` }),
    sc('unsubscribed-zh', 'recipient-policy', ['无效邮件-取消订阅'], '无效邮件-取消订阅 (402: the recipient unsubscribed)', { source: SC_ZH, lang: 'zh' }),
    sc('server-unreachable-zh', 'network', ['无效邮件-服务器不可达'], '无效邮件-服务器不可达 (403: the receiving server could not be reached)', { source: SC_ZH, lang: 'zh' }),
    sc('address-format', 'message-format', ['invalid mail - address format error', 'invalid email-format error'],
      'Invalid Mail - Address Format Error (404; EngageLab: "Invalid Email-Format Error")', { source: `${SC_EN}; ${EL}` }),
    sc('ip-domain-rejected', 'reputation', ['invalid mail - ip/domain rejected', 'invalid email-ip rejection'],
      'Invalid Mail - IP/Domain Rejected (405: the receiver refused the sending IP or domain; EngageLab: "Invalid Email-IP Rejection")', { source: `${SC_EN}; ${EL}` }),
    sc('ip-domain-rejected-zh', 'reputation', ['无效邮件-ip、域名被拒', '软退信-ip、域名被拒'], '无效邮件-IP、域名被拒 (405; soft bounce 505: 软退信-IP、域名被拒)', { source: SC_ZH, lang: 'zh' }),
    sc('spam-zh', 'spam', ['无效邮件-垃圾邮件'], '无效邮件-垃圾邮件 (407: refused as spam)', { source: SC_ZH, lang: 'zh' }),
    sc('service-unreachable-zh', 'remote-error', ['软退信-服务不可达'], '软退信-服务不可达 (503, a soft bounce: the receiving service was unavailable)', { source: SC_ZH, lang: 'zh' }),
    accountLimit(sc('request-quota', 'rate-limit', ['request quota exceeded'], '40913 Request quota exceeded (the account\'s sending quota for the period is used up)', { source: SC_API })),
    sc('frequency-limited', 'rate-limit', ['interface frequency limited'], '50000 Interface frequency limited (too many API calls)', { source: SC_API }),
  ],
};

// ── SUBMAIL ─────────────────────────────────────────────────────────────────────────────────────────────────────────
const SUB = 'https://www.mysubmail.com/documents/smwHw2';
const sub = entry('submail', SUB);

export const SUBMAIL: KnowledgeSource = {
  id: 'submail',
  name: 'SUBMAIL (赛邮)',
  kind: 'sending-service',
  reference: SUB,
  replies: [
    sub('appkey-invalid', 'auth-required', ['appkey 无效'], 'appkey 无效 (109: the app key is invalid)', { lang: 'zh' }),
    sub('account-disabled', 'policy', ['此账户已被禁用'], '此账户已被禁用 (106: SUBMAIL has switched this sender\'s account off)', { lang: 'zh', variant: SERVICE_HOLD }),
    accountLimit(sub('daily-quota', 'rate-limit', ['你今日的发送配额已用尽', 'your quota has been filled for the day'],
      '你今日的发送配额已用尽 / Your quota has been filled for the day (901: today\'s sending quota is used up)', { lang: 'zh' })),
  ],
};

// ── NHN Cloud Email ─────────────────────────────────────────────────────────────────────────────────────────────────
const NHN = 'https://docs.nhncloud.com/en/Notification/Email/en/error-code/';
const nhn = entry('nhn-cloud-email', NHN);

export const NHN_CLOUD_EMAIL: KnowledgeSource = {
  id: 'nhn-cloud-email',
  name: 'NHN Cloud Email',
  kind: 'sending-service',
  reference: NHN,
  replies: [
    nhn('invalid-appkey', 'auth-required', ['invalid appkey.', 'invalid secretkey.', 'not exist appkey'], 'Invalid appKey. (-1000; also -1004 "Invalid secretKey.", -5003 "Not exist appkey.")'),
    nhn('sender-format', 'message-format', ['sender email format is wrong', 'receiver email format is wrong'], 'Sender Email Format is wrong. (-2010; -2011 "Receiver Email Format is wrong.")'),
    nhn('ad-title', 'content-policy', ['phrases must be placed in front of the title'],
      'For advertising mail, (광고), (AD), or (広告) phrases must be placed in front of the title. (-2023: Korea\'s rule for advertising mail)'),
    nhn('domain-protected', 'sender-rejected', ['was protected by another nhn cloud project'],
      'The {} was protected by another nhn cloud project. Please use it after verifying the sender domain. (-2050)', { variant: SENDER_UNVERIFIED }),
  ],
};

// ── Customers Mail Cloud (Japan) ────────────────────────────────────────────────────────────────────────────────────
// The bounce statuses of its API, in Japanese and in English.
const CMC = 'https://smtps.jp/docs/apiv2/te/bounces/index.html';
const CMC_EN = 'https://smtps.jp/docs-en/apiv2/te/bounces';
const cmc = entry('customers-mail-cloud', CMC);

export const CUSTOMERS_MAIL_CLOUD: KnowledgeSource = {
  id: 'customers-mail-cloud',
  name: 'Customers Mail Cloud',
  kind: 'sending-service',
  reference: CMC,
  replies: [
    cmc('host-unknown', 'recipient-domain', ['ホスト不明'], 'ホスト不明 (status 1: host unknown)', { lang: 'ja' }),
    cmc('user-unknown', 'recipient-unknown', ['ユーザ不明'], 'ユーザ不明 (status 2: user unknown)', { lang: 'ja' }),
    cmc('retry-timeout', 'delivery-timeout', ['再送タイムアウト', 'retransmission timeout'], '再送タイムアウト / Retransmission timeout (status 3)', { lang: 'ja' }),
    cmc('over-capacity', 'mailbox-full', ['容量オーバー'], '容量オーバー (status 5: the mailbox is over its capacity)', { lang: 'ja' }),
    cmc('server-error', 'remote-error', ['受信サーバエラー'], '受信サーバエラー / Receiving server error (status 7)', { lang: 'ja' }),
    cmc('size-over', 'message-size', ['サイズオーバー'], 'サイズオーバー (status 8: the message is too large)', { lang: 'ja' }),
    cmc('address-format', 'message-format', ['アドレス形式エラー'], 'アドレス形式エラー (status 9: the address is malformed)', { lang: 'ja' }),
    cmc('stopped-address', 'recipient-unknown', ['配信停止アドレス'], '配信停止アドレス (status 10: an address delivery was stopped to)', { lang: 'ja', variant: SUPPRESSED }),
    cmc('unsubscribed', 'recipient-policy', ['unsubscribed address'], 'Unsubscribed address (status 11: the recipient unsubscribed)', { source: CMC_EN }),
  ],
};

// ── Netcore Email / Pepipost (India) ────────────────────────────────────────────────────────────────────────────────
const NC_DROPS = 'https://emaildev.netcorecloud.com/migration-api/new-subpage/migration-webhooks';
const PP = 'Pepipost/docs responses.md';
const nc = entry('netcore-email', NC_DROPS);

export const NETCORE_EMAIL: KnowledgeSource = {
  id: 'netcore-email',
  name: 'Netcore Email / Pepipost',
  kind: 'sending-service',
  reference: NC_DROPS,
  replies: [
    // Its drops name several reasons (a hard bounce, an unsubscribe, a complaint, a manual entry): the service's policy,
    // as Klaviyo's "user suppressed" is filed, with the suppression's texts.
    nc('user-suppressed', 'policy', ['email dropped: user suppressed due to', 'email dropped: user added to suppression list', 'email dropped: user present in global blacklisting'],
      'Email dropped: User suppressed due to hard bounce (also "… due to unsubscription", "… due to abuse complaint", "User added to suppression list manually", "User present in global blacklisting")',
      { variant: SUPPRESSED }),
    nc('free-account-expired', 'policy', ['your free account has expired'], 'Your free account has expired.Hence failed (104)', { source: PP, variant: SERVICE_HOLD }),
    nc('invalid-from-domain', 'sender-rejected', ['invalid from domain'], 'Invalid From Domain (205: the From domain is not set up in the account)', { variant: SENDER_UNVERIFIED, source: PP }),
  ],
};

// ── Zoho Campaigns (email API), CM.com, Qboxmail, RedMao, Inxmail ───────────────────────────────────────────────────
const ZC = 'https://www.zoho.com/campaigns/help/emailapi/error-codes.html';
const zc = entry('zoho-campaigns', ZC);

export const ZOHO_CAMPAIGNS: KnowledgeSource = {
  id: 'zoho-campaigns',
  name: 'Zoho Campaigns (email API)',
  kind: 'sending-service',
  reference: ZC,
  replies: [
    zc('domain-not-authenticated', 'sender-rejected', ['please authenticate your domain before sending'], 'Sender domain not authenticated. Please authenticate your domain before sending. (400009)', { variant: SENDER_UNVERIFIED }),
    zc('bounce-cname', 'sender-rejected', ['cname not verified for bounce domain'], 'CNAME not verified for bounce domain. (400012)'),
    zc('license-expired', 'policy', ['your account license expired'], 'Your account license expired. (400015)', { variant: SERVICE_HOLD }),
    zc('trial-ended', 'policy', ['your trial period has ended'], 'Your trial period has ended (400026)', { variant: SERVICE_HOLD }),
  ],
};

const CM = 'https://developers.cm.com/messaging/docs/send-transactional-email-response-codes';
const cm = entry('cm-email', CM);

export const CM_EMAIL: KnowledgeSource = {
  id: 'cm-email',
  name: 'CM.com transactional email',
  kind: 'sending-service',
  reference: CM,
  replies: [cm('product-token', 'auth-required', ['product token is mandatory'], 'Product token is mandatory.')],
};

const QB = 'https://docs.qboxmail.com/en/email-delivery/management/sending-errors';
const qb = entry('qboxmail', QB);

export const QBOXMAIL: KnowledgeSource = {
  id: 'qboxmail',
  name: 'Qboxmail Email Delivery',
  kind: 'sending-service',
  reference: QB,
  replies: [
    qb('user-disabled', 'policy', [], 'err=usr_disabled (the sending user is disabled)', { token: 'usr_disabled', variant: SERVICE_HOLD }),
    qb('domain-not-allowed', 'sender-rejected', [], 'err=domain_not_allowed (the sender\'s domain may not send through the service)', { variant: SENDER_UNVERIFIED, token: 'domain_not_allowed' }),
    qb('relay-not-allowed', 'relay-denied', [], 'err=relay_not_allowed', { token: 'relay_not_allowed' }),
    qb('relay-domain-not-allowed', 'relay-denied', [], 'err=relay_domain_not_allowed', { token: 'relay_domain_not_allowed' }),
    qb('plan-expired', 'policy', [], 'err=plan_expired', { token: 'plan_expired', variant: SERVICE_HOLD }),
    accountLimit(qb('limit-reached', 'rate-limit', [], 'err=daily_limit_reached', { token: 'daily_limit_reached' })),
    accountLimit(qb('monthly-limit', 'rate-limit', [], 'err=monthly_limit_reached', { token: 'monthly_limit_reached' })),
    qb('yearly-limit', 'rate-limit', [], 'err=yearly_limit_reached', { token: 'yearly_limit_reached' }),
  ],
};

const RM = 'https://user.redmaomail.com/knowledgebaseview?id=21';
const rm = entry('redmao', RM);

export const REDMAO: KnowledgeSource = {
  id: 'redmao',
  name: 'RedMao Mail',
  kind: 'sending-service',
  reference: RM,
  replies: [
    accountLimit(rm('quota-reached', 'rate-limit', ['messages quota reached'], '550 Message was rejected, messages quota reached. Please retry later after recharge account')),
  ],
};

const INX = 'https://apidocs.inxmail.com/xpro/rest/v1/problems/blacklisted';
const inx = entry('inxmail', INX);

export const INXMAIL: KnowledgeSource = {
  id: 'inxmail',
  name: 'Inxmail Professional',
  kind: 'sending-service',
  reference: INX,
  replies: [
    inx('blacklisted', 'recipient-unknown', ['the given email address matches a blacklist entry'],
      'the given email address matches a blacklist entry (the recipient is on the account\'s own block list)', { variant: SUPPRESSED }),
  ],
};

export const SENDING_SERVICES_INTL: readonly KnowledgeSource[] = [
  SENDCLOUD,
  SUBMAIL,
  NHN_CLOUD_EMAIL,
  CUSTOMERS_MAIL_CLOUD,
  NETCORE_EMAIL,
  ZOHO_CAMPAIGNS,
  CM_EMAIL,
  QBOXMAIL,
  REDMAO,
  INXMAIL,
];
