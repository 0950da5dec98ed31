/**
 * The webmail hosts Bounce Doctor works on. This list is the single source for the manifest's host permissions and
 * for the content scripts' `matches`; nothing else in the extension may touch another site without the user's
 * explicit `activeTab` gesture.
 */
export const GMAIL_MATCHES = ['https://mail.google.com/*'] as const;

/** Outlook on the web: work/school accounts, consumer accounts, and the 2024 `cloud.microsoft` domain. */
export const OUTLOOK_MATCHES = [
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
] as const;

export const WEBMAIL_HOST_PATTERNS = [...GMAIL_MATCHES, ...OUTLOOK_MATCHES] as const;

export type WebmailId = 'gmail' | 'outlook';

/** Which webmail a URL belongs to, or null. Pure, so content scripts, popup and tests share it. */
export function webmailForUrl(url: string): WebmailId | null {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return null;
    host = parsed.hostname;
  } catch {
    return null;
  }
  if (host === 'mail.google.com') return 'gmail';
  if (
    host === 'outlook.office.com' ||
    host === 'outlook.office365.com' ||
    host === 'outlook.live.com' ||
    host === 'outlook.cloud.microsoft'
  )
    return 'outlook';
  return null;
}
