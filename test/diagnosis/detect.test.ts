import { describe, expect, it } from 'vitest';
import { detectProvider } from '../../lib/diagnosis/detect';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { readPastedText } from '../../lib/engine/read';

describe('the provider that answered', () => {
  it("is the remote host's provider: one of its listed hosts, or a host under one of its mail domains", () => {
    expect(detectProvider('gmail-smtp-in.l.google.com', null, 'pat@gmail.com')).toMatchObject({ provider: { id: 'google' }, by: 'remote host' });
    expect(detectProvider('corp-example.mail.protection.outlook.com', null, 'pat@corp.example')).toMatchObject({ provider: { id: 'microsoft' }, by: 'remote host' });
    // Gmail's submission server is under gmail.com, not among the MX hosts.
    expect(detectProvider('smtp.gmail.com', null, 'pat@gmail.com')).toMatchObject({ provider: { id: 'google' }, by: 'remote host' });
  });

  it("is the recipient domain's provider only when no server is named", () => {
    expect(detectProvider(null, '550 5.1.1 User unknown', 'pat@hotmail.com')).toMatchObject({ provider: { id: 'microsoft' }, by: 'recipient domain' });
    // A relay of the sender's refused the message: it is not Microsoft because the address is a Hotmail one.
    expect(detectProvider('smtprelay1.telia.example', '554 5.7.1 Sender address rejected', 'pat@hotmail.com')).toBeNull();
  });

  it("does not name the recipient's provider for a refusal by the sender's own smart host", () => {
    const log = 'Jan  6 23:21:03 box postfix/smtp[3743]: 75BEC2DEC2: to=<pat@gmail.com>, relay=mail.isp.example[192.0.2.25]:25, delay=0.35, dsn=5.1.8, status=bounced (host mail.isp.example[192.0.2.25] said: 550 5.1.8 invalid/host-not-in-DNS return address not allowed (in reply to MAIL FROM command))';
    const [d] = diagnoseReport(readPastedText(log));
    expect(d?.category).toBe('sender-rejected');
    expect(d?.provider).toBeNull();
    expect(d?.title).not.toMatch(/Google/);
  });
});
