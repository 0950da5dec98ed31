/**
 * Mailbox providers in Russia and Asia: the replies their inbound servers send, as their help / postmaster pages
 * document them (Yandex, Mail.ru, QQ / Tencent, NetEase 163/126, Aliyun, NTT docomo, au / KDDI). Chinese and Japanese
 * texts keep their language. Where only a secondary copy of the provider's page could be read, the entry cites the
 * provider's page and names the copy with "(via …)".
 *
 * Not found as documentation (so left out): Rambler, Sina, Naver / Daum, SoftBank, Yahoo! JAPAN, BIGLOBE, So-net;
 * Mail.ru's own error list (only its "spam message rejected" article was readable, through a copy).
 */
import { SENDER_LOGIN_MISMATCH } from './entry';
import type { KnowledgeSource } from './types';

// --- Yandex -------------------------------------------------------------------------------------------------------
const YANDEX = 'https://yandex.com/support/mail/bounces/yandex.html';
const YANDEX_SPAM = 'https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html';
const YANDEX_POLICY = 'https://yandex.com/support/mail/bounces/yandex/policy-rejection-on-the-target-address.html';
const YANDEX_FULL = 'https://yandex.com/support/mail/bounces/yandex/mailbox-size-limit-exceeded.html';
const YANDEX_OTHER = 'https://yandex.com/support/mail/bounces/other.html';

export const YANDEX_SOURCE: KnowledgeSource = {
  id: 'yandex',
  name: 'Yandex Mail',
  kind: 'mailbox-provider',
  reference: YANDEX,
  replies: [
    { id: 'yandex.no-such-user', category: 'recipient-unknown', phrases: ['no such user', 'no correct recipients', 'bad address mailbox syntax'], text: 'Bad recipient address syntax / Bad address mailbox syntax / No correct recipients / No such user / Recipient address rejected: need fully-qualified address — the email was sent to a non-existing address', source: YANDEX },
    { id: 'yandex.suspicion-of-spam', category: 'spam', phrases: ['rejected under suspicion of spam'], text: 'Message rejected under suspicion of SPAM — the contents of your message was recognized by Yandex.Mail as spam', source: YANDEX_SPAM },
    { id: 'yandex.spam-statistics', category: 'reputation', phrases: ['blocked by spam statistics'], text: 'If only spam is coming from your mailbox, the Yandex mail server blocks receipt of messages from it for 24 hours; the report then contains "Client host [<IP_host>] blocked using; see…" or "Blocked by spam statistics — see…"', source: YANDEX_SPAM },
    { id: 'yandex.policy-rejection', category: 'mailbox-disabled', phrases: ['policy rejection on the target address'], text: "Policy rejection on the target address — the recipient's account has been blocked because of User Agreement violations", source: YANDEX_POLICY },
    { id: 'yandex.mailbox-size', category: 'mailbox-full', phrases: ['mailbox size exceeded', 'mailbox size limit exceeded'], text: "Mailbox size exceeded / Mailbox size limit exceeded — the recipient's mailbox is full and cannot accept your message", source: YANDEX_FULL },
  ],
};

/** Yandex's help page for replies from other servers: generic phrases with the meaning Yandex gives them. */
export const YANDEX_OTHER_SOURCE: KnowledgeSource = {
  id: 'yandex-other',
  name: 'Yandex help: replies from other mail servers',
  kind: 'mailbox-provider',
  reference: YANDEX_OTHER,
  replies: [
    { id: 'yandex-other.nonexistent', category: 'recipient-unknown', phrases: ['bad destination mailbox address', 'invalid mailbox', 'invalid recipient', 'no such user here', 'user not found', 'user unknown', 'the email account that you tried to reach does not exist'], text: 'Bad destination mailbox address / Bad destination mailbox address syntax / Invalid arguments - possible version mismatch / Invalid mailbox / Invalid recipient / Mailbox unavailable / No such user here / The email account that you tried to reach does not exist / User not found / User unknown — the email was sent to a non-existing address', source: YANDEX_OTHER },
    { id: 'yandex-other.nonexistent-domain', category: 'recipient-domain', phrases: ['dns: no such domain', 'host or domain name not found', 'unrouteable address', 'bad destination system address'], text: 'Bad destination system address / DNS: no such domain / Host or domain name not found / Unrouteable address — the email was sent to a non-existing address', source: YANDEX_OTHER },
    { id: 'yandex-other.spam', category: 'spam', phrases: ['rejected as spam by content filtering', 'message looks like spam to me', 'rejected under suspicion of spam'], text: "Message rejected as spam by Content Filtering / Message rejected under suspicion of SPAM / Sorry, message looks like SPAM to me — the recipient's email server considers these messages spam", source: YANDEX_OTHER },
    { id: 'yandex-other.spf', category: 'spf', status: '5.7.1', phrases: ['spf check failed', 'is not authorized to send in the name of'], text: '550 5.7.1 SPF check failed: IP_host is not authorized to send in the name of domain_name. (in reply to RCPT TO command)', source: YANDEX_OTHER },
    { id: 'yandex-other.full', category: 'mailbox-full', phrases: ['account is full', 'disk quota exceeded'], text: "Account is full / Error writing message: Disk quota exceeded / … — the recipient's mailbox is full", source: YANDEX_OTHER },
  ],
};

// --- Mail.ru ------------------------------------------------------------------------------------------------------
const MAILRU_SPAM = 'https://help.mail.ru/notspam-support';

export const MAILRU: KnowledgeSource = {
  id: 'mail.ru',
  name: 'Mail.ru',
  kind: 'mailbox-provider',
  reference: MAILRU_SPAM,
  replies: [
    // The article: to resume sending, file a request through the link in the error, or copy "Error code" and the
    // message ID from it; the original is the message Mail.ru's anti-spam filters marked as spam.
    { id: 'mail.ru.spam-rejected', category: 'spam', phrases: ['spam message rejected'], text: '550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=… (Error code, ID)', source: MAILRU_SPAM + ' (via https://errorsmaster.ru/oshibka-550-spam-message-rejected)' },
  ],
};

// --- QQ Mail / Tencent Exmail ------------------------------------------------------------------------------------------
const QQ = 'https://service.mail.qq.com/detail/122';
const QQ_VIA = ' (via sisimai/p5-sisimai lib/Sisimai/Rhost/Tencent.pm)';
const QQ_HELP = 'https://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022';
const QQ_HELP_VIA = ' (via https://qqmailbox.com/transceivers/169.html)';

export const QQ_SOURCE: KnowledgeSource = {
  id: 'qq',
  name: 'QQ Mail / Tencent Exmail',
  kind: 'mailbox-provider',
  reference: QQ,
  replies: [
    // The submission server takes mail only from the address of the account that logged in (QQ Mail, 163 and 263 alike,
    // as the programs that work around it describe it).
    { id: 'qq.from-not-login', category: 'sender-rejected', variant: SENDER_LOGIN_MISMATCH, phrases: ['mail from address must be same as authorization user'], text: '501 mail from address must be same as authorization user', source: 'bg4hkq/odoo-fixmailfrom __manifest__.py (QQ Mail, 163 and 263: the sender must be the logged-in account); osbzr/gooderp_extra mail_server_smtp_user/__manifest__.py (QQ Mail: the sending address and the account must be the same)' },
    { id: 'qq.spf', category: 'spf', phrases: ['spf check failed'], text: 'SPF check failed', source: 'https://service.mail.qq.com/detail/122/72' + QQ_VIA },
    { id: 'qq.dmarc', category: 'dmarc', phrases: ['dmarc check failed'], text: 'DMARC check failed', source: QQ + QQ_VIA },
    { id: 'qq.bounce-attacks', category: 'reputation', phrases: ['suspected bounce attacks'], text: 'Suspected bounce attacks', source: 'https://service.mail.qq.com/detail/122/57' + QQ_VIA },
    { id: 'qq.spam-ip', category: 'reputation', phrases: ['suspected spam ip'], text: 'Suspected spam ip', source: 'https://service.mail.qq.com/detail/122/66' + QQ_VIA },
    { id: 'qq.too-large', category: 'message-size', phrases: ['message too large'], text: 'Message too large', source: 'https://service.mail.qq.com/detail/122/168' + QQ_VIA },
    { id: 'qq.suspected-spam', category: 'spam', phrases: ['suspected spam'], text: 'Suspected spam', source: 'https://service.mail.qq.com/detail/122/71' + QQ_VIA },
    { id: 'qq.rejected-by-recipients', category: 'recipient-policy', phrases: ['mail is rejected by recipients'], text: 'Mail is rejected by recipients', source: 'https://service.mail.qq.com/detail/122/92' + QQ_VIA },
    { id: 'qq.spam-embedded', category: 'spam', phrases: ['spam is embedded in the email'], text: 'Spam is embedded in the email', source: 'https://service.mail.qq.com/detail/122/59' + QQ_VIA },
    { id: 'qq.content-denied', category: 'spam', phrases: ['mail content denied'], text: '550 Mail content denied', source: 'https://service.mail.qq.com/detail/122/171' + QQ_VIA },
    { id: 'qq.unavailable-or-denied', category: 'rate-limit', phrases: ['mailbox unavailable or access denied'], text: 'Mailbox unavailable or access denied', source: 'https://service.mail.qq.com/detail/122/166' + QQ_VIA },
    { id: 'qq.deactivated', category: 'mailbox-disabled', phrases: ['is a deactivated mailbox'], text: '<address> is a deactivated mailbox', source: 'http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000742' + QQ_VIA },
    { id: 'qq.bad-address-syntax', category: 'recipient-unknown', phrases: ['bad address syntax'], text: '501 Bad address syntax', source: 'https://service.mail.qq.com/detail/122/167' + QQ_VIA },
    { id: 'qq.ip-frequency', category: 'rate-limit', phrases: ['ip frequency limited'], text: 'Ip frequency limited (该服务器IP的发信频率大幅度超过腾讯企业邮箱限制: per-minute, per-hour and per-day limits for one IP)', source: 'https://service.mail.qq.com/detail/122/172' + QQ_VIA },
    { id: 'qq.domain-frequency', category: 'rate-limit', phrases: ['domain frequency limited'], text: 'Domain frequency limited', source: 'https://service.mail.qq.com/detail/122/173' + QQ_VIA },
    { id: 'qq.sender-frequency', category: 'rate-limit', phrases: ['sender frequency limited'], text: 'Sender frequency limited', source: 'https://service.mail.qq.com/detail/122/174' + QQ_VIA },
    { id: 'qq.connection-frequency', category: 'rate-limit', phrases: ['connection frequency limited'], text: 'Connection frequency limited', source: 'https://service.mail.qq.com/detail/122/175' + QQ_VIA },
    { id: 'qq.mailbox-not-found', category: 'recipient-unknown', phrases: ['mailbox not found'], text: '550 Mailbox not found', source: 'https://service.mail.qq.com/detail/122/169' + QQ_VIA },
    // QQ Mail's own bounce notices (the keywords its help page lists for reading a returned message).
    { id: 'qq.user-not-exist-zh', category: 'recipient-unknown', lang: 'zh', phrases: ['该用户不存在'], text: '该用户不存在', source: QQ_HELP + QQ_HELP_VIA },
    { id: 'qq.no-qqmail-zh', category: 'recipient-unknown', lang: 'zh', phrases: ['该用户未开通qq邮箱'], text: '该用户未开通QQ邮箱', source: QQ_HELP + QQ_HELP_VIA },
    { id: 'qq.space-zh', category: 'mailbox-full', lang: 'zh', phrases: ['收件人空间不足'], text: '收件人空间不足', source: QQ_HELP + QQ_HELP_VIA },
  ],
};

// --- NetEase (163.com, 126.com, yeah.net) ------------------------------------------------------------------------------
// NetEase's list of reply codes (企业退信代码说明), the "<class>:<reason>" tokens its MX servers append. Read from copies.
const NETEASE = 'https://help.mail.163.com/';
const NE = NETEASE + ' (via https://biecuoliao.com/pa/MBRrwEM.html and other copies of NetEase\'s code list)';

export const NETEASE_SOURCE: KnowledgeSource = {
  id: 'netease',
  name: 'NetEase Mail (163.com, 126.com, yeah.net)',
  kind: 'mailbox-provider',
  reference: NETEASE,
  replies: [
    { id: 'netease.hl-rep', category: 'reputation', token: 'HL:REP', text: '421 HL:REP 该IP发送行为异常，存在接收者大量不存在情况，被临时禁止连接。', source: NE },
    { id: 'netease.hl-icc', category: 'rate-limit', token: 'HL:ICC', text: '421 HL:ICC 该IP同时并发连接数过大，超过了网易的限制，被临时禁止连接。', source: NE },
    { id: 'netease.hl-ifc', category: 'rate-limit', token: 'HL:IFC', text: '421 HL:IFC 该IP短期内发送了大量信件，超过了网易的限制，被临时禁止连接。', source: NE },
    { id: 'netease.hl-mep', category: 'reputation', token: 'HL:MEP', text: '421 HL:MEP 该IP发送行为异常，存在大量伪造发送域域名行为，被临时禁止连接。', source: NE },
    { id: 'netease.mi-cel', category: 'protocol', token: 'MI:CEL', text: '450 MI:CEL 发送方出现过多的错误指令。请检查发信程序；', source: NE },
    { id: 'netease.mi-dmc', category: 'rate-limit', token: 'MI:DMC', text: '450/451 MI:DMC 当前连接发送的邮件数量超出限制。请减少每次连接中投递的邮件数量；', source: NE },
    { id: 'netease.mi-ccl', category: 'protocol', token: 'MI:CCL', text: '450 MI:CCL 发送方发送超出正常的指令数量。请检查发信程序；', source: NE },
    { id: 'netease.rp-drc', category: 'rate-limit', token: 'RP:DRC', text: '450 RP:DRC 当前连接发送的收件人数量超出限制。请控制每次连接投递的邮件数量；', source: NE },
    { id: 'netease.rp-ccl', category: 'protocol', token: 'RP:CCL', text: '450 RP:CCL 发送方发送超出正常的指令数量。请检查发信程序；', source: NE },
    { id: 'netease.dt-rbl', category: 'ip-blocklist', token: 'DT:RBL', text: '450 DT:RBL 发信IP位于一个或多个RBL里。', source: NE },
    { id: 'netease.wm-bli', category: 'ip-blocklist', token: 'WM:BLI', text: '450 WM:BLI 该IP不在网易允许的发送地址列表里；', source: NE },
    { id: 'netease.wm-blu', category: 'sender-rejected', token: 'WM:BLU', text: '450 WM:BLU 此用户不在网易允许的发信用户列表里；', source: NE },
    { id: 'netease.dt-spm', category: 'spam', token: 'DT:SPM', text: '451 DT:SPM ,please try again 邮件正文带有垃圾邮件特征或发送环境缺乏规范性，被临时拒收 / 550 DT:SPM 邮件正文带有很多垃圾邮件特征或发送环境缺乏规范性 / 554 DT:SPM 发送的邮件内容包含了未被许可的信息，或被系统识别为垃圾邮件', source: NE },
    { id: 'netease.fail-auth', category: 'auth-required', phrases: ['too much fail authentication'], text: '451 Requested mail action not taken: too much fail authentication 登录失败次数过多，被临时禁止登录。', source: NE },
    { id: 'netease.rp-cel', category: 'protocol', token: 'RP:CEL', text: '451 RP:CEL 发送方出现过多的错误指令。请检查发信程序；', source: NE },
    { id: 'netease.mi-sfq', category: 'rate-limit', token: 'MI:SFQ', text: '451 MI:SFQ 发信人在15分钟内的发信数量超过限制，请控制发信频率；', source: NE },
    { id: 'netease.rp-qrc', category: 'rate-limit', token: 'RP:QRC', text: '451 RP:QRC 发信方短期内累计的收件人数量超过限制，该发件人被临时禁止发信。', source: NE },
    { id: 'netease.bad-syntax', category: 'protocol', phrases: ['error: bad syntax'], text: '500 Error: bad syntax 发送的smtp命令语法有误；', source: NE },
    { id: 'netease.mi-nhd', category: 'protocol', token: 'MI:NHD', text: '550 MI:NHD HELO命令不允许为空；', source: NE },
    { id: 'netease.mi-imf', category: 'sender-rejected', token: 'MI:IMF', text: '550 MI:IMF 发信人电子邮件地址不合规范。', source: NE },
    { id: 'netease.mi-spf', category: 'spf', token: 'MI:SPF', text: '550 MI:SPF 发信IP未被发送域的SPF许可。', source: NE },
    { id: 'netease.mi-dma', category: 'dmarc', token: 'MI:DMA', text: '550 MI:DMA 该邮件未被发信域的DMARC许可。', source: NE },
    { id: 'netease.mi-stc', category: 'rate-limit', token: 'MI:STC', text: '550 MI:STC 发件人当天的连接数量超出了限定数量，当天不再接受该发件人的邮件 / 554 MI:STC 发件人当天内累计邮件数量超过限制', source: NE },
    { id: 'netease.rp-frl', category: 'relay-denied', token: 'RP:FRL', text: '550 RP:FRL 网易邮箱不开放匿名转发（Open relay）；', source: NE },
    { id: 'netease.rp-rcl', category: 'rate-limit', token: 'RP:RCL', text: '550 RP:RCL 群发收件人数量超过了限额，请减少每封邮件的收件人数量；', source: NE },
    { id: 'netease.rp-trc', category: 'rate-limit', token: 'RP:TRC', text: '550 RP:TRC 发件人当天内累计的收件人数量超过限制，当天不再接受该发件人的邮件。', source: NE },
    { id: 'netease.invalid-user', category: 'recipient-unknown', phrases: ['550 invalid user'], text: '550 Invalid User 请求的用户不存在；', source: NE },
    { id: 'netease.user-in-blacklist', category: 'sender-rejected', phrases: ['user in blacklist'], text: '550 User in blacklist 该用户不被允许给网易用户发信；', source: NE },
    { id: 'netease.user-suspended', category: 'mailbox-disabled', phrases: ['user suspended'], text: '550 User suspended 请求的用户处于禁用或者冻结状态；', source: NE },
    { id: 'netease.too-much-recipient', category: 'rate-limit', phrases: ['too much recipient'], text: '550 Requested mail action not taken: too much recipient 群发数量超过了限额；', source: NE },
    { id: 'netease.illegal-attachment', category: 'content-policy', phrases: ['illegal attachment'], text: '552 Illegal Attachment 不允许发送该类型的附件，包括以.uu .pif .scr .mim .hqx .bhx .cmd .vbs .bat .com .vbe .vb .js .wsh等结尾的附件；', source: NE },
    { id: 'netease.mailsize', category: 'message-size', phrases: ['exceeded mailsize limit'], text: '552 Requested mail action aborted: exceeded mailsize limit 发送的信件大小超过了网易邮箱允许接收的最大限制；', source: NE },
    { id: 'netease.null-sender', category: 'sender-rejected', phrases: ['null sender is not allowed'], text: '553 Requested action not taken: NULL sender is not allowed 不允许发件人为空，请使用真实发件人发送；', source: NE },
    { id: 'netease.local-user-only', category: 'sender-rejected', phrases: ['local user only'], text: '553 Requested action not taken: Local user only SMTP类型的机器只允许发信人是本站用户；', source: NE, variant: SENDER_LOGIN_MISMATCH },
    { id: 'netease.no-smtp-mx-only', category: 'auth-required', phrases: ['no smtp mx only'], text: '553 Requested action not taken: no smtp MX only MX类型的机器不允许发信人是本站用户；', source: NE },
    { id: 'netease.auth-required', category: 'auth-required', phrases: ['553 authentication is required'], text: '553 authentication is required SMTP需要身份验证，请检查客户端设置；', source: NE },
    { id: 'netease.dt-sum', category: 'sender-rejected', token: 'DT:SUM', text: '554 DT:SUM 信封发件人和信头发件人不匹配；', source: NE },
    { id: 'netease.auth-error-limit', category: 'auth-required', phrases: ['smtp auth error limit exceed'], text: '554 IP is rejected, smtp auth error limit exceed 该IP验证失败次数过多，被临时禁止连接。', source: NE },
    { id: 'netease.hl-ihu', category: 'reputation', token: 'HL:IHU', text: '554 HL:IHU 发信IP因发送垃圾邮件或存在异常的连接行为，被暂时挂起。', source: NE },
    { id: 'netease.hl-ipb', category: 'ip-blocklist', token: 'HL:IPB', text: '554 HL:IPB 该IP不在网易允许的发送地址列表里；', source: NE },
    { id: 'netease.mi-spb', category: 'sender-rejected', token: 'MI:SPB', text: '554 MI:SPB 此用户不在网易允许的发信用户列表里；', source: NE },
    { id: 'netease.ip-in-blacklist', category: 'ip-blocklist', phrases: ['ip in blacklist'], text: '554 IP in blacklist 该IP不在网易允许的发送地址列表里。', source: NE },
  ],
};

// --- Aliyun (Alibaba Mail) ------------------------------------------------------------------------------------------
const ALIYUN = 'https://help.aliyun.com/document_detail/36612.html';
const ALIYUN_VIA = ALIYUN + ' (via http://bestwisewords.com/document_detail/36612.html, a mirror)';
const ALIYUN_SMTP = 'https://help.aliyun.com/ (阿里云企业邮箱 SMTP/MTA 退信错误; via http://www.brandomproductions.com/index.php/Products/detail/cid/39/pid/87.html)';

export const ALIYUN_SOURCE: KnowledgeSource = {
  id: 'aliyun',
  name: 'Alibaba Mail / Aliyun enterprise mail',
  kind: 'mailbox-provider',
  reference: ALIYUN,
  replies: [
    { id: 'aliyun.local-spam-engine', category: 'spam', phrases: ['spamed by local spam engine'], text: 'spamed by local spam engine — 该邮件被反垃圾邮件系统判断为具备垃圾邮件特征拒绝投递', source: ALIYUN_VIA },
    { id: 'aliyun.mailfrom-local', category: 'auth-required', phrases: ['mailfrom account is a local account'], text: '502 Mailfrom account is a local account (a local sender must send through the Aliyun submission server)', source: ALIYUN_VIA },
    { id: 'aliyun.rcptto-not-local', category: 'recipient-unknown', phrases: ["rcptto account isn't a local account"], text: "503 Rcptto account isn't a local account (recipient mistyped, or no longer hosted on Alibaba Mail)", source: ALIYUN_VIA },
    { id: 'aliyun.rcpt-attempts', category: 'rate-limit', phrases: ['number of rcpt attempts is achieved the maximum threshold'], text: '504 the number of RCPT attempts is achieved the maximum threshold (发件数量已超过上限)', source: ALIYUN_VIA },
    { id: 'aliyun.rcpt-total', category: 'rate-limit', phrases: ['total of rcpts is achieved the maximum threshold'], text: '505 the total of RCPTs is achieved the maximum threshold (发信频率已超过限制)', source: ALIYUN_VIA },
    { id: 'aliyun.data-length', category: 'message-size', phrases: ['length of data content is achieved the maximum threshold'], text: '510 The length of DATA content is achieved the maximum threshold', source: ALIYUN_VIA },
    { id: 'aliyun.attach-length', category: 'message-size', phrases: ['length of attach is achieved the maximum threshold'], text: '510 The length of Attach is achieved the maximum threshold', source: ALIYUN_VIA },
    { id: 'aliyun.attach-count', category: 'message-size', phrases: ['number of attachments is achieved the maximum threshold'], text: '510 The number of attachments is achieved the maximum threshold', source: ALIYUN_VIA },
    { id: 'aliyun.rcpt-not-exist', category: 'recipient-unknown', phrases: ["dosn't exist"], text: "554 RCPT (account) dosn't exist 收件人不存在", source: ALIYUN_SMTP },
    { id: 'aliyun.mailbox-full', category: 'mailbox-full', phrases: ['552 mailbox is full'], text: '552 mailbox is full 收件人邮箱满了', source: ALIYUN_SMTP },
    { id: 'aliyun.virus', category: 'virus', phrases: ['virus infected mail rejected'], text: '551 virus infected mail rejected 邮件被检测到含有病毒', source: ALIYUN_SMTP },
    { id: 'aliyun.not-allowed-send', category: 'sender-rejected', phrases: ["this account isn't allowed to send email"], text: "541 This account isn't allowed to send email 发件人不允许发送邮件", source: ALIYUN_SMTP },
    { id: 'aliyun.not-allowed-receive', category: 'mailbox-disabled', phrases: ["this account isn't allowed to receive email"], text: "542 This account isn't allowed to receive email 收件人不允许接收邮件", source: ALIYUN_SMTP },
    { id: 'aliyun.behaviour-spam', category: 'reputation', phrases: ['reject by behaviour spam'], text: '554 Reject by behaviour spam 发信行为被反垃圾拦截 / 454 Transient reject by behaviour spam 发信被反垃圾临时拦截', source: ALIYUN_SMTP },
    { id: 'aliyun.content-spam', category: 'spam', phrases: ['reject by content spam'], text: '554 Reject by content spam 邮件内容被反垃圾判为垃圾邮件，被拒', source: ALIYUN_SMTP },
    { id: 'aliyun.from-auth-mismatch', category: 'sender-rejected', phrases: ["doesn't conform with authentication"], text: "440 mail from account doesn't conform with authentication 发件人账号和认证账号必须一样", source: ALIYUN_SMTP },
  ],
};

// --- Japan: NTT docomo, au (KDDI) ---------------------------------------------------------------------------------
const DOCOMO_NOTICE = 'https://www.nttdocomo.co.jp/service/imode_mail/notice/';
const NTTCOM_FAQ = 'https://support.ntt.com/mail/faq/detail/pid2300000e64';
const DOCOMO_VIA = 'https://www.docomo.ne.jp/service/docomo_mail/smtp_notice/ (via sisimai/p5-sisimai lib/Sisimai/Rhost/NTTDOCOMO.pm)';

export const DOCOMO: KnowledgeSource = {
  id: 'docomo',
  name: 'NTT docomo (docomo.ne.jp)',
  kind: 'mailbox-provider',
  reference: DOCOMO_NOTICE,
  replies: [
    // NTT Communications (OCN) documents the docomo reply "550 Unknown user <address>" (送信できなかった宛先は
    // [Unknown user]の直後に記載) and names two causes: a wrong or changed address, or the recipient's reception refusal
    // settings against spam (迷惑メール対策として受信拒否設定). Sisimai reads it after DATA as the filter. Two documented
    // causes, one reading: hedged (never high), and the SMTP step decides between them (score.ts stage.after-data).
    { id: 'docomo.unknown-user', category: 'recipient-unknown', phrases: ['550 unknown user'], text: '550 Unknown user user2@docomo.ne.jp', source: NTTCOM_FAQ, hedged: true },
    // 「本文を改行せず記載されたメール」を送信すると「Line Too Long」というエラーが表示される場合がございます。
    { id: 'docomo.line-too-long', category: 'message-format', phrases: ['line too long'], text: 'Line Too Long (a body line was not wrapped)', source: DOCOMO_NOTICE },
    // docomo answers "552 Too much mail data" for a full mailbox; everywhere else the words are RFC 5321's for a message
    // too large (standards.ts). docomo's meaning is its provider rule's (providers/japan.ts), which holds where docomo answered.
    { id: 'docomo.too-many-recipients', category: 'rate-limit', phrases: ['552 too many recipients'], text: '552 Too many recipients', source: DOCOMO_VIA },
  ],
};

const AU_SPEC = 'https://www.au.com/mobile/service/attention/specification/';
const AU_VIA = AU_SPEC + ' (via sisimai/p5-sisimai lib/Sisimai/Rhost/KDDI.pm)';

export const KDDI: KnowledgeSource = {
  id: 'kddi',
  name: 'au (KDDI) (au.com, ezweb.ne.jp)',
  kind: 'mailbox-provider',
  reference: AU_SPEC,
  replies: [
    // au: an address that no longer exists is answered with SMTP 550 during the transaction; an existing address that
    // cannot receive for some reason may instead be accepted and bounced later as an NDR.
    { id: 'kddi.user-unknown', category: 'recipient-unknown', status: '5.1.1', phrases: ['>: user unknown'], text: '550 <address>: User unknown (auメールサーバに既に存在しないメールアドレスを受信した場合などの応答は、SMTPコード550番による応答)', source: AU_VIA },
    { id: 'kddi.filtered', category: 'recipient-policy', phrases: ['550 : user unknown'], text: '550 : User unknown (no address in the reply: the recipient\'s reception filter refused the message)', source: AU_VIA },
  ],
};

export const RUSSIA_ASIA: readonly KnowledgeSource[] = [
  YANDEX_SOURCE,
  YANDEX_OTHER_SOURCE,
  MAILRU,
  QQ_SOURCE,
  NETEASE_SOURCE,
  ALIYUN_SOURCE,
  DOCOMO,
  KDDI,
];
