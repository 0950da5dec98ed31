/**
 * The copied report is inert: whatever the bounce says (subject, addresses, hosts, the reply), the Markdown, rendered
 * as GitHub and chat tools do (links detected in plain text, HTML allowed), has no link, image, heading or HTML of the
 * bounce's making; and it is in human words, with no internal id.
 */
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { readText } from '../../lib/engine/read-text';
import type { BounceReport } from '../../lib/engine/types';
import { mdCode, mdText, reportMarkdown, reportText } from '../../lib/pages/markdown';

const md = new MarkdownIt({ html: true, linkify: true });
const render = (s: string) => md.render(s);

/** Tags in the rendered HTML, with how many of each. */
function tags(html: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of html.matchAll(/<([a-z][a-z0-9]*)\b/gi)) out[m[1]!.toLowerCase()] = (out[m[1]!.toLowerCase()] ?? 0) + 1;
  return out;
}

const HOSTILE = [
  '[click me](https://evil.example/x)',
  '![pixel](https://track.example/p.gif)',
  '<img src=https://track.example/p.gif>',
  '<script>alert(1)</script>',
  '# Heading',
  'https://evil.example/login',
  'www.evil.example',
  'pat@evil.example',
  ['java', 'script:alert(1)'].join(''),
  '`code` ``` fence',
  '<https://evil.example>',
  '[ref]: https://evil.example',
  '| a | b |',
  '***bold*** _em_ ~~strike~~',
  '&lt;b&gt; &#x3C;img&#x3E;',
  '1. item',
  '> quote',
];

function hostileReport(value: string): BounceReport {
  const base = readText('<pat@dest.example>: host mx.dest.example[192.0.2.1] said: 550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown (in reply to RCPT TO command)');
  const r = base.recipients[0]!;
  return {
    ...base,
    subject: value,
    reportingMta: value,
    recipients: [
      { ...r, recipient: value, remoteHost: value, reply: `550 5.1.1 ${value}` },
      { ...r, recipient: `${value}@x.example`, reply: value },
    ],
  };
}

describe('copied Markdown', () => {
  it.each(HOSTILE)('turns nothing of the bounce into a link, image, heading or HTML: %s', (value) => {
    const report = hostileReport(value);
    const html = render(reportMarkdown(report, diagnoseReport(report)));
    const t = tags(html);
    expect(t.a ?? 0).toBe(0);
    expect(t.img ?? 0).toBe(0);
    expect(t.script ?? 0).toBe(0);
    // Our own headings only: the title, and one per cause.
    expect(t.h1).toBe(1);
    expect(Object.keys(t).filter((k) => !['h1', 'h2', 'p', 'strong', 'ul', 'ol', 'li', 'code', 'pre', 'em'].includes(k))).toEqual([]);
  });

  it('holds for any text in any field (property, 500 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'[]()<>!#*_`~|&@:/.\\-=+ \nahttpswwwjavascript1'.split('')), maxLength: 60 }), (value) => {
        const out = render(`${mdText(value)}\n\n- ${mdCode(value)}`);
        const t = tags(out);
        return (t.a ?? 0) === 0 && (t.img ?? 0) === 0 && Object.keys(t).every((k) => ['p', 'ul', 'li', 'code', 'br'].includes(k));
      }),
      { numRuns: 500 },
    );
  });

  it('reads in human words, without internal ids, and keeps the text of the bounce readable', () => {
    const report = readText('<pat@dest.example>: host mx.dest.example[192.0.2.1] said: 550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown (in reply to RCPT TO command)');
    const ds = diagnoseReport(report);
    const text = reportMarkdown(report, ds);
    expect(text).toContain('Who acts: You: correct the address or stop sending to it');
    expect(text).not.toMatch(/recipient-unknown|fix-then-resend|never-resend|advice:|rule `/);
    expect(render(text)).toContain('<code>pat@dest.example</code>');
    const plain = reportText(report, ds);
    expect(plain).toContain('Recipient: pat@dest.example');
    expect(plain).not.toMatch(/recipient-unknown|`/);
  });
});
