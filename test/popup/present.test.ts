import { describe, expect, it } from 'vitest';
import { highlightSegments, safeLink } from '../../lib/popup/present';

describe('presentation helpers', () => {
  it('renders only http(s) and mailto links', () => {
    expect(safeLink('https://check.spamhaus.org/')).toBe('https://check.spamhaus.org/');
    expect(safeLink('mailto:postmaster@dest.example')).toBe('mailto:postmaster@dest.example');
    expect(safeLink(['javascript', 'alert(1)'].join(':'))).toBeNull();
    expect(safeLink('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeLink('not a url')).toBeNull();
    expect(safeLink(undefined)).toBeNull();
  });

  it('marks the evidence in the reply, case-insensitively, keeping every character', () => {
    const reply = '550 5.7.1 Client host blocked using ZEN.spamhaus.org';
    const segs = highlightSegments(reply, [
      { source: 'reply', text: 'zen.spamhaus.org', start: 35, end: 51 },
      { source: 'status', text: '5.7.1', start: null, end: null },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(reply);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['5.7.1', 'ZEN.spamhaus.org']);
  });
});
