/** Which provider answered: by the remote MTA's host, then a signature in the reply, then the recipient's domain. */
import { PROVIDERS } from './providers';
import type { Provider } from './types';

const hostMatches = (host: string, suffix: string) => host === suffix || host.endsWith(`.${suffix}`);

export interface ProviderHit {
  provider: Provider;
  by: 'remote host' | 'reply' | 'recipient domain';
}

export function detectProvider(remoteHost: string | null, reply: string | null, recipient: string | null): ProviderHit | null {
  const host = remoteHost?.toLowerCase().replace(/\.$/, '') ?? null;
  if (host) for (const p of PROVIDERS) if (p.hosts?.some((h) => hostMatches(host, h))) return { provider: p, by: 'remote host' };
  if (reply) {
    const head = reply.length > 4000 ? reply.slice(0, 4000) : reply;
    // Hosts named inside the reply ("[BN8PR12MB1234.namprd12.prod.outlook.com]") count as the reply's signature.
    for (const p of PROVIDERS) if (p.signatures?.some((re) => re.test(head))) return { provider: p, by: 'reply' };
  }
  const domain = recipient?.split('@')[1]?.toLowerCase();
  if (domain) for (const p of PROVIDERS) if (p.domains?.some((d) => hostMatches(domain, d))) return { provider: p, by: 'recipient domain' };
  return null;
}
