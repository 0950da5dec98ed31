/**
 * Hosting, ISP and mail providers of Japan, Korea, China / Taiwan and South-East Asia beyond russia-asia.ts,
 * regional.ts and localized-help.ts: the replies each documents on its own help / FAQ / manual page, one source each,
 * every entry citing its page. Where the reply text is English and only the explanation is Japanese or Chinese, the
 * entry carries no `lang`; the short English parenthetical after each text is the page's own explanation, translated.
 *
 * Found as documentation (each page readable only in part in the stored copies; what lies beyond that is not here):
 * - Alibaba Cloud Direct Mail (邮件推送, help.aliyun.com/document_detail/44499): its own return codes ("常见邮件推送退信
 *   代码"). Those whose wording aliyun (russia-asia.ts) already reads are left out: "557 The length of DATA content is
 *   achieved the maximum threshold", "554 Reject by content spam", "436 "MAIL FROM" doesn't conform with
 *   authentication [@sm060104]"; so is "535 Authentication failure." (generic).
 * - Coremail (the Chinese mail system behind many enterprise mailboxes): its "DebugInfo:SPF_REJECT", as a Coremail
 *   partner's FAQ explains it (Coremail's own page was not in the stored copies).
 * - Winmail Server (AMAX, China): its own reply to a client that did not log in, and its filter-rule bounce, from its
 *   FAQ and its "退信分析大全" (the latter read through a forum copy).
 * - JOTOP (jotop.com, Shenzhen mail hosting): "邮局常见报错信息", the four "554 Unwelcome connection rejected (n)".
 * - 智邦生活館 (url.com.tw, Taiwan): its help wiki's "信箱常見退信訊息", the two short replies of its own servers.
 * - SingNet (Singtel, Singapore): its e-mail FAQ quoting the outgoing gateway's anti-spam refusal.
 * - @nifty (Japan): "セカンドメールのエラーメッセージの意味" (faq.support.nifty.com/?p=4076): its POP-before-SMTP refusal.
 * - CyberSolutions MailGates (Japan, cloud mail filter): its FAQ on "550 sorry, we don't allow this mail.".
 * - Hitachi Groupmax Mail - SMTP (Japan, mail gateway): its manual's section 6.3 "エラーメール" (the subjects of the
 *   error mails it returns).
 *
 * Searched for and NOT found as documentation (no entry written): さくらのレンタルサーバ (help.sakura.ad.jp/rs/2265 and
 * "メール送信のエラーメッセージ" quote only generic texts — "User unknown", "Unknown user", "Invalid recipient", "Host
 * unknown", "Relaying Denied" — which it reads as the engine does, adding only that a recipient's strict reception
 * filter may answer "User unknown" too), Xserver (its FAQ names OP25B, SMTP AUTH and the
 * restriction of SMTP AUTH from abroad, no reply texts), Lolipop, ConoHa WING, KAGOYA (no help page with reply texts
 * found), BIGLOBE (only a glossary entry; its "number of messages … exceeded the local limit" stays unfound, see
 * documented-extra.ts), OCN (its error-mail page is a paste-in diagnosis form, no texts), So-net (its "Returned Mail"
 * page readable only up to the heading of its list of messages), au / KDDI, docomo and SoftBank (their SMTP replies —
 * "550 Invalid recipient", "553 … does not exist", "554 … Relay access denied" for a malformed address — are quoted only
 * as observed by a mailing vendor's blog, note.com/sendmagic; SoftBank's own pages name sending limits, not replies),
 * Yahoo! JAPAN (its help explains refused SMTP connections from open relays and dynamic IPs, no reply text readable),
 * Gmail's Japanese help (already in localized-help.ts), Naver, Daum / Kakao, Nate, Hanafos (replies such as "421 4.3.2
 * Your IP … is filtered … register your IP to http://realip.naver.com" and Daum's "CHIC / CCRT" codes appear only in
 * blogs; Naver's and Daum's spam-policy pages were not readable), Sina, Sohu (only blog copies), 263 企业邮箱 (only a
 * regional reseller's page; its "mail size limit exceeded" for a full mailbox contradicts the usual reading of those
 * words and is left out), HiNet (its English FAQ quotes no reply), Yahoo! 奇摩 (only copies), TM / Unifi (Malaysia: a
 * notice on port 25 blocking, no reply text), Tencent Exmail (already in russia-asia.ts).
 *
 * Read but left out: @nifty's "553 sorry, that domain isn't in my list of allowed rcpthosts(#5.7.1)", which its FAQ
 * reads as a mistyped domain, and Winmail's "553 sorry, your don't authenticate and the domain isn't in my list of
 * allowed rcpthosts(#5.7.1)", which its FAQ reads as a missing SMTP login — both carry qmail's words for a refused relay
 * (mta-others.ts), and a second reading of them would weaken that one; 智邦's "553 your mailserver's ip is
 * listed in blacklist … cbl.abuseat.org" (its explanation was not readable; blocklists.ts reads the CBL link); Groupmax's
 * "Recipients-Information" and "BilateralInformation" subjects (an error of the gateway's own configuration or
 * directory as much as of the message); Alibaba Mail's "554 Reject by behaviour spam … ANTISPAM_BAT[]: list on rbl
 * sites" (read through resellers only; aliyun's entry already reads the words).
 */
import { accountLimit, SUPPRESSED } from './entry';
import type { KnowledgeSource } from './types';

// --- Alibaba Cloud Direct Mail (邮件推送) -------------------------------------------------------------------------
// "邮件推送常见退信代码及处理方法": the codes Direct Mail itself returns when a request reaches it or when it gives up
// delivering. A recipient on its invalid-address list, or a honeypot address, is not tried at all: that is the sending
// service's own suppression (variant SUPPRESSED), not a fresh answer of the recipient's server. The page files 427 under
// "连接失败" (connection failed), adding that a missing MX record is the usual reason; 423/524/526 under "MX 解析查询失败".
const DIRECTMAIL = 'https://help.aliyun.com/document_detail/44499.html';

export const ALIYUN_DIRECTMAIL: KnowledgeSource = {
  id: 'aliyun-directmail',
  name: 'Alibaba Cloud Direct Mail (邮件推送)',
  kind: 'sending-service',
  reference: DIRECTMAIL,
  replies: [
    { id: 'aliyun-directmail.rcpts-over-size', category: 'rate-limit', phrases: ['number of rcpts is over size'], text: '556 The number of RCPTs is over size (邮件 RCPT 数量超限制: more recipient addresses in one message than the per-message limit allows)', source: DIRECTMAIL },
    { id: 'aliyun-directmail.invalid-rcptto', category: 'recipient-unknown', variant: SUPPRESSED, phrases: ['559 invalid rcptto'], text: '559 Invalid rcptto (收件人地址无效,命中无效地址库: the recipient address is on Direct Mail\'s list of invalid addresses; make sure the address really exists)', source: DIRECTMAIL },
    { id: 'aliyun-directmail.honeypot', category: 'recipient-unknown', variant: SUPPRESSED, phrases: ['honeypot rcptto'], text: '561 Honeypot rcptto [@out060104] (命中蜜罐邮箱: the recipient address is a known honeypot (trap) address; Direct Mail does not send to it)', source: DIRECTMAIL },
    { id: 'aliyun-directmail.mx-lookup', category: 'recipient-domain', phrases: ['host not found by dns resolve', 'no data by dns resolve'], text: '524 Host not found by dns resolve / 526 No data by dns resolve / 423 Dns resolve error (收信域名 MX 解析查询失败: the MX lookup of the recipient domain failed; the recipient should check the domain\'s MX record)', source: DIRECTMAIL },
    { id: 'aliyun-directmail.unreachable-host', category: 'network', phrases: ['socks connect to unreachable host'], text: '427 Socks Connect to UNREACHABLE host (连接失败 — 目标主机不可到达,通常是接收域名的邮件解析(MX)记录不存在: connection failed: the target host cannot be reached, usually because the recipient domain has no MX record)', source: DIRECTMAIL },
    accountLimit({ id: 'aliyun-directmail.sending-quota', category: 'rate-limit', phrases: ['monthly sending quota exceeded', 'not enough sending quota'], text: '552 Monthly sending quota exceeded / 552 Daily sending quota exceeded / 552 Not enough sending quota (发信额度超出限制: the account\'s sending quota is used up)', source: DIRECTMAIL }),
    { id: 'aliyun-directmail.main-account-unavailable', category: 'sender-rejected', phrases: ['main account unavailable'], text: '551 Main account unavailable (当前账户处于限制外发或其他非正常发送状态: the sending account is barred from sending out or otherwise not in a normal sending state; see the console overview)', source: DIRECTMAIL },
  ],
};

// --- Coremail -----------------------------------------------------------------------------------------------------
// Coremail's rejections carry a "DebugInfo:<code>" naming the check that refused the message. A Coremail partner's FAQ
// (hezoon.cn, "常见问题 > DNS解析") explains SPF_REJECT; the code names Coremail's SPF check alone, so it is a token.
const COREMAIL = 'https://www.coremail.cn/ (Coremail DebugInfo code; via https://hezoon.cn/compro/detail/23/305/530.html, a Coremail partner\'s FAQ)';

export const COREMAIL_SOURCE: KnowledgeSource = {
  id: 'coremail',
  name: 'Coremail mail system',
  kind: 'mta',
  reference: COREMAIL,
  replies: [
    { id: 'coremail.spf-reject', category: 'spf', token: 'SPF_REJECT', text: 'DebugInfo:SPF_REJECT (由于spf的原因: the sending IP is not in the range the sender domain\'s SPF record declares, so the message was suspected of forging its sender and the server rejected it)', source: COREMAIL },
  ],
};

// --- Winmail Server (AMAX, China) ---------------------------------------------------------------------------------
// Its FAQ quotes the refusal of its own SMTP service to a client that sends, without logging in, to another domain (a
// missing SMTP login, not an open-relay question, so it voids the relay reading of "not allowed relay"); its NDR guide
// quotes the bounce its own filter rules give.
const WINMAIL_FAQ = 'https://winmail.cn/faq_setup.php';
const WINMAIL_NDR = 'https://www.winmail.cn/ndr/ (via https://www.tengxunqiyeyou.com/forum/forum.php?extra=page%3D2&mod=viewthread&tid=993, a copy of the guide)';

export const WINMAIL: KnowledgeSource = {
  id: 'winmail',
  name: 'Winmail Server (AMAX)',
  kind: 'mta',
  reference: 'https://www.winmail.cn/ndr/',
  replies: [
    { id: 'winmail.auth-relay', category: 'auth-required', voids: ['relay-denied'], phrases: ["you don't authenticate or the domain"], text: "553 you don't authenticate or the domain is not allowed relay. #ER (a message for an address outside the server's own domains, sent without SMTP authentication)", source: WINMAIL_FAQ },
    { id: 'winmail.filter-rule', category: 'policy', phrases: ['matches up to the filter rule'], text: 'delivery failure: the message matches up to the filter rule(level: system, name:xxx) (对方对接受的邮件作了限制: the receiving side set up filter rules — on the sender\'s name or address, the subject, the body or the attachments — and the message matched one)', source: WINMAIL_NDR },
  ],
};

// --- JOTOP (jotop.com, Shenzhen) -----------------------------------------------------------------------------------
// "邮局常见报错信息": the four connection refusals of its mail system, told apart only by the number in brackets, so each
// phrase keeps it. (4) is its filter of outgoing spam by the connecting IP: the IP's sending, not one message.
const JOTOP = 'http://www.jotop.com/help/emailapply/emailapply_show_10820.html';

export const JOTOP_SOURCE: KnowledgeSource = {
  id: 'jotop',
  name: 'JOTOP hosted mail (jotop.com, Shenzhen)',
  kind: 'mailbox-provider',
  reference: JOTOP,
  replies: [
    { id: 'jotop.not-allowed-ip', category: 'policy', phrases: ['unwelcome connection rejected (1)'], text: '554 Unwelcome connection rejected (1) (启用了限定服务设置后,不在被允许范围内的IP接时: the server takes connections only from the IP addresses it is set to allow, and the connecting IP is not among them)', source: JOTOP },
    { id: 'jotop.deny-list', category: 'ip-blocklist', phrases: ['unwelcome connection rejected (2)'], text: '554 Unwelcome connection rejected (2) (被加入系统拒绝服务的黑名单: the connecting IP is on the system\'s own deny list)', source: JOTOP },
    { id: 'jotop.connection-attack', category: 'rate-limit', phrases: ['unwelcome connection rejected (3)'], text: '554 Unwelcome connection rejected (3) (被连接攻击保护功能所拒绝: refused by the protection against connection floods)', source: JOTOP },
    { id: 'jotop.outgoing-spam-ip', category: 'reputation', phrases: ['unwelcome connection rejected (4)'], text: '554 Unwelcome connection rejected (4) (被按照接入IP地址分类的外发垃圾邮件自动过滤功能所拒绝: refused by the automatic outbound filter, which judges by the connecting IP address)', source: JOTOP },
  ],
};

// --- 智邦生活館 (url.com.tw, Taiwan) -------------------------------------------------------------------------------
// "信箱常見退信訊息" on its help wiki: besides other servers' replies it explains two short ones. Its reading of "550 no
// spam mail." is a sending rate, not a verdict on the content, so that entry voids the spam reading the words suggest;
// "550 illegal sender." it reads as "perhaps blacklisted, or suspended" (hedged).
const URL_TW = 'http://help.url.com.tw/index.php/%E4%BF%A1%E7%AE%B1%E5%B8%B8%E8%A6%8B%E9%80%80%E4%BF%A1%E8%A8%8A%E6%81%AF';

export const URL_TW_SOURCE: KnowledgeSource = {
  id: 'url-tw',
  name: '智邦生活館 (url.com.tw, Taiwan)',
  kind: 'mailbox-provider',
  reference: URL_TW,
  replies: [
    { id: 'url-tw.illegal-sender', category: 'sender-rejected', hedged: true, phrases: ['550 illegal sender'], text: '550 illegal sender. (寄件人被拒絕,可能是黑名單,或被停權: the sender is refused, perhaps because it is on a blacklist or its account is suspended)', source: URL_TW },
    { id: 'url-tw.no-spam-mail', category: 'rate-limit', voids: ['spam'], phrases: ['550 no spam mail'], text: '550 no spam mail. (信件寄送太頻繁: messages are being sent too frequently)', source: URL_TW },
  ],
};

// --- SingNet (Singtel, Singapore) ----------------------------------------------------------------------------------
// E-mail FAQ, "Outgoing Anti-Spam Enhancement": every outgoing message of a SingNet user is scanned at its gateway, and
// one detected as potential spam is refused at once with this message (to keep SingNet's servers off blocklists).
const SINGNET = 'http://www.singnet.com.sg/technical/email/faq.htm';

export const SINGNET_SOURCE: KnowledgeSource = {
  id: 'singnet',
  name: 'SingNet (Singtel)',
  kind: 'mailbox-provider',
  reference: SINGNET,
  replies: [
    { id: 'singnet.outgoing-potential-spam', category: 'spam', phrases: ['identified by singnet as a potential spam'], text: 'Your email has been identified by SingNet as a potential spam. Your email was not sent. (all outgoing mail of SingNet users is scanned at its email gateway; a message detected as potential spam is rejected at once — refrain from advertising, phishing or unsolicited content)', source: SINGNET },
  ],
};

// --- @nifty (Japan) ------------------------------------------------------------------------------------------------
// "セカンドメールのエラーメッセージの意味を教えてほしい": the SMTP replies of its submission servers. The rest of the
// table is qmail's own wording, read in mta-others.ts (one row read differently is left out above); this one is the
// POP-before-SMTP refusal: the client must first check mail (POP/APOP) to be allowed to send.
const NIFTY = 'https://faq.support.nifty.com/?p=4076';

export const NIFTY_SOURCE: KnowledgeSource = {
  id: 'nifty',
  name: '@nifty (Japan)',
  kind: 'mailbox-provider',
  reference: NIFTY,
  replies: [
    { id: 'nifty.pop-before-smtp', category: 'auth-required', phrases: ['you must get pop/apop authorization'], text: 'sorry, you must get POP/APOP authorization. (POPによる認証がされていない場合のメッセージ: the sender has not authenticated by POP; before sending over SMTP it must authenticate with POP/APOP, i.e. check for new mail first)', source: NIFTY },
  ],
};

// --- CyberSolutions MailGates (Japan, cloud mail filter) -----------------------------------------------------------
// Support FAQ: the reply MailGates gives when a message fails DMARC — SPF and DKIM both failed and the sender domain
// publishes p=reject. (The fix it names is on the receiving side: allow the envelope sender, or turn DMARC off.)
const MAILGATES = 'https://cloud-sup.cybersolutions.co.jp/hc/ja/articles/360039226551-%E3%83%A1%E3%83%BC%E3%83%AB%E3%82%92%E5%8F%97%E4%BF%A1%E3%81%A7%E3%81%8D%E3%81%AA%E3%81%84-550-sorry-we-don-t-allow-this-mail';

export const MAILGATES_SOURCE: KnowledgeSource = {
  id: 'mailgates',
  name: 'CyberSolutions MailGates (Japan)',
  kind: 'filter',
  reference: MAILGATES,
  replies: [
    { id: 'mailgates.dmarc-reject', category: 'dmarc', phrases: ["sorry, we don't allow this mail"], text: "550 sorry, we don't allow this mail. (DMARC認証に失敗したことを示します: the message failed DMARC — SPF and DKIM both failed and the sender domain's DMARC policy is reject)", source: MAILGATES },
  ],
};

// --- Hitachi Groupmax Mail - SMTP (Japan, mail gateway) -----------------------------------------------------------
// Manual, 6.3 "エラーメール": when Mail - SMTP cannot take a message handed over by Sendmail it returns an error mail
// whose subject names the cause. The subjects keep the manual's spelling ("failer", "Delivary", "Conte-Type"), which
// makes them distinctive; "smtp_gw conversion fail" is its catch-all and says only that the gateway could not take it.
const GROUPMAX = 'https://itpfdoc.hitachi.co.jp/manuals/3000/3000347460/c347460.epub (Groupmax Mail - SMTP, 6.3 エラーメール)';

export const GROUPMAX_SOURCE: KnowledgeSource = {
  id: 'groupmax',
  name: 'Hitachi Groupmax Mail - SMTP',
  kind: 'mta',
  reference: GROUPMAX,
  replies: [
    { id: 'groupmax.messageid', category: 'message-format', phrases: ['messageid is not available'], text: 'Conversion failer : MessageId is not available. (MessageIDが不正な場合: the Message-ID is invalid)', source: GROUPMAX },
    { id: 'groupmax.partial', category: 'content-policy', phrases: ['conte-type is not available'], text: 'Conversion failer : Conte-Type is not available. (分割メールを受信拒否している場合: split (message/partial) mail is refused)', source: GROUPMAX },
    { id: 'groupmax.originator', category: 'sender-rejected', phrases: ['originatorname is not available'], text: 'Conversion failure : OriginatorName is not available. (送信者情報が不正な場合: the sender information is invalid)', source: GROUPMAX },
    { id: 'groupmax.mailbody', category: 'message-format', phrases: ['rfc822 mailbody format error'], text: 'Conversion failure : RFC822 MailBody Format Error. (メール内容が不正な場合: the message content is malformed)', source: GROUPMAX },
    { id: 'groupmax.no-such-user', category: 'recipient-unknown', phrases: ['delivary report(failer)'], text: 'Delivary Report(Failer) (Mail - SMTPでマッピングしたユーザがGroupmax Address Serverに登録されていない場合: the user the address maps to is not registered in the Groupmax Address Server)', source: GROUPMAX },
    { id: 'groupmax.conversion-fail', category: 'remote-error', symptom: true, phrases: ['smtp_gw conversion fail'], text: 'Returned mail: smtp_gw conversion fail. (その他,メールの受信ができない場合: any other case in which the gateway cannot take the message)', source: GROUPMAX },
  ],
};

export const HOSTING_ASIA: readonly KnowledgeSource[] = [
  ALIYUN_DIRECTMAIL,
  COREMAIL_SOURCE,
  WINMAIL,
  JOTOP_SOURCE,
  URL_TW_SOURCE,
  SINGNET_SOURCE,
  NIFTY_SOURCE,
  MAILGATES_SOURCE,
  GROUPMAX_SOURCE,
];
