/** The sender's and recipient's real details, read from the bounce, to fill the checklist. */
import type { OriginalMessage } from '../engine/types';

const IPV4 = String.raw`((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})`;
/** Where replies name the sending IP: "Client host [x]", "messages from [x]", "banned sending IP [x]", "ip=x". */
const IP_HINTS: RegExp[] = [
  new RegExp(String.raw`(?:client host|messages from|sending ip|from ip|your ip(?: address)?|ip address|connections will not be accepted from|mail server|ip=|ip:|\bip)\s*\[?${IPV4}\]?`, 'i'),
  new RegExp(String.raw`\[${IPV4}\]`),
];

export function sendingIp(reply: string | null, remoteIp: string | null): string | null {
  if (!reply) return null;
  for (const re of IP_HINTS) {
    const m = re.exec(reply);
    if (m?.[1] && m[1] !== remoteIp) return m[1];
  }
  return null;
}

const DOMAIN = String.raw`([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?){1,8})`;
const DOMAIN_HINTS: RegExp[] = [
  new RegExp(String.raw`(?:email from|mail from|sending domain|sender domain|from domain|administrator of)\s+${DOMAIN}\b`, 'i'),
  new RegExp(String.raw`\bdomain of sender address [^\s@]{1,64}@${DOMAIN}`, 'i'),
  // Postfix names what it refuses before the colon: "<me@shop.example>: Sender address rejected: …" (smtpd_check.c).
  new RegExp(String.raw`<[^\s<>@]{1,64}@${DOMAIN}>:? sender address rejected\b`, 'i'),
];

function addressDomain(value: string | null): string | null {
  const m = value ? /@([a-z0-9.-]{1,253}[a-z0-9])/i.exec(value) : null;
  return m?.[1]?.toLowerCase() ?? null;
}

export function senderDomain(original: OriginalMessage | null, reply: string | null): string | null {
  const fromOriginal = addressDomain(original?.from ?? null);
  if (fromOriginal) return fromOriginal;
  if (reply) {
    for (const re of DOMAIN_HINTS) {
      const m = re.exec(reply);
      if (m?.[1] && m[1].includes('.')) return m[1].toLowerCase().replace(/\.$/, '');
    }
  }
  return null;
}

export function dkimSelector(original: OriginalMessage | null, domain: string | null): string | null {
  const sigs = original?.dkimSignatures ?? [];
  return (sigs.find((s) => s.domain?.toLowerCase() === domain) ?? sigs[0])?.selector ?? null;
}
