/** Both adapters and the bounce check, on the DOM fixtures: every opened message found, every bounce right. */
import { verdictsFor } from '../../lib/diagnosis/verdict';
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../lib/webmail/bounce-check';
import { ADAPTERS } from '../../lib/webmail/index';
import { visibleText } from '../../lib/webmail/text';
import { PAGES } from './pages';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('webmail pages', () => {
  it('has at least 25 pages, at least 8 of them hard non-bounces', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(25);
    expect(PAGES.filter((p) => p.messages.every((m) => m === null)).length).toBeGreaterThanOrEqual(8);
  });

  it.each(PAGES.map((p) => [p.name, p] as const))('%s', (_name, page) => {
    const doc = parse(page.html);
    const messages = ADAPTERS[page.webmail].findOpenMessages(doc);
    expect(messages).toHaveLength(page.messages.length);
    messages.forEach((m, i) => {
      const want = page.messages[i];
      const got = checkMessage(m, visibleText(m.body));
      if (want === null) {
        expect(got).toBeNull();
        return;
      }
      expect(got).not.toBeNull();
      const first = got!.report.recipients[0];
      expect({ category: verdictsFor(got!.report)[0]?.category, recipient: first?.recipient ?? null, code: first?.code ?? null }).toEqual(want);
      // The card goes above the body, inside the message.
      expect(m.anchor.contains(m.body) || m.anchor === m.body).toBe(true);
    });
    // Ids are stable across reads of the same page.
    expect(ADAPTERS[page.webmail].findOpenMessages(doc).map((m) => m.id)).toEqual(messages.map((m) => m.id));
  });

  it('reads the sender and the subject', () => {
    const gmail = ADAPTERS.gmail.findOpenMessages(parse(PAGES[0]!.html))[0]!;
    expect(gmail.sender).toEqual({ email: 'mailer-daemon@googlemail.com', name: 'Mail Delivery Subsystem' });
    expect(gmail.subject).toBe('Delivery Status Notification (Failure)');
    expect(gmail.id).toBe('gmail:#msg-f:1790000000000000002');
    const outlook = ADAPTERS.outlook.findOpenMessages(parse(PAGES.find((p) => p.webmail === 'outlook')!.html))[0]!;
    expect(outlook.sender?.email).toBe('postmaster@contoso.onmicrosoft.com');
    expect(outlook.subject).toBe('Undeliverable: Quarterly report');
  });

  it('turns markup into readable text, keeping line structure and skipping scripts', () => {
    const doc = parse('<div id="b"><p>550 5.1.1 user<br>unknown</p><script>alert(1)</script><table><tr><td>a</td><td>b</td></tr></table></div>');
    expect(visibleText(doc.getElementById('b')!)).toBe('550 5.1.1 user\nunknown\n\na b');
  });
});

describe('old systems in the webmail', () => {
  it("a card is found for an old system's notice (GroupWise) as the webmail shows its text, not only for a paste", () => {
    const text = 'The message that you sent was undeliverable to the following:\n        lsmith@groupwise.dest.example (user not found)\n\nPossibly truncated original message follows:\n';
    const got = checkMessage({ sender: { email: 'Mailer-Daemon@groupwise.dest.example', name: null }, subject: 'Message status - undeliverable' }, text);
    expect(got).not.toBeNull();
    expect(got?.report.recipients[0]?.recipient).toBe('lsmith@groupwise.dest.example');
  });
});
