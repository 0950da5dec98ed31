/**
 * Sending services of cloud platforms, newer and regional sending services, and marketing platforms
 * (knowledge/sending-clouds.ts, sending-services-newer.ts, sending-services-regional.ts): each answer is diagnosed
 * from the service's documented words or code, as a program or a log prints it — and a service's own account being
 * paused, closed or unverified is the sender's side, never the recipient's mailbox.
 */
import { describe, expect, it } from 'vitest';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { readPastedText } from '../../lib/engine/read';
import { FORWARDING_SERVICES } from '../../lib/diagnosis/knowledge/forwarding-services';
import { SENDING_CLOUDS } from '../../lib/diagnosis/knowledge/sending-clouds';
import { SENDING_SERVICES_INTL } from '../../lib/diagnosis/knowledge/sending-services-intl';
import { SENDING_SERVICES_NEWER } from '../../lib/diagnosis/knowledge/sending-services-newer';
import { SENDING_SERVICES_REGIONAL } from '../../lib/diagnosis/knowledge/sending-services-regional';
import { documentedCategory } from '../helpers/documented';

const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];

describe("a sending service's documented answer, wrapped as a program reports it", () => {
  it.each([
    // Emailit's relay, in a Nodemailer error.
    ['Error: Message failed: 530 From/Sender domain is not verified for this workspace. From: shop@example.org', 'sender-rejected', 'service.sender-unverified'],
    ['smtplib.SMTPDataError: (530, b"API key is restricted to sending domain: example.com. From/Sender address must use this domain. From: pat@example.org")', 'sender-rejected', 'service.sender-unverified'],
    ['Error: 550 Sending from this domain is paused', 'policy', 'service.account-hold'],
    // Azure Communication Services, from its SDK's long-running operation.
    ['RestError: DomainNotLinked: The specified sender domain has not been linked.', 'sender-rejected', 'service.sender-unverified'],
    ['Error: The long-running operation has failed. EmailDropped: Email was dropped after several attempts to deliver.', 'delivery-timeout', 'azure-acs-email.dropped-after-attempts'],
    // Oracle Cloud Infrastructure Email Delivery.
    ['javax.mail.SendFailedException: 552 Exceeds byte limit', 'message-size', 'oci-email.byte-limit'],
    ['535 Authorization failed: address pat@example.org not authorized', 'sender-rejected', 'service.sender-unverified'],
    ['Error: 455 Maximum messages sent per day reached : limit is 2000', 'rate-limit', 'account.sending-limit'],
    // Mailtrap, MailPace, AhaSend, Plunk.
    ['Error: Invalid login: 535 5.7.0 Monthly messages limit reached', 'rate-limit', 'account.sending-limit'],
    ['{"error":"Verified domain does not match domain in From address of email"}', 'sender-rejected', 'service.sender-unverified'],
    ['Error: 556 Invalid account or domain', 'sender-rejected', 'service.sender-unverified'],
    ['Error: Domain "example.org" is not verified. Please complete the DNS verification process in your domain settings.', 'sender-rejected', 'service.sender-unverified'],
    // Yandex Cloud Postbox and Selectel.
    ['smtplib.SMTPSenderRefused: (550, b"5.4.1 identity not found", "noreply@example.org")', 'sender-rejected', 'service.sender-unverified'],
    ['Error: 501 from domain not trusted', 'sender-rejected', 'service.sender-unverified'],
    // Unisender's status codes as its API returns them.
    ['{"result":[{"email":"ann@dest.example","status":"err_mailbox_full"}]}', 'mailbox-full', 'unisender.mailbox-full'],
    ['{"error":"invalid_api_key","code":"invalid_api_key"}', 'auth-required', 'unisender.invalid-api-key'],
    // Amazon SES v2's send exceptions.
    ["botocore.errorfactory.SendingPausedException: An error occurred (SendingPausedException) when calling the SendEmail operation: The message can't be sent because the account's ability to send email is currently paused.", 'reputation', 'service.account-hold'],
    // Mailgun, Brevo, MailerSend and SMTP2GO wordings.
    ['EmailError: Forbidden: Domain mg.example.org is not allowed to send: Account Terminated', 'policy', 'service.account-hold'],
    ['Sending has been rejected because the sender you used pat@example.org is not valid. Validate your sender or authenticate your domain', 'sender-rejected', 'service.sender-unverified'],
    ['{"message":"The from.email domain must be verified in your account to send emails. #MS42207"}', 'sender-rejected', 'service.sender-unverified'],
    ['Error: 550 that IP address is not allowed to send', 'policy', 'service.account-hold'],
    ["Postmark::InvalidMessageError: Invalid 'From' address: 'shop@example.org' is not a verified sender signature.", 'sender-rejected', 'service.sender-unverified'],
  ])('%s → %s', (text, category, ruleId) => {
    const d = first(text);
    expect(d?.category).toBe(category);
    expect(d?.ruleId).toBe(ruleId);
  });
});

describe("a sending service's suppression is about the recipient's address, even on \"your account\"'s list", () => {
  it('Yandex Cloud Postbox: the account suppression list', () => {
    const d = first('Recipient is on your account suppression list');
    expect(d?.category).toBe('recipient-unknown');
    expect(d?.ruleId).toBe('recipient.suppressed');
  });
  it("the words about the sender's account still turn a refusal about an account to the sender otherwise", () => {
    expect(first('550 Your account has been suspended')?.category).not.toBe('mailbox-disabled');
  });
});

describe("services of Asia and Europe (knowledge/sending-services-intl.ts) and mail servers' own texts", () => {
  it.each([
    ['"subStatDesc": "无效邮件-SendCloud黑名单中"', 'recipient-unknown', 'recipient.suppressed'],
    ['"status": "405", "reason": "Invalid Mail - IP/Domain Rejected"', 'reputation', 'sendcloud.ip-domain-rejected'],
    ['{"status":"error","code":"901","msg":"你今日的发送配额已用尽。如需提高发送配额，请至 submail > 应用集成 >应用 页面开启更多发送配额"}', 'rate-limit', 'account.sending-limit'],
    ['{"header":{"resultCode":-2050,"resultMessage":"The example.org was protected by another nhn cloud project. Please use it after verifying the sender domain.","isSuccessful":false}}', 'sender-rejected', 'service.sender-unverified'],
    ['{"status":"error","code":"400009","message":"Sender domain not authenticated. Please authenticate your domain before sending."}', 'sender-rejected', 'service.sender-unverified'],
    ['Email dropped: User suppressed due to hard bounce', 'policy', 'recipient.suppressed'],
    ['550 5.7.1 Message rejected (err=daily_limit_reached)', 'rate-limit', 'account.sending-limit'],
    ['550 Message was rejected, messages quota reached. Please retry later after recharge account', 'rate-limit', 'account.sending-limit'],
    // Mail servers: Postal's suspended server (not a recipient's mailbox), Apache James' remote delivery, Mailu's
    // authentication rate limit, Cyrus' mailbox being moved.
    ['535 Mail server has been suspended', 'policy', 'service.account-hold'],
    ['There are no DNS entries for the hostname mx.dest.example.  I cannot determine where to send this message.', 'recipient-domain', 'james.no-dns-entries'],
    ['451 4.3.2 Temporary authentication failure (rate-limit)', 'rate-limit', 'mailu.auth-rate-limit'],
    ['<kim@dest.example>: host mail.dest.example[private/lmtp] said: 451 4.2.1 Mailbox Moved (in reply to RCPT TO command)', 'remote-error', 'cyrus.mailbox-moved'],
  ])('%s → %s', (text, category, ruleId) => {
    const d = first(text);
    expect(d?.category).toBe(category);
    expect(d?.ruleId).toBe(ruleId);
  });

  it('an unsubscribed recipient is their choice not to receive mail, as every table files it', () => {
    expect(first('"status": "402", "reason": "Invalid Mail - Unsubscribe"')?.category).toBe('recipient-policy');
    expect(first('Unsubscribed address')?.category).toBe('recipient-policy');
  });

  it('a mailbox or account suspended is still the recipient\'s; only a mail server suspended is not', () => {
    expect(first('550 The mail account kim@dest.example has been suspended')?.category).toBe('mailbox-disabled');
  });
});

describe('every entry of these tables reads as its table says, pasted as it is documented', () => {
  // (knowledge.test.ts holds all tables to 95%; these, written together, to every entry.)
  const tables = [...SENDING_CLOUDS, ...SENDING_SERVICES_NEWER, ...SENDING_SERVICES_REGIONAL, ...SENDING_SERVICES_INTL, ...FORWARDING_SERVICES];
  it.each(tables.flatMap((t) => t.replies.map((e) => [e.id, e] as const)))('%s', (_id, e) => {
    expect(documentedCategory(e)).toBe(e.category);
  });
});

describe("a sending service that stopped sending for the sender's account or domain says so (texts of its own)", () => {
  it.each([
    'Error: 550 Sending from this domain is paused',
    'EmailError: Forbidden: Domain mg.example.org is not allowed to send: Account Terminated',
    '{"errors":[{"code":10203,"message":"email.sending.error.email.sending_disabled"}]}',
    '{"code":"400015","message":"Your account license expired."}',
  ])('%s', (text) => {
    const d = first(text);
    expect(d?.ruleId).toBe('service.account-hold');
    // Not the receiving server's policy, nothing to ask the recipient, no address to remove.
    expect(d?.title).toMatch(/your sending service is not sending for your account or domain/);
    expect(d?.explanation).toMatch(/recipient's server was not asked/);
    expect(d?.whoActs).toMatch(/^You: ask your sending service/);
    expect(d?.suppress).toBe(false);
    expect(d?.confidence.level).not.toBe('high');
  });
});

describe("older tables' entries of the same kind have the same texts", () => {
  it.each([
    ['Postmark::InactiveRecipientError ErrorCode 413 Account May Not Send', 'policy'],
    ['botocore.errorfactory.AccountSendingPausedException: An error occurred (AccountSendingPausedException) when calling the SendRawEmail operation: Sending paused for this account.', 'reputation'],
    ['We have temporarily suspended your Marketing platform use because of your latest campaign results.', 'reputation'],
  ])('%s', (text, category) => {
    const d = first(text);
    expect([d?.category, d?.ruleId]).toEqual([category, 'service.account-hold']);
  });
});

describe('a sending service that refused an unverified From address or domain says so (texts of its own)', () => {
  it.each([
    ['554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: ann@shop.example', '554'],
    ['Error: 403 You are not authorized to send from that email address', '403'],
    ["Postmark::ApiInputError: Invalid 'From' address: 'ann@shop.example' is not a verified sender signature.", null],
    ['{"statusCode":403,"name":"validation_error","message":"The shop.example domain is not verified. Please, add and verify your domain on https://resend.com/domains"}', null],
  ])('%s', (text, code) => {
    const d = first(text);
    expect([d?.category, d?.ruleId]).toEqual(['sender-rejected', 'service.sender-unverified']);
    // The service refused, not the receiving server; the fix is in its console, not the sender's MX.
    expect(d?.title).toMatch(/^Not sent: your sending service has not verified the address or domain you sent from$/);
    expect(d?.explanation).toMatch(/recipient's server was not asked/);
    expect(d?.checklist.some((st) => /dig \+short MX/.test(st.command ?? ''))).toBe(false);
    expect(d?.whoActs).toMatch(/^You: verify the address or domain you send from/);
    // An API's HTTP 403 is a final refusal, not an SMTP deferral: no "this is a delay" lead.
    if (code === '403') expect([d?.permanent, d?.retry]).toEqual([true, 'fix-then-resend']);
    expect(d?.explanation).not.toMatch(/This is a delay/);
  });
  it("a receiving server's refusal of the sender address keeps the category's texts", () => {
    const d = first('553 5.7.1 <ann@shop.example>: Sender address rejected: not owned by user pat@shop.example');
    expect(d?.category).toBe('sender-rejected');
    expect(d?.ruleId).not.toBe('service.sender-unverified');
  });
});
