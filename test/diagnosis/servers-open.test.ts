/**
 * Open-source mail servers' own replies (knowledge/servers-open.ts): maddy, Dovecot LMTP, chasquid, mox, Postal,
 * Apache James, Haraka plugins. Texts written by us in each server's wording, as its source gives it. Each was misread
 * before the table, or read right only by its bare status at low confidence.
 */
import { describe, expect, it } from 'vitest';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { readPastedText } from '../../lib/engine/read';

const pasted = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];

describe("an open-source server's own reply", () => {
  it.each([
    ["chasquid's outgoing delivery, no MX for the domain (Go's NXDOMAIN)", 'recipient-domain', 'Could not find mail server: lookup example.invalid: no such host'],
    ["mox defers recipients beyond the first without an SPF pass: a limit, not an SPF failure", 'rate-limit', '452 4.5.3 only one recipient allowed without spf pass'],
    ["Haraka's prevent_credential_leaks", 'content-policy', 'Credential leak detected: never give out your username/password to anyone!'],
    ["Postal's loop detection", 'remote-error', '550 Loop detected'],
    ["maddy's shipped configuration for a recipient outside its domains", 'relay-denied', '550 5.1.1 User not local (msg ID = 1a2b3c4d)'],
  ])('%s', (_what, category, text) => {
    expect(pasted(text)?.category).toBe(category);
  });

  it.each([
    ['chasquid, AUTH before STARTTLS', 'tls-required', '503 5.7.10 You feel vulnerable'],
    ['chasquid, a TLS downgrade refused', 'tls-required', '550 5.7.3 Security level check failed'],
    ["mox's junk filter asks for a pass in the subject", 'spam', '550 5.7.1 Your message resembles spam. If your email is legitimate, please send it again with the following added to the email message subject: (pass:x7Yb2Qd)'],
  ])('%s: read from its own words, not the status alone', (_what, category, text) => {
    const d = pasted(text);
    expect(d?.category).toBe(category);
    expect(d?.confidence.level).toBe('high');
  });
});
