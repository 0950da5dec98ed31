/**
 * Microsoft 365 / Exchange Online and Outlook.com. Codes from "Email non-delivery reports and SMTP errors in Exchange
 * Online" https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online
 * and the Outlook.com postmaster pages https://sendersupport.olc.protection.outlook.com/pm/ (S3140/S3150, SC-00x,
 * OU-00x, AS(…) codes of the Exchange Online Protection edge).
 */
import type { Provider } from '../types';

const NDR = 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';
const OLC = 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx';

export const microsoft: Provider = {
  id: 'microsoft',
  name: 'Microsoft (Outlook.com / Microsoft 365)',
  hosts: ['protection.outlook.com', 'outlook.com', 'hotmail.com', 'office365.com', 'onmicrosoft.com', 'exchangelabs.com', 'outlook.office365.com'],
  signatures: [/\bprotection\.outlook\.com\b/i, /\bAS\(\d{3,12}\)/, /\(S3[01][45]0\)/, /\b(?:SC|OU|DY|CS)-00\d\b/, /\bRESOLVER\.[A-Z]{2,4}\./, /\bSTOREDRV\./, /\bSMTPSEND\./, /\bprod\.outlook\.com\b/i, /mail\.live\.com/i, /sender\.office\.com/i],
  domains: ['outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'hotmail.co.uk', 'hotmail.fr', 'hotmail.de', 'outlook.fr', 'outlook.de', 'live.co.uk'],
  links: { postmaster: 'https://sendersupport.olc.protection.outlook.com/pm/', delist: 'https://sender.office.com/', errors: NDR },
  rules: [
    { id: 'microsoft.recipient-not-found', category: 'recipient-unknown', status: ['x.1.10', 'x.1.1', 'x.1.351'], source: NDR, },
    { id: 'microsoft.dbeb', category: 'recipient-unknown', status: ['x.4.1'], phrases: ['access denied'], source: `${NDR} (5.4.1)`, },
    { id: 'microsoft.spf', category: 'spf', status: ['x.7.23'], source: `${NDR} (5.7.23)`, },
    { id: 'microsoft.spf-temp', category: 'spf', status: ['x.7.25'], phrases: ['spf'], source: NDR, },
    { id: 'microsoft.dmarc', category: 'dmarc', status: ['x.7.509'], source: 'https://learn.microsoft.com/en-us/defender-office-365/email-authentication-dmarc-configure', },
    { id: 'microsoft.auth-level', category: 'unauthenticated', status: ['x.7.515'], source: 'https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730', },
    { id: 'microsoft.client-not-authenticated', category: 'auth-required', status: ['x.7.57', 'x.7.139'], source: `${NDR} (5.7.57)`, },
    { id: 'microsoft.relay', category: 'relay-denied', status: ['x.7.64', 'x.7.54'], source: `${NDR} (5.7.64, 5.7.54)`, },
    { id: 'microsoft.group-auth', category: 'recipient-policy', status: ['x.7.133', 'x.7.134', 'x.7.135', 'x.7.136', 'x.7.124', 'x.7.12'], source: `${NDR} (5.7.124, 5.7.133–5.7.136)`, },
    { id: 'microsoft.banned-ip', category: 'ip-blocklist', status: ['x.7.60?', 'x.7.61?', 'x.7.62?', 'x.7.63?', 'x.7.64?', 'x.7.511'], source: 'https://learn.microsoft.com/en-us/defender-office-365/external-senders-use-the-delist-portal-to-unblock-yourself', },
    { id: 'microsoft.olc-blocklist', category: 'ip-blocklist', patterns: [/\(S3[01][45]0\)/, /\(AS3[01][45]0\)/, /\bSC-00[2-5]\b/], source: OLC, },
    { id: 'microsoft.unregistered-domain', category: 'sender-rejected', status: ['x.7.750'], source: `${NDR} (5.7.750)`, },
    { id: 'microsoft.traffic-not-accepted', category: 'reputation', status: ['x.7.7??', 'x.7.650', 'x.7.651', 'x.7.500', 'x.7.501', 'x.7.502', 'x.7.503', 'x.7.504', 'x.7.505', 'x.7.510', 'x.7.512', 'x.7.513', 'x.7.514'], source: `${NDR} (5.7.700–5.7.750, 4.7.500–699)`, },
    // 5.7.520 is also Exchange Online's outbound spam verdict ("Message blocked because it contains content identified as
    // spam. AS(4810)"): the status means external forwarding only with those words.
    { id: 'microsoft.external-forwarding', category: 'policy', status: ['x.7.520'], phrases: ['external forwarding'], source: 'https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-policies-external-email-forwarding', },
    { id: 'microsoft.spam', category: 'spam', status: ['x.7.1'], phrases: ['detected as spam', 'spam'], source: NDR, },
    // 5.7.350 wraps the remote server's own refusal ("Remote server returned message detected as spam -> <its reply>"):
    // the remote reply after the arrow says why; alone, the wrapper still says spam.
    { id: 'microsoft.remote-spam-verdict', category: 'spam', symptom: true, status: ['x.7.350'], phrases: ['detected as spam'], source: NDR, },
    { id: 'microsoft.not-authorized', category: 'recipient-policy', status: ['x.7.1'], phrases: ['resolver.rst', 'not authorized', 'delivery not authorized'], source: `${NDR} (5.7.1)`, },
    { id: 'microsoft.mailbox-full', category: 'mailbox-full', status: ['x.2.2'], source: `${NDR} (5.2.2)`, },
    { id: 'microsoft.size', category: 'message-size', status: ['x.2.3', 'x.3.4'], source: `${NDR} (5.2.3)`, },
    { id: 'microsoft.submission-quota', category: 'rate-limit', status: ['x.2.0', 'x.2.2'], phrases: ['submissionquotaexceeded*', 'submission quota'], source: 'https://learn.microsoft.com/en-us/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits#sending-limits', },
    { id: 'microsoft.loop', category: 'remote-error', status: ['x.4.14', 'x.4.6'], source: `${NDR} (5.4.14)`, },
    { id: 'microsoft.dns', category: 'network', status: ['x.4.312', 'x.4.316', 'x.4.300', 'x.4.310', 'x.4.311', 'x.4.317', 'x.4.318'], source: `${NDR} (4.4.3xx)`, },
    { id: 'microsoft.hop-timeout', category: 'delivery-timeout', status: ['x.4.7'], source: `${NDR} (4.4.7)`, },
    { id: 'microsoft.bare-linefeeds', category: 'message-format', status: ['x.6.11'], source: `${NDR} (5.6.11)`, },
  ],
};
