/**
 * Mail security gateways that answer for many organisations: their reply texts name them. Sources: Mimecast
 * "Mimecast SMTP Error Codes" https://community.mimecast.com/docs/DOC-1369 ; Proofpoint IP reputation
 * https://ipcheck.proofpoint.com/ ; Barracuda https://campus.barracuda.com/product/emailsecuritygateway/doc/12193950/ ;
 * Cisco Secure Email (IronPort) SenderBase reputation filtering
 * https://www.cisco.com/c/en/us/support/docs/security/email-security-appliance/118007-configure-esa-00.html ;
 * Trend Micro Email Reputation Services https://servicecentral.trendmicro.com/ ; Sophos Email
 * https://support.sophos.com/support/s/article/KB-000036296 .
 */
import type { Provider } from '../types';

const MIMECAST = 'https://community.mimecast.com/docs/DOC-1369';

export const mimecast: Provider = {
  id: 'mimecast',
  name: 'Mimecast',
  hosts: ['mimecast.com', 'mimecast-offshore.com'],
  signatures: [/mimecast/i],
  links: { errors: MIMECAST },
  rules: [
    { id: 'mimecast.blocked-senders', category: 'recipient-policy', phrases: ['blocked senders', 'envelope blocked', 'block policy', 'administrative prohibition'], source: MIMECAST, },
    { id: 'mimecast.invalid-recipient', category: 'recipient-unknown', phrases: ['invalid recipient', 'recipient address rejected'], source: MIMECAST, },
    { id: 'mimecast.reputation', category: 'reputation', phrases: ['hostile reputation', 'reputation'], source: MIMECAST, },
    { id: 'mimecast.network-policy', category: 'policy', phrases: ['host network not allowed'], source: MIMECAST, },
    { id: 'mimecast.spam', category: 'spam', phrases: ['spam', 'rejected due to security policies'], source: MIMECAST, },
    { id: 'mimecast.virus', category: 'virus', phrases: ['virus', 'malware', 'attachment protect'], source: MIMECAST, },
    { id: 'mimecast.spf', category: 'spf', phrases: ['spf'], source: MIMECAST, },
    { id: 'mimecast.dmarc', category: 'dmarc', phrases: ['dmarc'], source: MIMECAST, },
    { id: 'mimecast.size', category: 'message-size', phrases: ['message size', 'too large'], source: MIMECAST, },
    { id: 'mimecast.internal', category: 'remote-error', phrases: ['internal resource temporarily unavailable'], source: MIMECAST, },
  ],
};

export const proofpoint: Provider = {
  id: 'proofpoint',
  name: 'Proofpoint',
  hosts: ['pphosted.com', 'ppe-hosted.com', 'proofpoint.com'],
  signatures: [/proofpoint/i, /pphosted/i],
  links: { delist: 'https://ipcheck.proofpoint.com/', errors: 'https://help.proofpoint.com/' },
  rules: [
    { id: 'proofpoint.ip-reputation', category: 'ip-blocklist', phrases: ['ipcheck.proofpoint.com', 'blocked - see'], source: 'https://ipcheck.proofpoint.com/', },
    { id: 'proofpoint.spam', category: 'spam', phrases: ['spam'], source: 'https://help.proofpoint.com/', },
    { id: 'proofpoint.policy', category: 'recipient-policy', phrases: ['blocked by policy', 'message blocked by'], source: 'https://help.proofpoint.com/', },
  ],
};

export const barracuda: Provider = {
  id: 'barracuda',
  name: 'Barracuda',
  hosts: ['barracudanetworks.com', 'ess.barracudanetworks.com', 'barracuda.com'],
  signatures: [/barracuda/i],
  links: { delist: 'https://www.barracudacentral.org/rbl/removal-request' },
  rules: [
    { id: 'barracuda.brbl', category: 'ip-blocklist', phrases: ['barracuda reputation', 'barracudacentral', 'b.barracudacentral.org'], source: 'https://www.barracudacentral.org/rbl', },
    { id: 'barracuda.bulk', category: 'spam', phrases: ['spam'], source: 'https://campus.barracuda.com/product/emailsecuritygateway/doc/12193950/', },
    { id: 'barracuda.intent', category: 'domain-blocklist', phrases: ['intent', 'uri'], source: 'https://campus.barracuda.com/product/emailsecuritygateway/doc/12193950/', },
  ],
};

export const cisco: Provider = {
  id: 'cisco',
  name: 'Cisco Secure Email (IronPort)',
  hosts: ['iphmx.com', 'ironport.com', 'cisco.com'],
  signatures: [/\biphmx\b/i, /ironport/i, /senderbase/i, /talosintelligence/i],
  links: { delist: 'https://talosintelligence.com/reputation_center/' },
  rules: [
    { id: 'cisco.sbrs', category: 'reputation', phrases: ["sending mta's poor reputation", 'poor reputation', 'senderbase', 'talos'], source: 'https://www.cisco.com/c/en/us/support/docs/security/email-security-appliance/118007-configure-esa-00.html', },
    { id: 'cisco.rate', category: 'rate-limit', phrases: ['too many recipients received this hour', 'recipients this hour'], source: 'https://www.cisco.com/c/en/us/support/docs/security/email-security-appliance/118007-configure-esa-00.html', },
  ],
};

export const trendmicro: Provider = {
  id: 'trendmicro',
  name: 'Trend Micro',
  hosts: ['trendmicro.com', 'tmes.trendmicro.com', 'tmes.trendmicro.eu'],
  signatures: [/trend ?micro/i, /\bERS-RBL\b/i, /interscan/i],
  links: { delist: 'https://servicecentral.trendmicro.com/en-US/ers/' },
  rules: [
    { id: 'trendmicro.ers', category: 'ip-blocklist', phrases: ['trend micro rbl', 'ers-rbl', 'email reputation', 'reputation services'], source: 'https://servicecentral.trendmicro.com/en-US/ers/', },
  ],
};

export const sophos: Provider = {
  id: 'sophos',
  name: 'Sophos Email',
  hosts: ['sophos.com', 'hydra.sophos.com', 'prod.hydra.sophos.com'],
  signatures: [/sophos/i],
  links: { errors: 'https://support.sophos.com/support/s/article/KB-000036296' },
  rules: [
    { id: 'sophos.reputation', category: 'reputation', phrases: ['reputation'], source: 'https://support.sophos.com/support/s/article/KB-000036296', },
    { id: 'sophos.spam', category: 'spam', phrases: ['spam'], source: 'https://support.sophos.com/support/s/article/KB-000036296', },
  ],
};
