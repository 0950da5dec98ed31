/** The real-world reply table: every entry must get its expected category, side, permanence and provider. */
import { describe, expect, it } from 'vitest';
import { classify } from '../../lib/diagnosis/classify';
import { diagnoseRecipient } from '../../lib/diagnosis/diagnose';
import { readText } from '../../lib/engine/read';
import type { Category, Side } from '../../lib/diagnosis/types';
import { REPLIES } from './replies';

/** Who must act, per ../shared/docs/taxonomy.md (written out here, so the test checks the code against the contract). */
const TAXONOMY_SIDE: Record<string, Side> = {
  spf: 'sender', dkim: 'sender', dmarc: 'sender', unauthenticated: 'sender', ptr: 'sender', 'ip-blocklist': 'sender', 'domain-blocklist': 'sender',
  reputation: 'sender', 'rate-limit': 'sender', spam: 'sender', virus: 'sender', 'content-policy': 'sender', 'message-size': 'sender',
  'message-format': 'sender', 'relay-denied': 'sender', 'auth-required': 'sender', 'tls-required': 'either', 'sender-rejected': 'sender',
  'recipient-unknown': 'recipient', 'recipient-domain': 'recipient', 'mailbox-full': 'recipient', 'mailbox-disabled': 'recipient',
  'recipient-policy': 'recipient', policy: 'either', greylisting: 'none', 'delivery-timeout': 'either', network: 'either',
  'remote-error': 'recipient', protocol: 'sender', 'auto-reply': 'none', complaint: 'sender', delivered: 'none', unknown: 'either',
};

describe('real-world replies', () => {
  it('has at least 150 of them, covering every failure category', () => {
    expect(REPLIES.length).toBeGreaterThanOrEqual(150);
    const failureCategories = Object.keys(TAXONOMY_SIDE).filter((c) => !['auto-reply', 'complaint', 'delivered'].includes(c));
    const covered = new Set(REPLIES.map((r) => r.category));
    expect(failureCategories.filter((c) => !covered.has(c as Category))).toEqual([]);
  });

  it.each(REPLIES.map((r) => [r.reply.slice(0, 90), r] as const))('%s', (_label, c) => {
    const report = readText(c.reply);
    const facts = report.recipients[0];
    const code = facts?.code ?? null;
    const enhanced = facts?.enhanced ?? null;
    const got = classify({ reply: facts?.reply ?? c.reply, code, enhanced, remoteHost: c.remoteHost ?? null, recipient: c.recipient ?? null });
    expect({ category: got.category, provider: got.provider?.id ?? null, rule: got.ruleId }).toMatchObject({ category: c.category, provider: c.provider });
    const d = diagnoseRecipient(
      { ...(facts ?? { recipient: null, originalRecipient: null, code, enhanced, codeMismatch: null, reply: c.reply, replySpan: null, remoteIp: null, command: null, action: null, dsnStatus: null, diagnosticType: null, lastAttemptDate: null, statedReason: null }), remoteHost: c.remoteHost ?? null, recipient: c.recipient ?? null },
      { kind: 'failure', original: null },
    );
    expect(d.side).toBe(TAXONOMY_SIDE[c.category]);
    const cls = (enhanced ?? code ?? '5')[0];
    expect(d.permanent).toBe(c.category === 'greylisting' ? false : cls !== '4');
    // Suppression only for a bad address, and only when we are sure of it.
    expect(d.suppress).toBe(d.permanent && ['recipient-unknown', 'recipient-domain', 'mailbox-disabled'].includes(c.category) && d.confidence.level === 'high');
    expect(d.title.length).toBeGreaterThan(10);
    expect(d.checklist.length).toBeGreaterThan(0);
  });
});
