/**
 * Korean mail providers: the bounce / rejection texts they document on their OWN help, postmaster or docs pages
 * (researched by a helper, 2026-12-03, reviewed by the lead). Notices in Korean as their recipients published them
 * (Naver Mail's and Dooray!'s fixed reason sentences, Gmail's Korean notice) are in notices-asia.ts.
 *
 * Only one Korean provider page in the stored corpora gives texts a sender actually sees: NAVER Cloud Platform's
 * Cloud Outbound Mailer guide (a Naver sending service, not the naver.com mailbox), which documents the delivery
 * result codes and messages its console/API reports for a failed recipient. Those are below. Everything else searched
 * for was not found on an official page and is deliberately NOT included:
 *
 * - Naver Mail (naver.com): no help.naver.com / policy.naver.com (rules/spamcheck.html) / mail.naver.com bulk-sender
 *   guide page is stored. Naver's own SMTP error-reply list (said to have gained DKIM/DMARC lines on 2024-07-19) is
 *   only mentioned by a third-party blog; the 수신확인 status labels ('수신차단', '발송 실패', '읽지 않음') and the
 *   reasons a message does not arrive (메일함 용량 초과, 수신차단 목록, 스팸 자동분류) appear only on third-party blogs
 *   and a kin.naver.com Q&A answer. "421 4.3.2 Your IP(...) is filtered ... register your IP to realip.naver.com"
 *   appears only on third-party blogs. Nothing quoted.
 * - Daum / Kakao Mail (hanmail.net, daum.net): Daum's MX replies with four/five-letter codes ("550 5.1.1 RUSR ...: No
 *   such user", "MUSR", "5.2.1 DDENY ... The receiver denied your mail", "5.7.1 RDENY", "5.2.1 RBLK ... Mailbox is
 *   blocked", "450 4.7.1 MMCNT ... Your IP address has sent too many mails", "553 5.1.7 MADDR ... Invalid mail address",
 *   "421 4.4.1 CHIC ... Network is busy", "421 4.4.5 CCRT ... Connection refused. Server is busy(RT)", "554 5.7.1
 *   DAS51 ...: Your mail is blocked automatically by anti-spam system. (E06)") were found only on third-party blogs
 *   (oliveit.tistory.com, auctionpro.co.kr) and a third-party repository; Daum's own list (mail.daum.net/policy) is
 *   not stored, so none is used. cs.kakao.com (Kakao Mail help, English) only says why sending fails (wrong address,
 *   full inbox, temporary traffic), that mail from blocked addresses/domains "is returned to the sender", that the
 *   returned mail has the subject "Returned mail: see transcript for details" (generic sendmail subject, no meaning of
 *   its own) and that mail is limited to 30 MB: no reply text. hanmail-notice.daum.net's "[미확인 발송자]" is a
 *   warning label shown to the RECIPIENT when SPF does not match, not a bounce: not used.
 * - Nate (nate.com): a 2014 notice (mail3.nate.com) says mail to accounts idle 90 days "발송자에게 휴면 상태임을 알리며
 *   반송됩니다", but does not quote the notice: not used.
 * - Hosting / ISP / groupware help: Gabia / Hiworks manuals (customer.gabia.com), Cafe24 help (the bulk-mail failure
 *   reason is the receiving server's reply, no list of its own), Whois/ndesk (notice: 50 recipients in 5 minutes locks
 *   the account, no reply text), KT/olleh, Daouoffice, Mailplug, NAVER WORKS (help.worksmobile.com): no documented
 *   bounce or rejection text found.
 * - Cloud Outbound Mailer, not used: the "Connection reset" result message (its explanation is cut off in the stored
 *   copy); the Gmail SPF/DKIM/DMARC requirement (the page says the attempt is "flagged as a failure" but gives no text);
 *   MAILBOX_ERROR ("recipient mailbox error": no narrower meaning) and SMTP_ERROR ("SMTP error on the recipient side":
 *   no meaning of its own; both tokens are also generic identifiers elsewhere).
 */
import type { KnowledgeSource } from './types';
import { SUPPRESSED } from './entry';

// --- NAVER Cloud Platform: Cloud Outbound Mailer (Naver's sending service) ------------------------------------------
// Troubleshooting page: delivery result code + delivery result message shown for a failed recipient.
const NCLOUD_TROUBLESHOOT = 'https://guide.ncloud-docs.com/docs/en/cloudoutboundmailer-troubleshoot-mail';
// Send block list page: "The following delivery result codes are classified as hard bounces" (code | description);
// two stored versions word the descriptions "Sending failed due to …" and "Delivery failure due to …".
const NCLOUD_SENDBLOCK = 'https://guide.ncloud-docs.com/docs/en/cloudoutboundmailer-use-sendblock';

export const NCLOUD_OUTBOUND_MAILER: KnowledgeSource = {
  id: 'ncloud-mailer',
  name: 'NAVER Cloud Platform Cloud Outbound Mailer delivery result codes',
  kind: 'sending-service',
  reference: NCLOUD_SENDBLOCK,
  replies: [
    // Cause per the page: no MX record for the receiving domain / no connectable mail server, or an MX exists but all
    // connection tests failed; "it is difficult for NAVER Cloud Platform to determine the exact cause" (hence hedged).
    { id: 'ncloud-mailer.nonexistent-domain', category: 'recipient-domain', token: 'NONEXISTENT_DOMAIN_ADDRESS', phrases: ['recipient domain does not exist'], text: 'Delivery result code "NONEXISTENT_DOMAIN_ADDRESS", delivery result message "Recipient domain does not exist"', source: NCLOUD_TROUBLESHOOT, hedged: true },
    // Hard bounce; the page's example of a hard bounce is sending to an address that does not exist.
    { id: 'ncloud-mailer.recipient-address-error', category: 'recipient-unknown', token: 'RECIPIENT_ADDRESS_ERROR', phrases: ['failed due to recipient address error', 'due to a recipient address error'], text: 'RECIPIENT_ADDRESS_ERROR: Sending failed due to recipient address error. (also: Delivery failure due to a recipient address error)', source: NCLOUD_SENDBLOCK },
    { id: 'ncloud-mailer.receive-mail-service-error', category: 'remote-error', token: 'RECEIVE_MAIL_SERVICE_ERROR', phrases: ['failed due to recipient mail service error', "due to a recipient's mail service error"], text: "RECEIVE_MAIL_SERVICE_ERROR: Sending failed due to recipient mail service error. (also: Delivery failure due to a recipient's mail service error)", source: NCLOUD_SENDBLOCK },
    { id: 'ncloud-mailer.security-and-policy-error', category: 'policy', token: 'SECURITY_AND_POLICY_ERROR', phrases: ['failed due to security and policy error', 'due to security and policy errors'], text: 'SECURITY_AND_POLICY_ERROR: Sending failed due to security and policy error. (also: Delivery failure due to security and policy errors)', source: NCLOUD_SENDBLOCK },
    // "Mail content error" does not say whether spam, policy or format: content-policy, hedged.
    { id: 'ncloud-mailer.mail-contents-error', category: 'content-policy', token: 'MAIL_CONTENTS_ERROR', phrases: ['failed due to mail content error', 'due to a mail content error'], text: 'MAIL_CONTENTS_ERROR: Sending failed due to mail content error. (also: Delivery failure due to a mail content error)', source: NCLOUD_SENDBLOCK, hedged: true },
    // NETWORK_ERROR is too generic an identifier to be a token; the description identifies it.
    { id: 'ncloud-mailer.network-error', category: 'network', phrases: ['sending failed due to network error', 'delivery failure due to a network error'], text: 'NETWORK_ERROR: Sending failed due to network error. (also: Delivery failure due to a network error)', source: NCLOUD_SENDBLOCK },
    // Not sent at all: the address is on the service's send block list because it hard-bounced (any code above) within
    // the hold time (7 days by default). A suppression, not proof the address is gone.
    { id: 'ncloud-mailer.send-block-address', category: 'policy', token: 'SEND_BLOCK_ADDRESS', text: 'If you attempt to send an email to an address registered in the send block list, the email delivery is blocked with the result code SEND_BLOCK_ADDRESS.', source: NCLOUD_SENDBLOCK, variant: SUPPRESSED },
  ],
};
