import { describe, expect, it } from 'vitest';
import { WEBMAIL_HOST_PATTERNS, webmailForUrl } from '../../lib/webmail/hosts';

describe('webmail hosts', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail'],
    ['https://outlook.office.com/mail/', 'outlook'],
    ['https://outlook.office365.com/mail/inbox', 'outlook'],
    ['https://outlook.live.com/mail/0/', 'outlook'],
    ['https://outlook.cloud.microsoft/mail/', 'outlook'],
    ['http://mail.google.com/', null],
    ['https://mail.google.com.evil.example/', null],
    ['https://evil.example/?u=https://mail.google.com/', null],
    ['not a url', null],
  ])('%s → %s', (url, want) => expect(webmailForUrl(url)).toBe(want));

  it('asks for the five webmail hosts and nothing wider', () => {
    expect([...WEBMAIL_HOST_PATTERNS].sort()).toEqual(
      ['https://mail.google.com/*', 'https://outlook.cloud.microsoft/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'].sort(),
    );
  });
});
