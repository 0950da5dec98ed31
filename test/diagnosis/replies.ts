/**
 * Real-world replies, collected from provider documentation and public reports (the source is named per group).
 * Each: the reply as a bounce quotes it, the remote host when the bounce names one, and what it must be diagnosed as.
 * Addresses and IPs are replaced with documentation values.
 */
import type { Category } from '../../lib/diagnosis/types';

export interface ReplyCase {
  reply: string;
  category: Category;
  provider: string | null;
  remoteHost?: string;
  recipient?: string;
}

export const REPLIES: ReplyCase[] = [
  // Google — https://support.google.com/a/answer/3726730 and sender guidelines https://support.google.com/mail/answer/81126
  { reply: "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser a1si123 - gsmtp", category: 'recipient-unknown', provider: 'google' },
  { reply: '550-5.2.1 The email account that you tried to reach is inactive. For more information, go to https://support.google.com/mail/?p=DisabledUser a1si123 - gsmtp', category: 'mailbox-disabled', provider: 'google' },
  { reply: "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp a1si123 - gsmtp", category: 'mailbox-full', provider: 'google' },
  { reply: "552-5.2.2 The recipient's inbox is out of storage space and inbound mail cannot be delivered. https://support.google.com/mail/?p=OverQuotaPerm a1si123 - gsmtp", category: 'mailbox-full', provider: 'google' },
  { reply: '450-4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. https://support.google.com/mail/?p=ReceivingRatePerm a1si123 - gsmtp', category: 'rate-limit', provider: 'google' },
  { reply: "552-5.2.3 Your message exceeded Google's message size limits. https://support.google.com/mail/?p=MaxSizeError a1si123 - gsmtp", category: 'message-size', provider: 'google' },
  { reply: "550-5.7.26 Unauthenticated email from shop.example is not accepted due to domain's DMARC policy. Please contact the administrator of shop.example domain if this was a legitimate mail. https://support.google.com/mail/answer/2451690 a1si123 - gsmtp", category: 'dmarc', provider: 'google' },
  { reply: '550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [shop.example] with ip: [203.0.113.5] = did not pass - gsmtp', category: 'unauthenticated', provider: 'google' },
  { reply: '421-4.7.27 Your email has been rate limited because SPF authentication didn\'t pass for this message. Gmail requires all bulk email senders to authenticate with SPF. - gsmtp', category: 'spf', provider: 'google' },
  { reply: '550-5.7.30 Your email has been blocked because DKIM authentication didn\'t pass for this message. - gsmtp', category: 'dkim', provider: 'google' },
  { reply: "550-5.7.32 Your email has been blocked because the sender isn't aligned with the From: header. - gsmtp", category: 'dmarc', provider: 'google' },
  { reply: '421-4.7.23 The sending IP address for this message doesn\'t have a PTR record, or the PTR record\'s forward DNS entry doesn\'t match the sending IP address. - gsmtp', category: 'ptr', provider: 'google' },
  { reply: '550-5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. - gsmtp', category: 'ptr', provider: 'google' },
  { reply: '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. - gsmtp', category: 'reputation', provider: 'google' },
  { reply: '550-5.7.1 [203.0.113.5] Gmail has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. - gsmtp', category: 'spam', provider: 'google' },
  { reply: '550-5.7.1 [203.0.113.5] Our system has detected that this message is likely suspicious due to the very low reputation of the sending IP address. - gsmtp', category: 'reputation', provider: 'google' },
  { reply: "550-5.7.1 [203.0.113.5] The IP you're using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead. - gsmtp", category: 'ip-blocklist', provider: 'google' },
  { reply: '550-5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent. Please contact your domain administrator for further details. - gsmtp', category: 'policy', provider: 'google' },
  { reply: '552-5.7.0 This message was blocked because its content presents a potential security issue. Please visit https://support.google.com/mail/?p=BlockedMessage to review our message content and attachment content guidelines. - gsmtp', category: 'content-policy', provider: 'google' }, // file types Gmail refuses for what they could carry ("File types blocked in Gmail", the page Google's reference points to): the receiver's content policy, not a virus found
  { reply: '550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to https://support.google.com/a/answer/166852 - gsmtp', category: 'rate-limit', provider: 'google' },
  { reply: '452-4.5.3 Your message has too many recipients. For more information regarding Google\'s sending limits, visit https://support.google.com/mail/?p=TooManyRecipientsError - gsmtp', category: 'rate-limit', provider: 'google' },
  { reply: '535-5.7.8 Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials - gsmtp', category: 'auth-required', provider: 'google' },
  { reply: '530-5.7.0 Must issue a STARTTLS command first. - gsmtp', category: 'tls-required', provider: 'google' },
  { reply: '421-4.7.29 Your email has been rate limited because this message wasn\'t sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections. - gsmtp', category: 'tls-required', provider: 'google' },
  { reply: "553-5.1.2 We weren't able to find the recipient domain. Please check for any spelling errors, and make sure you didn't enter any spaces, periods, or other punctuation after the recipient's email address. - gsmtp", category: 'recipient-domain', provider: 'google' },
  { reply: '451-4.3.0 Mail server temporarily rejected message. - gsmtp', category: 'remote-error', provider: 'google' },
  { reply: '550 5.7.1 This message violates example.com email policy. - gcdp a1si123 - gsmtp', category: 'recipient-policy', provider: 'google' },
  { reply: '550 5.1.1 The group you tried to contact (team) may not exist, or you may not have permission to post messages to the group. https://groups.google.com/support/', category: 'recipient-policy', provider: 'google' },

  // Microsoft 365 / Exchange Online / Outlook.com — NDR reference and Outlook.com postmaster
  { reply: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient kim@contoso.example not found by SMTP address lookup', category: 'recipient-unknown', provider: 'microsoft' },
  { reply: '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found', category: 'recipient-unknown', provider: 'microsoft' },
  { reply: '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DBAEUR03FT030.eop-EUR03.prod.protection.outlook.com]', category: 'recipient-unknown', provider: 'microsoft' },
  { reply: '550 5.7.606 Access denied, banned sending IP [203.0.113.5]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609)', category: 'ip-blocklist', provider: 'microsoft' },
  { reply: "550 5.7.1 Unfortunately, messages from [203.0.113.5] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.", category: 'ip-blocklist', provider: 'microsoft', remoteHost: 'hotmail-com.olc.protection.outlook.com' },
  { reply: "550 5.7.1 Unfortunately, messages from [203.0.113.5] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.", category: 'ip-blocklist', provider: 'microsoft' },
  { reply: "550 SC-001 (BAY004-MC1F20) Unfortunately, messages from 203.0.113.5 weren't sent. Please contact your Internet service provider since part of their network is on our block list.", category: 'ip-blocklist', provider: 'microsoft', remoteHost: 'mx1.hotmail.com' },
  { reply: '550 OU-001 (SNT004-MC1F15) Unfortunately, messages from 203.0.113.5 weren\'t sent. Please contact your Internet service provider. You can tell them that Hotmail does not relay dynamically-assigned IP ranges.', category: 'reputation', provider: 'microsoft', remoteHost: 'mx4.hotmail.com' },
  { reply: '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230) [BN8NAM12FT036.eop-nam12.prod.protection.outlook.com]', category: 'reputation', provider: 'microsoft' },
  { reply: '451 4.7.650 The mail server [203.0.113.5] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S775) [Name=Protocol Filter Agent]', category: 'reputation', provider: 'microsoft', remoteHost: 'outlook-com.olc.protection.outlook.com' },
  { reply: '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 [DM6NAM10FT007.eop-nam10.prod.protection.outlook.com]', category: 'sender-rejected', provider: 'microsoft' },
  { reply: '550 5.7.23 The message was rejected because of Sender Policy Framework violation [AM6PR05MB1234.eurprd05.prod.outlook.com]', category: 'spf', provider: 'microsoft' },
  { reply: '550 5.7.509 Access denied, sending domain shop.example does not pass DMARC verification and has a DMARC policy of reject. [BN1NAM02FT012.eop-nam02.prod.protection.outlook.com]', category: 'dmarc', provider: 'microsoft' },
  { reply: "550 5.7.515 Access denied, sending domain shop.example doesn't meet the required authentication level. [SN1PEPF0001.namprd05.prod.outlook.com]", category: 'unauthenticated', provider: 'microsoft' },
  { reply: '530 5.7.57 Client not authenticated to send mail. [CY4PR02CA0001.namprd02.prod.outlook.com]', category: 'auth-required', provider: 'microsoft' },
  { reply: '550 5.7.64 TenantAttribution; Relay Access Denied [SN1NAM02FT011.eop-nam02.prod.protection.outlook.com]', category: 'relay-denied', provider: 'microsoft' },
  { reply: '550 5.7.124 Sender not in allowed-senders list [BN3NAM04FT002.eop-NAM04.prod.protection.outlook.com]', category: 'recipient-policy', provider: 'microsoft' },
  { reply: '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated', category: 'recipient-policy', provider: 'microsoft' },
  { reply: '550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox; authentication required; Delivery restriction check failed as sender not authenticated', category: 'recipient-policy', provider: 'microsoft' },
  { reply: '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required', category: 'recipient-policy', provider: 'microsoft' },
  { reply: '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized', category: 'recipient-policy', provider: 'microsoft' },
  { reply: '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded', category: 'mailbox-full', provider: 'microsoft' },
  { reply: '554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception', category: 'rate-limit', provider: 'microsoft' },
  { reply: '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)', category: 'policy', provider: 'microsoft' },
  // A mail loop is the receiving side's routing misconfigured (taxonomy.md: remote-error), not a DNS or connection
  // failure (network); relabelled with the loop entries of the knowledge tables.
  { reply: '554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [SN6PR01MB1234.namprd01.prod.outlook.com]', category: 'remote-error', provider: 'microsoft' },
  { reply: "450 4.4.312 DNS query failed. The error was: DNS query failed with error: ErrorRetry", category: 'network', provider: 'microsoft', remoteHost: 'sg2apc01ht226.mail.protection.outlook.com' },
  { reply: '550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA', category: 'message-format', provider: 'microsoft' },
  { reply: '550 5.7.350 Remote server returned message detected as spam -> 554 5.7.1 Message rejected as spam', category: 'spam', provider: 'microsoft', remoteHost: 'contoso-com.mail.protection.outlook.com' },
  { reply: '552 5.3.4 Message size exceeds fixed maximum message size', category: 'message-size', provider: 'microsoft', remoteHost: 'contoso-com.mail.protection.outlook.com' },

  // Yahoo / AOL — https://senders.yahooinc.com/smtp-error-codes/
  { reply: "553 5.7.1 [BL21] Connections will not be accepted from 203.0.113.5, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html", category: 'ip-blocklist', provider: 'yahoo' },
  { reply: '421 4.7.0 [TSS04] Messages from 203.0.113.5 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes', category: 'reputation', provider: 'yahoo' },
  { reply: '554 5.7.9 Message not accepted for policy reasons. See https://help.yahoo.com/kb/postmaster/SLN7253.html', category: 'unauthenticated', provider: 'yahoo' },
  { reply: '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.', category: 'unauthenticated', provider: 'yahoo', remoteHost: 'mta7.am0.yahoodns.net' },
  { reply: '554 30 Sorry, your message to sam@yahoo.com cannot be delivered. This mailbox is disabled (554.30).', category: 'mailbox-disabled', provider: 'yahoo', recipient: 'sam@yahoo.com' },
  { reply: '552 1 Requested mail action aborted, mailbox not found', category: 'recipient-unknown', provider: 'yahoo', remoteHost: 'mta6.am0.yahoodns.net' },
  { reply: '553 5.7.1 [PH01] Email not accepted for policy reasons. Please see https://postmaster.yahooinc.com/error-codes', category: 'virus', provider: 'yahoo' },
  { reply: '421 Max message per connection reached, closing transmission channel', category: 'rate-limit', provider: 'yahoo', remoteHost: 'mta5.am0.yahoodns.net' },
  { reply: '521 5.2.1 : AOL will not accept delivery of this message.', category: 'policy', provider: 'yahoo', remoteHost: 'mx-aol.mail.gm0.yahoodns.net' },

  // Apple iCloud — https://support.apple.com/en-us/102322
  { reply: '550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137', category: 'policy', provider: 'apple' },
  { reply: '554 5.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137', category: 'reputation', provider: 'apple' },
  { reply: '550 5.1.1 <pat@icloud.com>: inactive email address', category: 'recipient-unknown', provider: 'apple', recipient: 'pat@icloud.com' },
  { reply: '552 5.2.2 <pat@icloud.com>: user is over quota', category: 'mailbox-full', provider: 'apple', recipient: 'pat@icloud.com' },

  // Comcast — https://postmaster.comcast.net/smtp-error-codes.php
  { reply: '554 resimta-ch2-18v.sys.comcast.net comcast 203.0.113.5 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001', category: 'ip-blocklist', provider: 'comcast' },
  { reply: '550 5.1.1 <pat@comcast.net> Not our Customer', category: 'recipient-unknown', provider: 'comcast', recipient: 'pat@comcast.net' },
  { reply: '421 4.2.0 resimta-po-12v.sys.comcast.net 203.0.113.5 Throttled - try again later. See http://postmaster.comcast.net/smtp-error-codes.php#RL000010', category: 'rate-limit', provider: 'comcast' },

  // Mimecast — https://community.mimecast.com/docs/DOC-1369
  { reply: '550 Rejected by header based Blocked Senders - block policy for Header From - https://community.mimecast.com/docs/DOC-1369#550 [AbCd1234.uk1]', category: 'recipient-policy', provider: 'mimecast' },
  { reply: '550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [AbCd1234.us1]', category: 'recipient-unknown', provider: 'mimecast' },
  { reply: '554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554 [AbCd1234.eu1]', category: 'spam', provider: 'mimecast' },
  { reply: '550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550 [AbCd1234.us2]', category: 'recipient-policy', provider: 'mimecast' },
  { reply: '451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451', category: 'remote-error', provider: 'mimecast' },
  { reply: '554 Host network not allowed - https://community.mimecast.com/docs/DOC-1369#554 [z7qZw5BPd1.us222]', category: 'policy', provider: 'mimecast' },

  // Proofpoint — https://ipcheck.proofpoint.com/
  { reply: '554 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=203.0.113.5', category: 'ip-blocklist', provider: 'proofpoint' },
  { reply: '550 5.1.1 User Unknown', category: 'recipient-unknown', provider: 'proofpoint', remoteHost: 'mx0a-00123456.pphosted.com' },
  { reply: '550 5.7.1 Message rejected by recipient\'s policy', category: 'recipient-policy', provider: 'proofpoint', remoteHost: 'mx0b-00123456.pphosted.com' },

  // Barracuda — https://www.barracudacentral.org/rbl, https://campus.barracuda.com
  { reply: '554 Service unavailable; Client host [203.0.113.5] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=203.0.113.5', category: 'ip-blocklist', provider: 'barracuda' },
  { reply: '554 5.7.1 Message blocked by the bulk email filter', category: 'spam', provider: 'barracuda', remoteHost: 'd123.ess.barracudanetworks.com' },

  // Cisco Secure Email (IronPort)
  { reply: "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.", category: 'reputation', provider: 'cisco', remoteHost: 'mx1.example.iphmx.com' },
  { reply: '452 4.3.1 Too many recipients received this hour', category: 'rate-limit', provider: 'cisco', remoteHost: 'esa1.example.iphmx.com' },

  // Trend Micro, Sophos
  { reply: '550 5.7.1 Service unavailable; client [203.0.113.5] blocked using Trend Micro RBL+. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=203.0.113.5', category: 'ip-blocklist', provider: 'trendmicro' },
  { reply: '550 5.7.1 Message rejected due to sender reputation', category: 'reputation', provider: 'sophos', remoteHost: 'mx-01-eu-west-1.prod.hydra.sophos.com' },

  // Spamhaus and other DNS blocklists (their documentation; Postfix/Exim reject texts)
  { reply: '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.5', category: 'ip-blocklist', provider: null },
  { reply: '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using sbl.spamhaus.org; https://www.spamhaus.org/sbl/query/SBL123456', category: 'ip-blocklist', provider: null },
  { reply: '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using xbl.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.5', category: 'ip-blocklist', provider: null },
  { reply: '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using pbl.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.5', category: 'ip-blocklist', provider: null },
  { reply: '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using css.spamhaus.org', category: 'ip-blocklist', provider: null },
  { reply: '554 5.7.1 Service unavailable; Sender address [news@shop.example] blocked using dbl.spamhaus.org; https://www.spamhaus.org/query/domain/shop.example', category: 'domain-blocklist', provider: null },
  { reply: '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.5', category: 'ip-blocklist', provider: null },
  { reply: '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using b.barracudacentral.org; http://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.5', category: 'ip-blocklist', provider: 'barracuda' },
  { reply: '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using dnsbl-1.uceprotect.net; IP 203.0.113.5 is UCEPROTECT-Level1 listed.', category: 'ip-blocklist', provider: null },
  { reply: '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using psbl.surriel.com; Listed in PSBL, see http://psbl.org/listing?ip=203.0.113.5', category: 'ip-blocklist', provider: null },
  { reply: '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using dnsbl.sorbs.net; Currently Sending Spam See: http://www.sorbs.net/lookup.shtml?203.0.113.5', category: 'ip-blocklist', provider: null },
  { reply: '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using bl.mailspike.net', category: 'ip-blocklist', provider: null },
  { reply: '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using combined.mail.abusix.zone; https://lookup.abusix.com/search?q=203.0.113.5', category: 'ip-blocklist', provider: null },
  { reply: '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using ivmSIP; see https://www.invaluement.com/lookup/?item=203.0.113.5', category: 'ip-blocklist', provider: null },
  { reply: '550 5.7.1 Message rejected because it contains a URL listed on multi.surbl.org', category: 'domain-blocklist', provider: null },
  { reply: '550 rejected because 203.0.113.5 is in a black list at zen.spamhaus.org', category: 'ip-blocklist', provider: null },

  // Consumer mailbox providers
  { reply: '554-gmx.net (mxgmx016) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is black listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0301&i=ip&v=203.0.113.5', category: 'ip-blocklist', provider: 'gmx' },
  { reply: '550 Requested action not taken: mailbox unavailable', category: 'recipient-unknown', provider: 'gmx', remoteHost: 'mx00.emig.gmx.net' },
  { reply: '554 Transaction failed: Reject due to policy restrictions. For explanation visit https://postmaster.web.de/en/error-messages?ip=203.0.113.5&c=hi', category: 'policy', provider: 'gmx' },
  { reply: '554 IP=203.0.113.5 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.)', category: 'reputation', provider: 't-online' },
  { reply: '421 mwinf5c10 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]', category: 'rate-limit', provider: 'orange' },
  // Orange / La Poste numbered codes — https://postmaster.orange.fr/ (the last three digits say why)
  { reply: '550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]', category: 'spam', provider: 'orange' },
  { reply: '421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505]', category: 'remote-error', provider: 'orange' },
  { reply: '552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]', category: 'mailbox-full', provider: 'orange' },
  { reply: '550 5.5.0 Boite du destinataire archivee. Archived recipient. LPN007_420', category: 'mailbox-disabled', provider: 'laposte', remoteHost: 'smtp-in.laposte.net' },
  { reply: '421 mwinf5c77 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999 [999]', category: 'reputation', provider: 'orange' },
  // au (KDDI): an empty address means the recipient's reception filter; a named one, no such address
  { reply: '550 : User unknown', category: 'recipient-policy', provider: 'kddi', remoteHost: 'lsean.ezweb.ne.jp' },
  { reply: '550 <pat@ezweb.ne.jp>: User unknown', category: 'recipient-unknown', provider: 'kddi', remoteHost: 'lsean.ezweb.ne.jp' },
  { reply: '550 : User unknown', category: 'recipient-policy', provider: 'kddi', recipient: 'pat@au.com' },
  // NTT docomo
  { reply: '552 too much mail data', category: 'mailbox-full', provider: 'docomo', remoteHost: 'mfsmax.docomo.ne.jp' },
  // Exim ACL refusing a listed address (not an IP)
  { reply: '550 "Sorry, you are sending to/from an address that has been blacklisted"', category: 'sender-rejected', provider: null },
  // DragonFly Mail Agent (DragonFly BSD dma)
  { reply: 'There was an error delivering your mail to <pat@gone.example>. DNS lookup failure: host gone.example not found', category: 'recipient-domain', provider: null },
  // Postfix local(8) delivering through procmail: the mailbox could not be written
  { reply: 'user unknown. Command output: procmail: Couldn\'t create "/var/spool/mail/pat"', category: 'remote-error', provider: null },
  { reply: 'can\'t create user output file. Command output: procmail: Lock failure on "/var/mail/pat.lock"', category: 'remote-error', provider: null },
  // HCL Domino
  { reply: 'User pat (pat@dest.example) not listed in Domino Directory', category: 'recipient-unknown', provider: null },
  { reply: '421 Too many spams from your IP (203.0.113.5), please visit http://postmaster.free.fr/', category: 'reputation', provider: 'free' },
  { reply: '550 Message was not accepted -- invalid mailbox. Local mailbox pat@mail.ru is unavailable: user not found', category: 'recipient-unknown', provider: 'mail.ru', remoteHost: 'mxs.mail.ru' },
  { reply: '550 spam message rejected. Please visit https://help.mail.ru/notspam-support/id?c=abc or report details to abuse@corp.mail.ru. Error code: 123. ID: 456.', category: 'spam', provider: 'mail.ru' },
  { reply: '554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1234567890-AbCdEf', category: 'spam', provider: 'yandex' },
  { reply: '550 5.7.1 Policy rejection on the target address', category: 'mailbox-disabled', provider: 'yandex', remoteHost: 'mx.yandex.ru' },
  { reply: '550 Mailbox not found or access denied http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728', category: 'recipient-unknown', provider: 'qq' },
  { reply: '550 Ip frequency limited http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722', category: 'rate-limit', provider: 'qq' },
  { reply: '550 Mail content denied. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726', category: 'spam', provider: 'qq' },
  { reply: '550 5.4.6 Unusual sending activity detected. Please try after sometime.', category: 'rate-limit', provider: 'zoho', remoteHost: 'mx.zoho.com' },
  { reply: '554 5.7.1 : Relaying disallowed', category: 'relay-denied', provider: 'zoho', remoteHost: 'mx2.zoho.eu' },
  { reply: '550 5.1.1 Address does not exist', category: 'recipient-unknown', provider: 'proton', remoteHost: 'mail.protonmail.ch' },
  { reply: '550 5.1.1 <pat@fastmail.com>: Recipient address rejected: User unknown in virtual mailbox table', category: 'recipient-unknown', provider: 'fastmail', recipient: 'pat@fastmail.com' },

  // Sending services
  { reply: '554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: me@shop.example', category: 'sender-rejected', provider: 'amazon-ses', remoteHost: 'email-smtp.us-east-1.amazonaws.com' },
  { reply: '454 Throttling failure: Maximum sending rate exceeded.', category: 'rate-limit', provider: 'amazon-ses', remoteHost: 'email-smtp.us-east-1.amazonaws.com' },
  { reply: '550 5.1.1 Address is on the account-level suppression list (amazonses)', category: 'policy', provider: 'amazon-ses' },
  { reply: '550 Bounced Address', category: 'policy', provider: 'sendgrid', remoteHost: 'smtp.sendgrid.net' },
  { reply: 'Not delivering to previously bounced address', category: 'policy', provider: 'mailgun', remoteHost: 'smtp.mailgun.org' },
  { reply: 'You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: pat@dest.example. Inactive recipients are ones that have generated a hard bounce or a spam complaint.', category: 'policy', provider: 'postmark' },

  // Postfix stock replies — postconf(5)
  { reply: '550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown in local recipient table', category: 'recipient-unknown', provider: null },
  { reply: '554 5.7.1 <pat@dest.example>: Relay access denied', category: 'relay-denied', provider: null },
  { reply: '450 4.7.1 Client host rejected: cannot find your hostname, [203.0.113.5]', category: 'ptr', provider: null },
  { reply: '450 4.7.25 Client host rejected: cannot find your hostname, [203.0.113.5]', category: 'ptr', provider: null },
  { reply: '504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname', category: 'ptr', provider: null },
  { reply: '450 4.1.8 <me@nodomain.example>: Sender address rejected: Domain not found', category: 'sender-rejected', provider: null },
  { reply: '552 5.3.4 Message size exceeds fixed limit', category: 'message-size', provider: null },
  { reply: '451 4.3.0 Error: queue file write error', category: 'remote-error', provider: null },
  { reply: '452 4.3.1 Insufficient system storage', category: 'remote-error', provider: null },
  { reply: '421 4.7.0 mail.dest.example Error: too many connections from 203.0.113.5', category: 'rate-limit', provider: null },
  { reply: '550 5.7.1 <pat@dest.example>: Recipient address rejected: Access denied', category: 'policy', provider: null },
  { reply: '550 5.1.1 <pat@dest.example>: Recipient address rejected: undeliverable address: host mx.dest.example[192.0.2.9] said: 550 5.1.1 User unknown', category: 'recipient-unknown', provider: null },

  // Exim stock replies
  { reply: '550 Unrouteable address', category: 'recipient-unknown', provider: null },
  // Yahoo's own unknown-user reply names the Yahoo MTA that wrote it.
  { reply: "554 delivery error: dd This user doesn't have a yahoo.com account (pat@yahoo.com) [0] - mta1234.mail.ne1.yahoo.com", category: 'recipient-unknown', provider: 'yahoo' },
  // qmail-smtpd's refusal to relay for a domain it does not host (qmail source, qmail-smtpd.c err_nogateway).
  { reply: "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", category: 'relay-denied', provider: null },
  // Mimecast's impersonation protection — https://community.mimecast.com/docs/DOC-1369
  { reply: '550 Rejected by header based Anti-Spoofing policy: pat@dest.example - https://community.mimecast.com/docs/DOC-1369#550 [xyz.uk123]', category: 'unauthenticated', provider: 'mimecast' },
  { reply: '550 relay not permitted', category: 'relay-denied', provider: null },
  { reply: '550-Verification failed for <me@shop.example> 550-Unrouteable address 550 Sender verify failed', category: 'sender-rejected', provider: null },
  { reply: '550 Administrative prohibition', category: 'recipient-policy', provider: null },
  { reply: '451 Temporary local problem - please try later', category: 'remote-error', provider: null },
  { reply: 'retry timeout exceeded', category: 'delivery-timeout', provider: null },
  { reply: 'Delivery failed 20 attempts: pat@dest.example', category: 'delivery-timeout', provider: null },
  { reply: "all hosts for 'dest.example' have been failing for a long time (and retry time not reached)", category: 'delivery-timeout', provider: null },
  { reply: '552 Mailbox quota exceeded', category: 'mailbox-full', provider: null },

  // Sendmail stock replies
  { reply: '550 5.1.1 <pat@dest.example>... User unknown', category: 'recipient-unknown', provider: null },
  { reply: '553 5.1.8 <me@shop.example>... Domain of sender address me@shop.example does not exist', category: 'sender-rejected', provider: null },
  { reply: '550 5.7.1 <pat@dest.example>... Relaying denied. IP name lookup failed [203.0.113.5]', category: 'ptr', provider: null },
  { reply: '451 4.4.1 reply: read error from mx.dest.example.', category: 'network', provider: null },
  { reply: 'Message could not be delivered for 5 days', category: 'delivery-timeout', provider: null },
  { reply: '554 5.0.0 Service unavailable', category: 'unknown', provider: null },

  // qmail stock replies
  { reply: 'Sorry, no mailbox here by that name. (#5.1.1)', category: 'recipient-unknown', provider: null },
  { reply: "Sorry, I couldn't find any host named dest.example. (#5.1.2)", category: 'recipient-domain', provider: null },
  { reply: "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)", category: 'network', provider: null },
  { reply: "I'm not going to try again; this message has been in the queue too long.", category: 'delivery-timeout', provider: null },
  { reply: 'The users mailfolder is over the allowed quota (size). (#5.2.2)', category: 'mailbox-full', provider: null },

  // Exchange on-premises
  { reply: '550 5.7.1 Unable to relay', category: 'relay-denied', provider: null },
  { reply: '452 4.3.1 Insufficient system resources', category: 'remote-error', provider: null },
  { reply: '550 5.7.1 Client does not have permissions to send as this sender', category: 'sender-rejected', provider: null },
  { reply: '530 5.7.1 Client was not authenticated', category: 'auth-required', provider: null },
  { reply: '#550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient ##', category: 'message-size', provider: 'microsoft' },

  // rspamd, SpamAssassin, policyd-spf, postgrey, ClamAV
  { reply: '554 5.7.1 Spam message rejected', category: 'spam', provider: null },
  { reply: '451 4.7.1 Try again later', category: 'greylisting', provider: null },
  { reply: '550 5.7.1 Message rejected as spam by Content Filtering.', category: 'spam', provider: null },
  { reply: '550 SPAM score (8.1) exceeded threshold', category: 'spam', provider: null },
  { reply: '550 5.7.23 <pat@dest.example>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=me@shop.example;ip=203.0.113.5;r=<UNKNOWN>', category: 'spf', provider: null },
  { reply: '450 4.2.0 <pat@dest.example>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/dest.example.html', category: 'greylisting', provider: null },
  { reply: '451 4.7.1 Greylisting in action, please come back later', category: 'greylisting', provider: null },
  { reply: '550 5.7.1 Message contains a virus (Eicar-Test-Signature)', category: 'virus', provider: null },
  { reply: '554 5.7.0 Reject, id=12345-01 - INFECTED: Win.Test.EICAR_HDB-1', category: 'virus', provider: null },
  { reply: '550 5.7.1 Attachment type not allowed: .exe', category: 'content-policy', provider: null },
  { reply: '554 5.6.0 Message contains invalid header', category: 'message-format', provider: null },

  // Generic protocol, network, domain, mailbox and policy replies (RFC 5321 / RFC 3463 wording)
  { reply: '500 5.5.1 Command unrecognized: "XYZZY"', category: 'protocol', provider: null },
  { reply: '503 5.5.1 Error: need MAIL command', category: 'protocol', provider: null },
  { reply: '501 5.5.4 Syntax error in parameters or arguments', category: 'protocol', provider: null },
  { reply: 'connect to mx.dest.example[192.0.2.9]:25: Connection timed out', category: 'network', provider: null },
  { reply: 'connect to mx.dest.example[192.0.2.9]:25: Connection refused', category: 'network', provider: null },
  { reply: 'Host or domain name not found. Name service error for name=dest.example type=MX: Host not found, try again', category: 'network', provider: null },
  { reply: '556 5.1.10 Recipient address has null MX', category: 'recipient-domain', provider: null },
  { reply: '550 5.1.2 Host unknown (Name server: dest.example: host not found)', category: 'recipient-domain', provider: null },
  { reply: '550 5.2.1 Mailbox disabled, not accepting messages', category: 'mailbox-disabled', provider: null },
  { reply: '551 5.1.6 User not local; please try <pat@new.example>', category: 'mailbox-disabled', provider: null },
  { reply: '550 5.7.1 The group team@dest.example only accepts messages from people in its organization', category: 'recipient-policy', provider: null },
  { reply: '554 5.4.7 Message expired: unable to deliver in 840 minutes', category: 'delivery-timeout', provider: null },
  { reply: '550 5.7.1 Email rejected per DMARC policy for shop.example', category: 'dmarc', provider: null },
  { reply: '550 5.7.1 DKIM signature verification failed', category: 'dkim', provider: null },
  { reply: '550 5.7.25 Reverse DNS validation failed', category: 'ptr', provider: null },
  { reply: '550 5.7.1 Sender address has null MX', category: 'sender-rejected', provider: null },
  { reply: '554 5.7.1 Message refused', category: 'policy', provider: null },
];
