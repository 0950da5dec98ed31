/** Sending services' event JSON: the table's choices that the fixtures do not show. */
import { describe, expect, it } from 'vitest';
import { ESP_EVENT_FORMATS, readEspEvents } from '../../lib/engine/esp-events';
import { readPastedText } from '../../lib/engine/read';
import { readText } from '../../lib/engine/read-text';

describe('sending-service events', () => {
  it('reads an Amazon SES notification pasted without its last closing braces, and says so', () => {
    const cut = '{"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":"pat@example.org"}],"timestamp":"2024-01-01T00:00:00.000Z","complaintFeedbackType":"abuse"}';
    const report = readPastedText(cut);
    expect(report.kind).toBe('complaint');
    expect(report.notes.join(' ')).toMatch(/without its last closing braces/);
    // Cut inside a string, it is not guessed at.
    expect(readPastedText('{"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":"pat@exa').kind).not.toBe('complaint');
  });
  it('reads a batch that holds only deliveries as deliveries, not as a bounce', () => {
    const got = readEspEvents(JSON.stringify([{ email: 'a@fine.example', event: 'delivered', sg_event_id: 'x', response: '250 2.0.0 OK' }]));
    expect(got).toMatchObject({ format: 'sendgrid', kind: 'delivered', recipients: [{ recipient: 'a@fine.example', code: '250', action: 'delivered' }] });
    expect(readPastedText(JSON.stringify([{ email: 'a@fine.example', event: 'open', sg_event_id: 'x' }])).isBounce).toBe(false);
  });

  it("keeps a service's own code out of the reply (Mailgun's 605: not sent, the address bounced before)", () => {
    const got = readEspEvents(
      JSON.stringify({ 'event-data': { event: 'failed', severity: 'permanent', reason: 'suppress-bounce', recipient: 'old@dest.example', 'delivery-status': { code: 605, message: '', description: 'Not delivering to previously bounced address' } } }),
    );
    expect(got?.kind).toBe('failure');
    expect(got?.recipients[0]).toMatchObject({ recipient: 'old@dest.example', code: null, enhanced: null, reply: 'Not delivering to previously bounced address', statedReason: 'suppress-bounce' });
  });

  it('reads every bounce of a list from an API (Postmark /bounces)', () => {
    const bounce = (email: string, details: string, type = 'HardBounce') => ({ ID: 1, Type: type, TypeCode: 1, Email: email, Details: details, Description: 'Hard bounce' });
    const got = readEspEvents(JSON.stringify({ TotalCount: 2, Bounces: [bounce('a@dest.example', 'smtp;550 5.1.1 user unknown'), bounce('b@dest.example', 'smtp;452 4.2.2 mailbox full', 'Transient')] }));
    expect(got?.kind).toBe('failure');
    expect(got?.recipients.map((r) => [r.recipient, r.code, r.action, r.diagnosticType])).toEqual([
      ['a@dest.example', '550', 'failed', 'smtp'],
      ['b@dest.example', '452', 'delayed', 'smtp'],
    ]);
  });

  it('tells apart services that share words ("hard_bounce"): Mandrill by its msg, Brevo by its top-level fields', () => {
    const mandrill = readEspEvents(JSON.stringify([{ event: 'hard_bounce', msg: { email: 'm@dest.example', bounce_description: 'bad_mailbox', diag: 'smtp;550 5.1.1 no such user' } }]));
    const brevo = readEspEvents(JSON.stringify({ event: 'hard_bounce', email: 'b@dest.example', reason: '550 5.1.1 no such user' }));
    expect([mandrill?.format, mandrill?.recipients[0]?.recipient]).toEqual(['mandrill', 'm@dest.example']);
    expect([brevo?.format, brevo?.recipients[0]?.recipient]).toEqual(['brevo', 'b@dest.example']);
  });

  it('reads an event that a log line wraps, brackets and all', () => {
    const line = '[2026-11-30 10:00:01] webhook {"email":"ola@dest.example","event":"bounce","sg_event_id":"x","reason":"550 5.1.1 no such user"} [ok]';
    expect(readEspEvents(line)?.recipients[0]).toMatchObject({ recipient: 'ola@dest.example', code: '550' });
  });

  it('leaves JSON alone that no service marks as its own, and survives broken JSON', () => {
    expect(readEspEvents(JSON.stringify({ event: 'bounce', email: 'x@dest.example', reason: '550 5.1.1 no such user' }))).toBeNull();
    expect(readEspEvents('{"sg_event_id": "x", "event": "bounce", "reason": "550 ')).toBeNull();
    expect(readEspEvents('[' + '{"sg_event_id":"x",'.repeat(50_000))).toBeNull();
  });

  it('has one entry per service, each with markers and at least one type read as a failure', () => {
    const ids = ESP_EVENT_FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of ESP_EVENT_FORMATS) {
      expect(f.markers.length).toBeGreaterThan(0);
      expect(Object.values(f.kinds)).toContain('failure');
    }
  });

  it('are read in pastes and files, while the webmail reader keeps to what mail can carry (SES notifications)', () => {
    const event = JSON.stringify([{ email: 'ola@dest.example', event: 'bounce', sg_event_id: 'x', reason: 'Mailbox full', status: '5.2.2' }]);
    expect(readPastedText(event)).toMatchObject({ format: 'sendgrid', recipients: [{ recipient: 'ola@dest.example', enhanced: '5.2.2' }] });
    expect(readText(event).format).not.toBe('sendgrid');
  });
});
