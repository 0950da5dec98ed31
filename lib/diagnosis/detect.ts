/** Which provider answered: by the remote MTA's host, then a signature in the reply, then the recipient's domain. */
import { LiteralScan, requiredLiteral } from '../engine/literal';
import { PROVIDERS } from './providers';
import type { Provider } from './types';

const hostMatches = (host: string, suffix: string) => host === suffix || host.endsWith(`.${suffix}`);

export interface ProviderHit {
  provider: Provider;
  by: 'remote host' | 'reply' | 'recipient domain';
}

/**
 * Every provider's signatures in one list, with one scan of the reply for the text each match contains (literal.ts), so
 * most replies run none of the regexes.
 */
let guarded: { list: { provider: Provider; re: RegExp }[]; scan: LiteralScan } | null = null;
function signatures(): { list: { provider: Provider; re: RegExp }[]; scan: LiteralScan } {
  if (!guarded) {
    const list = PROVIDERS.flatMap((provider) => (provider.signatures ?? []).map((re) => ({ provider, re })));
    const literals = list.map(({ re }) => requiredLiteral(re, 3));
    guarded = { list, scan: new LiteralScan(literals.map((literal) => (literal === null ? null : [literal]))) };
  }
  return guarded;
}

export function detectProvider(remoteHost: string | null, reply: string | null, recipient: string | null): ProviderHit | null {
  const host = remoteHost?.toLowerCase().replace(/\.$/, '') ?? null;
  if (host) for (const p of PROVIDERS) if (p.hosts?.some((h) => hostMatches(host, h))) return { provider: p, by: 'remote host' };
  if (reply) {
    const head = reply.length > 4000 ? reply.slice(0, 4000) : reply;
    // Hosts named inside the reply ("[BN8PR12MB1234.namprd12.prod.outlook.com]") count as the reply's signature.
    const { list, scan } = signatures();
    const present = scan.scan(head.toLowerCase());
    // In the providers' order, as before: the first provider one of whose signatures matches.
    for (let i = 0; i < list.length; i++) {
      const { provider, re } = list[i] as (typeof list)[number];
      if (present[i] === 1 && re.test(head)) return { provider, by: 'reply' };
    }
  }
  const domain = recipient?.split('@')[1]?.toLowerCase();
  if (domain) for (const p of PROVIDERS) if (p.domains?.some((d) => hostMatches(domain, d))) return { provider: p, by: 'recipient domain' };
  return null;
}
