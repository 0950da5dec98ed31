/**
 * What of a page is still English, for the language tests: Bounce Doctor's own English sentences (any three words or
 * more of the English interface and knowledge texts that the language does not share) and common English words, once
 * technical terms, product names, language names and what the bounce itself says (server replies, quoted phrases,
 * commands, addresses) are set aside.
 */
import { EN_KNOWLEDGE } from '../../lib/diagnosis/texts/catalog';
import { flatten } from '../../lib/i18n/catalog';
import { LANG_NAMES } from '../../lib/i18n/lang';
import { EN_UI } from '../../lib/i18n/ui/en';
import { EN_MORE } from '../../lib/i18n/ui/more-en';

/** Names and terms that stay as they are in every language (the "technical terms"). */
const TECHNICAL = [
  'Bounce Doctor', 'Outlook on the web', 'Google Postmaster Tools', 'Microsoft SNDS', 'Microsoft 365', 'Google Workspace', 'Sender Hub', 'Permitted Senders',
  'List-Unsubscribe', 'Authentication-Results', 'Message-ID', 'Spamhaus ZEN', 'HELO/EHLO', 'SMTP AUTH', 'Mail Delivery Subsystem', 'Delivery Status Notification (Failure)',
  'Alt+Shift+B', ...Object.values(LANG_NAMES),
];

const STOP = /\b(?:the|your|you|with|this|that|from|were|not|and|are|is|of|to|for|has|have|will|be|can|please|address|message|recipient|send|sent|delivered|failed|refused)\b/gi;

function fragments(table: unknown): string[] {
  const out = new Set<string>();
  for (const text of flatten(table).values()) {
    for (const part of text.split(/\{[a-zA-Z]+\}/)) {
      const t = part.trim().replace(/^[,.;:–—-]\s*|\s*[,.;:–—-]$/g, '');
      if (t.split(/\s+/).length >= 3 && /[a-z]/.test(t)) out.add(t);
    }
  }
  return [...out];
}

const ENGLISH = [...fragments(EN_UI), ...fragments(EN_MORE), ...fragments(EN_KNOWLEDGE)];

export function englishIn(pageText: string): string[] {
  let text = pageText;
  // What the bounce said, quoted in the reader's quotation marks: „…“ « … » 「…」 "…".
  text = text.replace(/„[^“]*“|«[^»]*»|「[^」]*」|"[^"]*"/g, ' ');
  // Addresses, host names, URLs and commands are technical whatever the language.
  text = text.replace(/\S+@\S+|https?:\/\/\S+|chrome:\/\/\S+|\b[\w-]+(?:\.[\w-]+){1,}\b/g, ' ');
  for (const term of TECHNICAL) text = text.split(term).join(' ');
  const found = ENGLISH.filter((f) => text.includes(f));
  const words = [...text.matchAll(STOP)].map((m) => m[0]);
  return [...found, ...words];
}
