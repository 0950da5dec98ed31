/** Which provider answered: by the remote MTA's host, then a signature in the reply, then the recipient's domain. */
import { requiredLiteral } from '../engine/literal';
import { PROVIDERS } from './providers';
import type { Provider } from './types';

const hostMatches = (host: string, suffix: string) => host === suffix || host.endsWith(`.${suffix}`);

export interface ProviderHit {
  provider: Provider;
  by: 'remote host' | 'reply' | 'recipient domain';
}

/** Each provider's signatures with the text every match contains, so most replies skip most regexes. */
let guarded: { provider: Provider; signatures: { re: RegExp; literal: string | null }[] }[] | null = null;
const signatures = () => (guarded ??= PROVIDERS.map((provider) => ({ provider, signatures: (provider.signatures ?? []).map((re) => ({ re, literal: requiredLiteral(re, 3) })) })));

export function detectProvider(remoteHost: string | null, reply: string | null, recipient: string | null): ProviderHit | null {
  const host = remoteHost?.toLowerCase().replace(/\.$/, '') ?? null;
  if (host) for (const p of PROVIDERS) if (p.hosts?.some((h) => hostMatches(host, h))) return { provider: p, by: 'remote host' };
  if (reply) {
    const head = reply.length > 4000 ? reply.slice(0, 4000) : reply;
    // Hosts named inside the reply ("[BN8PR12MB1234.namprd12.prod.outlook.com]") count as the reply's signature.
    const lower = head.toLowerCase();
    for (const { provider, signatures: sigs } of signatures()) if (sigs.some(({ re, literal }) => (literal === null || lower.includes(literal)) && re.test(head))) return { provider, by: 'reply' };
  }
  const domain = recipient?.split('@')[1]?.toLowerCase();
  if (domain) for (const p of PROVIDERS) if (p.domains?.some((d) => hostMatches(domain, d))) return { provider: p, by: 'recipient domain' };
  return null;
}
