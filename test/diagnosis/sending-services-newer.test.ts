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

const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];

describe("a sending service's documented answer, wrapped as a program reports it", () => {
  it.each([
    // Emailit's relay, in a Nodemailer error.
    ['Error: Message failed: 530 From/Sender domain is not verified for this workspace. From: shop@example.org', 'sender-rejected', 'emailit.domain-not-verified'],
    ['smtplib.SMTPDataError: (530, b"API key is restricted to sending domain: example.com. From/Sender address must use this domain. From: pat@example.org")', 'sender-rejected', 'emailit.key-restricted-to-domain'],
    ['Error: 550 Sending from this domain is paused', 'policy', 'emailit.domain-paused'],
    // Azure Communication Services, from its SDK's long-running operation.
    ['RestError: DomainNotLinked: The specified sender domain has not been linked.', 'sender-rejected', 'azure-acs-email.domain-not-linked'],
    ['Error: The long-running operation has failed. EmailDropped: Email was dropped after several attempts to deliver.', 'delivery-timeout', 'azure-acs-email.dropped-after-attempts'],
    // Oracle Cloud Infrastructure Email Delivery.
    ['javax.mail.SendFailedException: 552 Exceeds byte limit', 'message-size', 'oci-email.byte-limit'],
    ['535 Authorization failed: address pat@example.org not authorized', 'sender-rejected', 'oci-email.sender-not-approved'],
    ['Error: 455 Maximum messages sent per day reached : limit is 2000', 'rate-limit', 'oci-email.per-day-limit'],
    // Mailtrap, MailPace, AhaSend, Plunk.
    ['Error: Invalid login: 535 5.7.0 Monthly messages limit reached', 'rate-limit', 'mailtrap.monthly-limit'],
    ['{"error":"Verified domain does not match domain in From address of email"}', 'sender-rejected', 'mailpace.domain-mismatch'],
    ['Error: 556 Invalid account or domain', 'sender-rejected', 'ahasend.invalid-account-or-domain'],
    ['Error: Domain "example.org" is not verified. Please complete the DNS verification process in your domain settings.', 'sender-rejected', 'plunk.domain-not-verified'],
    // Yandex Cloud Postbox and Selectel.
    ['smtplib.SMTPSenderRefused: (550, b"5.4.1 identity not found", "noreply@example.org")', 'sender-rejected', 'yandex-postbox.identity-not-found'],
    ['Error: 501 from domain not trusted', 'sender-rejected', 'selectel-email.from-domain-not-trusted'],
    // Unisender's status codes as its API returns them.
    ['{"result":[{"email":"ann@dest.example","status":"err_mailbox_full"}]}', 'mailbox-full', 'unisender.mailbox-full'],
    ['{"error":"invalid_api_key","code":"invalid_api_key"}', 'auth-required', 'unisender.invalid-api-key'],
    // Amazon SES v2's send exceptions.
    ["botocore.errorfactory.SendingPausedException: An error occurred (SendingPausedException) when calling the SendEmail operation: The message can't be sent because the account's ability to send email is currently paused.", 'policy', 'amazon-sesv2.sending-paused'],
    // Mailgun, Brevo, MailerSend and SMTP2GO wordings.
    ['EmailError: Forbidden: Domain mg.example.org is not allowed to send: Account Terminated', 'policy', 'mailgun-account.account-terminated'],
    ['Sending has been rejected because the sender you used pat@example.org is not valid. Validate your sender or authenticate your domain', 'sender-rejected', 'brevo-api.sender-not-valid'],
    ['{"message":"The from.email domain must be verified in your account to send emails. #MS42207"}', 'sender-rejected', 'mailersend-api.domain-must-be-verified'],
    ['Error: 550 that IP address is not allowed to send', 'policy', 'smtp2go-account.account-not-allowed'],
    ["Postmark::InvalidMessageError: Invalid 'From' address: 'shop@example.org' is not a verified sender signature.", 'sender-rejected', 'postmark.300-not-verified-signature'],
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
