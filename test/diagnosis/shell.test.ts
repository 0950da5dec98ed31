/**
 * Commands filled from a bounce cannot be turned against the user who copies them: every value is validated by its
 * grammar (else a placeholder with a note), then quoted; the result is one command with exactly the expected words.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { explain } from '../../lib/diagnosis/explain';
import { asHostname, asIp, asIpv6, asSelector, fillCommand, isInertCommand, shellQuote, splitWords } from '../../lib/diagnosis/shell';
import { CATEGORIES } from '../../lib/diagnosis/taxonomy';
import { CATEGORY_TEXTS, PROVIDER_STEPS, RULE_TEXTS } from '../../lib/diagnosis/texts/en';
import { PROVIDERS } from '../../lib/diagnosis/providers';
import { reportMarkdown } from '../../lib/pages/markdown';
import { readBounceBytes } from '../../lib/engine/input';

const HOSTILE = [
  'x$(touch${IFS}/tmp/PWNED)',
  'sel`id`',
  'a;rm -rf ~',
  "a' ; echo pwned '",
  'a"b',
  'a\nb',
  'a\rb',
  'a|b',
  'a&&b',
  'a>b',
  '$HOME',
  '~root',
  '{a,b}',
  'a*',
  'exаmple.com', // Cyrillic а: a look-alike letter
  'example\u202e.com', // right-to-left override
  'exam\u200bple.com', // zero-width space
  '-oProxyCommand=x',
  '\\x',
  '',
  ' ',
];

describe('grammar checks', () => {
  it('accepts real names and addresses', () => {
    expect(asHostname('Mail.Example.COM.')).toBe('mail.example.com');
    expect(asHostname('xn--bcher-kva.example')).toBe('xn--bcher-kva.example');
    expect(asHostname('bücher.example')).toBe('xn--bcher-kva.example');
    expect(asSelector('s1')).toBe('s1');
    expect(asSelector('20230601')).toBe('20230601');
    expect(asSelector('sel.sub-1')).toBe('sel.sub-1');
    expect(asIp('203.0.113.5')).toBe('203.0.113.5');
    expect(asIpv6('2001:db8::1')).toBe('2001:db8::1');
    expect(asIpv6('::ffff:192.0.2.1')).toBe('::ffff:192.0.2.1');
    expect(asIpv6('2001:db8:0:0:0:0:0:1')).toBe('2001:db8:0:0:0:0:0:1');
  });
  it('refuses everything else', () => {
    for (const v of HOSTILE) {
      expect(asSelector(v), v).toBeNull();
      expect(asIp(v), v).toBeNull();
    }
    for (const v of HOSTILE.filter((h) => h !== 'exаmple.com')) expect(asHostname(v), v).toBeNull();
    // A look-alike letter is a real IDN: it only ever comes out as its A-label, never as the Unicode form.
    expect(asHostname('exаmple.com')).toMatch(/^xn--[a-z0-9-]+\.com$/);
    expect(asHostname('localhost')).toBeNull();
    expect(asHostname('a.123')).toBeNull();
    expect(asHostname('-a.example')).toBeNull();
    expect(asHostname(`${'a'.repeat(64)}.example`)).toBeNull();
    expect(asIp('256.1.1.1')).toBeNull();
    expect(asIp('01.2.3.4')).toBeNull();
    expect(asIp('1:2:3:4:5:6:7:8:9')).toBeNull();
    expect(asIp('1::2::3')).toBeNull();
  });
  it('quotes a word only when it needs it, and a quoted word splits back to itself', () => {
    expect(shellQuote('example.com')).toBe('example.com');
    for (const w of ["it's", 'a b', '$(x)', '']) expect(splitWords(shellQuote(w))).toEqual([w === '' ? '' : w]);
  });
});

const args = (over: Partial<Record<'domain' | 'selector' | 'ip' | 'host' | 'rcpt', string | null>>) => ({
  domainArg: { kind: 'hostname' as const, value: over.domain ?? null, placeholder: 'your-domain.example', name: 'sender domain' },
  selectorArg: { kind: 'selector' as const, value: over.selector ?? null, placeholder: 'SELECTOR', name: 'DKIM selector' },
  ipArg: { kind: 'ip' as const, value: over.ip ?? null, placeholder: 'YOUR.SENDING.IP', name: 'sending IP' },
  recipientMxArg: { kind: 'hostname' as const, value: over.host ?? null, placeholder: 'RECIPIENT-MX', name: 'remote server name' },
});

describe('fillCommand', () => {
  it('puts a placeholder and a note where the bounce gives a value that is not a name', () => {
    const f = fillCommand('dig +short TXT {selectorArg}._domainkey.{domainArg}', args({ selector: 'x$(touch${IFS}/tmp/PWNED)', domain: 'shop.example' }));
    expect(f.command).toBe('dig +short TXT SELECTOR._domainkey.shop.example');
    expect(f.note).toMatch(/DKIM selector is not a valid selector name; replace SELECTOR/);
    const g = fillCommand('dig +short TXT {selectorArg}._domainkey.{domainArg}', args({ selector: 's1', domain: 'shop.example' }));
    expect(g).toEqual({ command: 'dig +short TXT s1._domainkey.shop.example', note: null });
  });

  const template = fc.constantFrom(
    'dig +short TXT {domainArg}',
    'dig +short TXT {selectorArg}._domainkey.{domainArg}',
    'dig +short TXT _dmarc.{domainArg}',
    'dig +short -x {ipArg}',
    'openssl s_client -starttls smtp -connect {recipientMxArg}:25',
  );
  const hostile = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom(...HOSTILE),
    fc.tuple(fc.constantFrom('a', 'sel', 'example.com', '1.2.3.4'), fc.constantFrom(...HOSTILE), fc.string({ maxLength: 8 })).map((p) => p.join('')),
  );

  it('always gives one inert command with exactly the expected words (property)', () => {
    fc.assert(
      fc.property(template, hostile, hostile, hostile, hostile, (t, domain, selector, ip, host) => {
        const a = args({ domain, selector, ip, host });
        const { command } = fillCommand(t, a);
        const words = splitWords(command);
        expect(words, command).not.toBeNull();
        const expected = t.split(' ').map((w) =>
          w
            .replace('{domainArg}', asHostname(domain) ?? 'your-domain.example')
            .replace('{selectorArg}', asSelector(selector) ?? 'SELECTOR')
            .replace('{ipArg}', asIp(ip) ?? 'YOUR.SENDING.IP')
            .replace('{recipientMxArg}', asHostname(host) ?? 'RECIPIENT-MX'),
        );
        expect(words).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('bash reads each command as the same words and runs nothing (bash -n, then the words echoed back)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-shell-'));
    try {
      const canary = join(dir, 'PWNED');
      for (const v of [...HOSTILE, `x$(touch ${canary})`, `\`touch ${canary}\``, `a;touch ${canary}`]) {
        for (const t of ['dig +short TXT {selectorArg}._domainkey.{domainArg}', 'openssl s_client -starttls smtp -connect {recipientMxArg}:25', 'dig +short -x {ipArg}']) {
          const { command } = fillCommand(t, args({ domain: v, selector: v, ip: v, host: v }));
          execFileSync('bash', ['-n', '-c', command]);
          // Replace the program by a function that prints its arguments: bash parses the rest exactly as it would.
          const printed = execFileSync('bash', ['-c', `p() { printf '%s\\0' "$@"; }; p ${command.slice(command.indexOf(' ') + 1)}`], { cwd: dir }).toString();
          expect(printed.split('\0').slice(0, -1)).toEqual(splitWords(command)?.slice(1));
        }
      }
      expect(existsSync(canary)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('every checklist the engine can write', () => {
  it('has only inert commands, whatever the bounce says (all categories, rules and providers)', () => {
    const contexts = [...Object.keys(RULE_TEXTS).map((ruleId) => ({ ruleId, category: 'unknown' as const })), ...CATEGORIES.map((category) => ({ category, ruleId: undefined }))];
    const providers = [null, ...PROVIDERS.map((p) => p.id)];
    fc.assert(
      fc.property(fc.constantFrom(...contexts), fc.constantFrom(...providers), fc.constantFrom(...HOSTILE), fc.constantFrom(...HOSTILE), (c, providerId, v, w) => {
        const texts = explain({ category: c.ruleId ? (CATEGORIES.find((k) => CATEGORY_TEXTS[k] && RULE_TEXTS[c.ruleId as string]) ?? c.category) : c.category, ruleId: c.ruleId, providerId, domain: v, ip: () => w, recipient: `user@${w}`, selector: v, zone: null, remoteHost: w });
        for (const step of texts.checklist) if (step.command) expect(isInertCommand(step.command), step.command).toBe(true);
      }),
      { numRuns: 1500 },
    );
    expect(Object.keys(PROVIDER_STEPS).length).toBeGreaterThan(0);
  });

  it("a fake bounce whose returned message has DKIM-Signature s=x$(touch…) offers a command with SELECTOR and says why, in the report's Markdown too", async () => {
    const eml = [
      'From: Mail Delivery System <MAILER-DAEMON@mx.sender.example>',
      'To: pat@shop.example',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'This is the mail system at host mx.sender.example.',
      '',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.sender.example',
      '',
      'Final-Recipient: rfc822; ann@dest.example',
      'Action: failed',
      'Status: 5.7.30',
      'Diagnostic-Code: smtp; 550-5.7.30 Your email has been blocked because DKIM authentication didn\'t pass for this message. - gsmtp',
      '',
      '--b',
      'Content-Type: text/rfc822-headers',
      '',
      'DKIM-Signature: v=1; a=rsa-sha256; d=shop.example; s=x$(touch${IFS}/tmp/PWNED); h=from; bh=x=; b=y=',
      'From: Pat <pat@shop.example>',
      'To: ann@dest.example',
      'Subject: hello',
      '',
      '--b--',
      '',
    ].join('\r\n');
    const report = await readBounceBytes(new TextEncoder().encode(eml));
    const [d] = diagnoseReport(report);
    expect(d?.category).toBe('dkim');
    const step = d?.checklist.find((s) => s.command?.includes('_domainkey'));
    expect(step?.command).toBe('dig +short TXT SELECTOR._domainkey.shop.example');
    expect(step?.text).toMatch(/replace SELECTOR/);
    expect(d?.checklist.map((s) => s.text).join(' ')).not.toContain('$(');
    expect(reportMarkdown(report, d ? [d] : [])).not.toContain('$(touch');
  });

  it('commands stored by an older version are not offered when they are not inert', () => {
    expect(isInertCommand('dig +short TXT x$(touch${IFS}/tmp/PWNED)._domainkey.shop.example')).toBe(false);
    expect(isInertCommand('dig +short MX `id`.example')).toBe(false);
    expect(isInertCommand('dig +short MX a.example\nrm -rf ~')).toBe(false);
    expect(isInertCommand("dig +short MX 'a.example'")).toBe(true);
  });
});
