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

/** The table's reply as a bounce would quote it, with the remote host and recipient the table knows. */
function diagnose(c: (typeof REPLIES)[number]) {
  const report = readText(c.reply);
  const facts = report.recipients[0];
  const code = facts?.code ?? null;
  const enhanced = facts?.enhanced ?? null;
  const got = classify({ reply: facts?.reply ?? c.reply, code, enhanced, remoteHost: c.remoteHost ?? null, recipient: c.recipient ?? null });
  const d = diagnoseRecipient(
    { ...(facts ?? { recipient: null, originalRecipient: null, code, enhanced, codeMismatch: null, reply: c.reply, replySpan: null, remoteIp: null, command: null, action: null, dsnStatus: null, diagnosticType: null, lastAttemptDate: null, statedReason: null }), remoteHost: c.remoteHost ?? null, recipient: c.recipient ?? null },
    { kind: 'failure', original: null },
  );
  return { got, d };
}

describe('real-world replies', () => {
  it('has at least 150 of them, covering every failure category', () => {
    expect(REPLIES.length).toBeGreaterThanOrEqual(150);
    const failureCategories = Object.keys(TAXONOMY_SIDE).filter((c) => !['auto-reply', 'complaint', 'delivered'].includes(c));
    const covered = new Set(REPLIES.map((r) => r.category));
    expect(failureCategories.filter((c) => !covered.has(c as Category))).toEqual([]);
  });

  // Every entry: whatever the verdict, its who-acts side, permanence and suppression follow the taxonomy's contract.
  it.each(REPLIES.map((r) => [r.reply.slice(0, 90), r] as const))('%s', (_label, c) => {
    const { d } = diagnose(c);
    expect(d.side).toBe(TAXONOMY_SIDE[d.category]);
    const cls = (d.permanent ? '5' : '4');
    expect(cls).toBe(d.category === 'greylisting' ? '4' : (readText(c.reply).recipients[0]?.enhanced ?? readText(c.reply).recipients[0]?.code ?? '5')[0]);
    // Suppression only for a bad address, and only when we are sure of it.
    expect(d.suppress).toBe(d.permanent && ['recipient-unknown', 'recipient-domain', 'mailbox-disabled'].includes(d.category) && d.confidence.level === 'high');
    expect(d.title.length).toBeGreaterThan(10);
    expect(d.checklist.length).toBeGreaterThan(0);
  });

  // The table is the material the rules may be written from, so it measures fit, not generalization (the frozen test
  // does that): nearly all of it right, and nothing wrong said with high confidence. A rule is never added for one
  // entry (the single-sample check); an entry our documented knowledge cannot back stays a miss, listed here.
  it('gets at least 95% of the table right and none wrong with high confidence', () => {
    const wrong = REPLIES.map((c) => ({ c, ...diagnose(c) })).filter(({ c, got }) => got.category !== c.category || (got.provider?.id ?? null) !== c.provider);
    const list = wrong.map(({ c, got, d }) => `${c.category}/${c.provider} → ${got.category}/${got.provider?.id ?? null} (${d.confidence.level}) | ${c.reply.slice(0, 80)}`);
    expect(wrong.length / REPLIES.length, list.join('\n')).toBeLessThanOrEqual(0.05);
    expect(wrong.filter(({ d }) => d.confidence.level === 'high').map(({ c }) => c.reply), list.join('\n')).toEqual([]);
  });
});
