/**
 * A recipient domain one keystroke away from a large mailbox provider's ("gmial.com", "hotmail.con", "yahooo.com",
 * "outlok.com"): the address was most likely mistyped, and a bounce of that address (no such user, no such domain,
 * relay refused, no mail server) says so. The providers' own domains come from providers/*.ts; a suggestion is made
 * only for a domain of at least 8 characters (a short one is a keystroke away from too many real ones), only when one
 * domain is that close, and never for a domain that is itself a provider's.
 */
import { PROVIDERS } from './providers';
import type { Category } from './types';

/** Verdicts a mistyped recipient domain brings about: no such user or domain there, no relaying for it, no server. */
export const TYPO_CATEGORIES: ReadonlySet<Category> = new Set(['recipient-unknown', 'recipient-domain', 'relay-denied', 'network']);

/** Real mailbox domains a keystroke away from a provider's, which must not be "corrected" (mail.com's email.com). */
const ALSO_REAL = ['email.com', 'gmx.us', 'yahoo.es', 'yahoo.it', 'hotmail.es', 'hotmail.it', 'outlook.es', 'outlook.it', 'live.fr', 'live.de', 'live.nl', 'live.ca'];

let known: { all: Set<string>; targets: string[] } | null = null;
function domains(): { all: Set<string>; targets: string[] } {
  if (!known) {
    const all = new Set<string>([...PROVIDERS.flatMap((p) => p.domains ?? []), ...ALSO_REAL]);
    known = { all, targets: [...all].filter((d) => d.length >= 8 && !ALSO_REAL.includes(d)) };
  }
  return known;
}

/** Whether `a` becomes `b` by one insertion, deletion, substitution, or swap of two neighbouring characters. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // One substitution, or one swap of neighbours.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // One character more in the longer one.
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The provider domain the address's domain most likely meant, or null (the domain is fine, or too ambiguous). */
export function likelyMeant(domain: string | null | undefined): string | null {
  if (!domain) return null;
  const d = domain.toLowerCase().replace(/\.$/, '');
  // (A domain name is at most 253 characters; anything else here is not one.)
  if (d.length < 7 || d.length > 253 || !/^[a-z0-9.-]+$/.test(d)) return null;
  const { all, targets } = domains();
  if (all.has(d)) return null;
  const near = targets.filter((t) => oneEditApart(d, t));
  return near.length === 1 ? (near[0] as string) : null;
}
