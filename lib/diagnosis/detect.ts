/**
 * Which provider answered: by the remote MTA's host, then a signature in the reply, then — when no remote host is
 * named — the recipient's domain.
 */
import { LiteralScan, requiredLiteral } from '../engine/literal';
import { PROVIDERS } from './providers';
import type { Provider } from './types';

/** Each host or domain name the providers list, with the first provider (in PROVIDERS' order) that lists it. */
let names: { hosts: Map<string, number>; domains: Map<string, number> } | null = null;
function providerNames(): { hosts: Map<string, number>; domains: Map<string, number> } {
  if (!names) {
    const hosts = new Map<string, number>();
    const domains = new Map<string, number>();
    PROVIDERS.forEach((p, i) => {
      for (const h of p.hosts ?? []) if (!hosts.has(h)) hosts.set(h, i);
      for (const d of p.domains ?? []) if (!domains.has(d)) domains.set(d, i);
    });
    names = { hosts, domains };
  }
  return names;
}

/**
 * The first provider (in PROVIDERS' order) that lists the name or one of its parent domains: "mx1.mail.example.com"
 * is listed by "example.com". Looked up once per dot, whatever the number of names listed.
 */
function listedBy(name: string, listed: Map<string, number>): Provider | null {
  let best = -1;
  for (let at = 0; at >= 0; at = name.indexOf('.', at) + 1 || -1) {
    const i = listed.get(at === 0 ? name : name.slice(at));
    if (i !== undefined && (best < 0 || i < best)) best = i;
  }
  return best < 0 ? null : (PROVIDERS[best] as Provider);
}

export interface ProviderHit {
  provider: Provider;
  /** How it was recognised; 'code': by its own code that decided the verdict (classify.ts), not by detection here. */
  by: 'remote host' | 'reply' | 'recipient domain' | 'code';
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
  if (host) {
    // A provider's MX or other listed host, or a host under one of its mail domains ("smtp.gmail.com").
    const p = listedBy(host, providerNames().hosts) ?? listedBy(host, providerNames().domains);
    if (p) return { provider: p, by: 'remote host' };
  }
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
  // The server that answered is named and is none of the providers': it is not the recipient's provider either (a
  // relay or smart host of the sender's — "relay=smtprelay1.telia.com" for a Hotmail address — refused the message).
  if (domain && !host) {
    const p = listedBy(domain, providerNames().domains);
    if (p) return { provider: p, by: 'recipient domain' };
  }
  return null;
}
