/**
 * Sending services' HTTP API errors (knowledge/sending-apis.ts), pasted as a program reports them: each is diagnosed
 * from the service's documented message or identifier, however it is wrapped (JSON body, exception, log line).
 */
import { describe, expect, it } from 'vitest';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { readPastedText } from '../../lib/engine/read';

const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];

describe("a sending service's API error", () => {
  it.each([
    // SendGrid v3: the API key.
    ['python_http_client.exceptions.UnauthorizedError: HTTP Error 401: {"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked","field":null,"help":null}]}', 'auth-required'],
    // Microsoft Graph sendMail: the mailbox sent as.
    ['ErrorSendAsDenied: The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account.', 'sender-rejected'],
    // Amazon SES (bulk destination status): the account shut down for its sending.
    ['"Status": "AccountSuspended", "Error": "The account has been shut down because of issues related to your email sending."', 'reputation'],
    // Amazon SES: credentials allowed to send, but not as this identity.
    ["MessageRejected: Access denied: User `arn:aws:iam::123456789012:user/app' is not authorized to perform `ses:SendRawEmail' on resource `arn:aws:ses:us-east-1:123456789012:identity/shop.example'", 'sender-rejected'],
    // Mandrill: the API key.
    ['Mandrill_Invalid_Key: Invalid API key', 'auth-required'],
    // SparkPost: the message generation's hourly limit.
    ['SparkPostError: {"errors":[{"message":"Exceed Sending Limit (hourly)","code":"2101"}]}', 'rate-limit'],
  ])('%s → %s', (text, category) => {
    const d = first(text);
    expect(d?.category).toBe(category);
    // Read as the failure it is, not "not a bounce".
    // (An account the service shut down is said with the texts of a service that stopped sending for the sender, an
    // account over its sending limit with those of that limit.)
    expect(d?.ruleId).toMatch(/-api\.|microsoft-graph|amazon-ses-send-api|service\.account-hold|account\.sending-limit/);
  });
});

describe("a documented field of a service's answer, in the notation the program printed it in", () => {
  // Mandrill's reject_reason "unsigned" (the sending domain is not set up) and "spam" (the recipient complained).
  it.each([
    ['[{"email":"ann@dest.example","status":"rejected","_id":"0c1","reject_reason":"unsigned"}]', 'service.sender-unverified'],
    ["[ { email: 'ann@dest.example', status: 'rejected', _id: '0c1', reject_reason: 'unsigned' } ]", 'service.sender-unverified'],
    ["{'email': 'ann@dest.example', 'status': 'rejected', 'reject_reason': 'unsigned'}", 'service.sender-unverified'],
    ['[0] => Array ( [email] => ann@dest.example [status] => rejected [_id] => 0c1 [reject_reason] => unsigned )', 'service.sender-unverified'],
    ['{:email=>"ann@dest.example", :status=>"rejected", :reject_reason=>"unsigned"}', 'service.sender-unverified'],
    ['status=rejected reject_reason=spam email=ann@dest.example', 'mandrill-reject.spam'],
  ])('%s', (text, ruleId) => expect(first(text)?.ruleId).toBe(ruleId));

  it('is the whole value, not the start of another one, nor the same word under another field', () => {
    expect(first('{"status": "rejected", "reject_reason": "unsigned-extra"}')?.ruleId).not.toBe('mandrill.unsigned');
    expect(first('{"status": "rejected", "my_reject_reason": "unsigned"}')?.ruleId).not.toBe('mandrill.unsigned');
    expect(first('{"status": "rejected", "note": "unsigned"}')?.ruleId).not.toBe('mandrill.unsigned');
  });
});

describe("Amazon SES's bounce subtypes that name one cause", () => {
  it.each([
    ['{"notificationType":"Bounce","bounce":{"bounceType":"Transient","bounceSubType":"MailboxFull","bouncedRecipients":[{"emailAddress":"kim@dest.example"}]}}', 'mailbox-full'],
    ['Bounce type: Transient, subtype: MessageTooLarge (kim@dest.example)', 'message-size'],
    ['"bounceType": "Transient", "bounceSubType": "ContentRejected"', 'content-policy'],
    ['Transient / AttachmentRejected', 'content-policy'],
  ])('%s → %s', (text, category) => expect(first(text)?.category).toBe(category));
});

describe("Amazon SES's paused account", () => {
  it('is read (no longer "not a bounce") as the account paused for its sending, at most medium: the owner may have paused it', () => {
    const d = first('MessageRejected: Sending paused for this account. For more information, please check the inbox of the email address associated with your AWS account.');
    expect(d?.category).toBe('reputation');
    expect(d?.confidence.level).not.toBe('high');
  });
});

describe("Tencent Cloud SES's error codes, from its API or quoted by its SMTP service", () => {
  it.each([
    ['554 5.0.0 Error: transaction failed, blame it on the weather: ##SES-response-json:{"Response":{"RequestId":"0c1","QcloudError":{"Error":{"Code":"FailedOperation.NotAuthenticatedSender"}}}}', 'sender-rejected'],
    ['[TencentCloudSDKException] code:FailedOperation.ExceedSendLimit message:The number of emails exceeds the daily sending limit. requestId:0c1', 'rate-limit'],
    ['{"Response":{"Error":{"Code":"FailedOperation.HighRejectionRate","Message":"..."},"RequestId":"0c1"}}', 'reputation'],
  ])('%s → %s', (text, category) => {
    const d = first(text);
    expect(d?.category).toBe(category);
    // (An unverified sender and an account over its sending limit have texts of their own, whichever service says it.)
    expect(d?.ruleId).toMatch(category === 'sender-rejected' ? /^service\.sender-unverified$/ : category === 'rate-limit' ? /^account\.sending-limit$/ : /^tencent-ses\./);
    expect(d?.evidence.some((e) => /FailedOperation\./.test(e.text))).toBe(true);
  });

  it('is the whole code, not a longer one that starts with it', () => {
    expect(first('554 Error: FailedOperation.ExceedSendLimitX')?.ruleId ?? '').not.toMatch(/^tencent-ses\./);
  });
});

describe("Salesforce's daily email limits and email log, as sendEmail() and its log report them", () => {
  it.each([
    ['System.EmailException: SendEmail failed. First exception on row 0; first error: SINGLE_EMAIL_LIMIT_EXCEEDED, Email limit exceeded: []', 'salesforce-api.single-email-limit'],
    ['SINGLE_EMAIL_LIMIT_EXCEEDED', 'salesforce-api.single-email-limit'],
    ['Flow error: The daily limit for the org would be exceeded by this request.', 'salesforce-api.org-daily-limit'],
    ['Apex script unhandled exception: SendEmail failed. First exception on row 0; first error: MASS_MAIL_LIMIT_EXCEEDED, Failed to send email: []', 'salesforce-api.mass-mail-limit'],
  ])('%s → rate-limit', (text, entry) => {
    const d = first(text);
    expect(d?.category).toBe('rate-limit');
    // (The organization's daily limit is told with an account's sending limit's texts: wait for it, then send again.)
    expect(d?.ruleId).toBe('account.sending-limit');
    expect(d?.alternative?.ruleId ?? '').not.toBe(entry);
  });
  it("reads its email log's 'no MXs for this domain could be reached' as the connection to the recipient's servers", () => {
    expect(first('Email log: no MXs for this domain could be reached at this time')?.category).toBe('network');
  });
});

describe("JMAP's EmailSubmission/set errors (RFC 8621 §7.5), as a client prints the server's answer", () => {
  it.each([
    ['"notCreated":{"k1":{"description":"User not permitted to send with this from address","type":"forbiddenFrom"}}', 'sender-rejected', 'jmap-submission.forbidden-from'],
    ['JMAP error: tooManyRecipients (the envelope has more recipients than allowed)', 'rate-limit', 'jmap-submission.too-many-recipients'],
    ['EmailSubmission/set failed: {"type":"forbiddenToSend"}', 'policy', 'jmap-submission.forbidden-to-send'],
  ])('%s → %s', (text, category, ruleId) => {
    const d = first(text);
    expect([d?.category, d?.ruleId]).toEqual([category, ruleId]);
  });
  it('is the whole type name, not a longer word that starts with it', () => {
    expect(first('550 forbiddenFromAddressX')?.ruleId ?? '').not.toMatch(/^jmap-submission\./);
  });
});
