/** The published-knowledge tables: every entry cites where it comes from, is well-formed, and reads as it documents. */
import { describe, expect, it } from 'vitest';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { entries as entryMaker, SUPPRESSED } from '../../lib/diagnosis/knowledge/entry';
import { KNOWLEDGE } from '../../lib/diagnosis/knowledge/index';
import { CATEGORIES } from '../../lib/diagnosis/taxonomy';
import { GENERAL_RULES } from '../../lib/diagnosis/rules/index';
import { PROVIDERS } from '../../lib/diagnosis/providers';
import { readPastedText } from '../../lib/engine/read';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { documentedCategory } from '../helpers/documented';

const entries = KNOWLEDGE.flatMap((k) => k.replies.map((e) => ({ ...e, sourceId: k.id })));
/** It names a URL, an RFC, or "owner/repo path" of the program's own source (a manual's title may come first). */
const CITATION = /https?:\/\/\S|\bRFC \d+|^[\w.-]+\/[\w.-]+ \S+/;

describe('published knowledge', () => {
  it('has well over a thousand entries from dozens of sources, with unique ids', () => {
    expect(entries.length).toBeGreaterThan(1000);
    expect(KNOWLEDGE.length).toBeGreaterThan(50);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(new Set(KNOWLEDGE.map((k) => k.id)).size).toBe(KNOWLEDGE.length);
  });

  it('every entry cites its source and can match something', () => {
    const bad = entries.filter((e) => !CITATION.test(e.source) || !CATEGORIES.includes(e.category) || (!e.token && !e.phrases?.length && !e.status) || e.phrases?.some((p) => p !== p.toLowerCase() || p.trim() === ''));
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it('every general rule and provider rule says where its knowledge comes from', () => {
    const rules = [...GENERAL_RULES, ...PROVIDERS.flatMap((p) => p.rules)];
    expect(rules.filter((r) => !r.source || r.source.length < 8).map((r) => r.id)).toEqual([]);
  });

  it('reads the documented texts as they are documented (at least 95% of them)', () => {
    // Pasted as they are; a text that is a description rather than a reply is scored with its documented status.
    const wrong = entries.filter((e) => documentedCategory(e) !== e.category);
    expect(wrong.length / entries.length, wrong.slice(0, 20).map((e) => `${e.id}: ${e.category}`).join('\n')).toBeLessThan(0.05);
  });
});

describe('a new table does not take over common words', () => {
  it.each([
    // Postfix's RBL rejection often says "554 Service unavailable" before the list: the list decides, confidently.
    ['554 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org', 'ip-blocklist', 'high'],
    // A symptom with no cause is not a rate limit: Yahoo's "temporarily deferred due to user complaints" is reputation
    // (said as medium at most: weights.ts CATEGORY_CAP).
    ['421 4.7.0 [TS01] Messages from 192.0.2.1 temporarily deferred due to user complaints', 'reputation', 'medium'],
    // A refusal whose only cause is the receiver's policy says no more than that, however documented the words are
    // (weights.ts CATEGORY_CAP): Exchange Online's Reject Direct Send, Postfix's bare access-table refusal.
    ['550 5.7.68 TenantInboundAttribution; Direct Send not allowed for this organization from unauthorized sources', 'policy', 'medium'],
    ['554 5.7.1 <mx.example.net[192.0.2.1]>: Client host rejected: Access denied', 'policy', 'medium'],
  ])('%s', (reply, category, level) => {
    const d = diagnoseReport(readPastedText(reply, { documented: isDocumentedFailure }))[0];
    expect(d?.category).toBe(category);
    expect(d?.confidence.level).toBe(level);
  });
  it("Mail::SPF's default explanation of a failed SPF check names SPF, whatever the refusal around it says", () => {
    const d = diagnoseReport(readPastedText('550 5.7.1 <pat@example.org>: Sender address rejected: Please see http://www.openspf.org/Why?s=mfrom;id=pat@example.org;ip=192.0.2.9;r=mx.example.net', { documented: isDocumentedFailure }))[0];
    expect(d).toMatchObject({ category: 'spf', ruleId: 'mail-spf.default-explanation' });
  });
  it('"554 Service unavailable" alone names no cause', () => {
    const d = diagnoseReport(readPastedText('554 Service unavailable', { documented: isDocumentedFailure }))[0];
    expect(d?.confidence.level).not.toBe('high');
  });
});

describe('entries (knowledge/entry.ts)', () => {
  it("names an entry after its source, cites the source's page unless it names its own, and keeps only what is given", () => {
    const make = entryMaker('svc', 'https://svc.example/errors', (c) => (c === 'recipient-unknown' ? SUPPRESSED : undefined));
    expect(make('a', 'spam', ['x y'], '550 x y')).toEqual({ id: 'svc.a', category: 'spam', phrases: ['x y'], text: '550 x y', source: 'https://svc.example/errors' });
    expect(make('b', 'recipient-unknown', [], '550', { token: 'B1', source: 'https://svc.example/b' })).toMatchObject({ token: 'B1', source: 'https://svc.example/b', variant: SUPPRESSED });
    expect(make('c', 'recipient-unknown', [], '550', { variant: 'other' }).variant).toBe('other');
  });
});

describe("Exchange Online's Reject Direct Send (5.7.68)", () => {
  const pasted = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it("is the receiving organization's policy against anonymous mail from its own domains, whether the code is labelled on a line of its own or not", () => {
    const reply = '550 5.7.68 TenantInboundAttribution; Direct Send not allowed for this organization from unauthorized sources';
    for (const text of [reply, `Recipient server rejected email. Status code: 550\n${reply}`, `The server response was: ${reply.slice(4)}`]) {
      const d = pasted(text);
      expect([d?.category, d?.ruleId], text).toEqual(['policy', 'microsoft.5.7.68-direct-send-rejected']);
    }
  });
});

describe('a provider code whose reply says only "policy reasons"', () => {
  const pasted = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it("takes the provider's documented cause, at most with medium confidence (the words the sender sees name none)", () => {
    for (const [text, category] of [
      ['550 5.7.1 Reject for policy reason RULE3_2. See http://postmaster.gandi.net', 'spam'],
      ['554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes', 'virus'],
      ['554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes', 'unauthenticated'],
      ['550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]', 'spam'],
    ] as const) {
      const d = pasted(text);
      expect(d?.category, text).toBe(category);
      expect(d?.confidence.level, text).not.toBe('high');
    }
  });
});

describe("IceWarp's Intrusion Prevention", () => {
  const pasted = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it("puts the sending IP on the receiver's own temporary block list: an IP blocklist, not a vague policy refusal", () => {
    for (const text of ['421 4.7.1 Intrusion prevention active for [192.0.2.1]', 'SMTP Error: 421 4.7.1 Intrusion prevention active for [192.0.2.7][I]']) {
      const d = pasted(text);
      expect([d?.category, d?.ruleId], text).toEqual(['ip-blocklist', 'icewarp.intrusion-prevention']);
      expect(d?.confidence.level, text).not.toBe('high');
    }
  });
});

describe("rspamd's mime_types symbols", () => {
  const pasted = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it('are an attachment type the receiver refuses, pasted from its history or log; one score among many, so at most medium', () => {
    for (const text of ['MIME_BAD_EXTENSION (4.00) [scr]', 'rejected by rspamd: MIME_DOUBLE_BAD_EXTENSION(6.00)[.doc.exe]', 'MIME_BAD_ATTACHMENT (1.60) [pdf]']) {
      const d = pasted(text);
      expect(d?.category, text).toBe('content-policy');
      expect(d?.confidence.level, text).not.toBe('high');
    }
  });
});

describe("Zoho's MX replies (smtp.codes/zoho)", () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it.each([
    // 5.4.1 is "No answer from host" in the registry; Zoho uses it for the receiving domain's own filters.
    ['541 5.4.1 Mail rejected by destination domain'],
    ['452 <kim@dest.example> Mailbox delivery restricted by policy error'],
  ])('%s: the receiving domain filters the mail, read by a third party (at most medium)', (text) => {
    const d = first(text);
    expect(d?.category).toBe('recipient-policy');
    expect(d?.confidence.level).not.toBe('high');
  });
});

describe("McAfee SaaS Email Protection's (MX Logic's) refusals, marked '(Mode: normal)'", () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it('reads its bare denial as the content, never with high confidence, and its blocklist as the IP', () => {
    const denied = first('host dest.example.inbound10.mxlogicmx.net[192.0.2.2] said: 554 Denied [8f0c.0.1.00-1.1.p01c12m012.mxlogic.net] (Mode: normal) (in reply to end of DATA command)');
    expect(denied?.category).toBe('spam');
    expect(denied?.confidence.level).not.toBe('high');
    expect(first('reason: 551 Mailhost is on our global blacklist (Mode: normal)')?.category).toBe('ip-blocklist');
  });
});
