/**
 * The returned original message's headers (a message/rfc822 or text/rfc822-headers part, or the header block a
 * webmail shows after "Original message headers:"), reduced to what a diagnosis can use: who sent what, and how the
 * sender's authentication fared (Authentication-Results, Received-SPF, DKIM-Signature d=/s=, ARC-*).
 */
import { decodeEncodedWords } from './encoded-words';
import type { OriginalMessage } from './types';

interface Header {
  name: string;
  value: string;
}

/** Reads a header block: "Name: value" lines with folding, up to the first blank line after a header. */
export function parseHeaderBlock(text: string, maxHeaders = 500): Header[] {
  const headers: Header[] = [];
  let current: Header | null = null;
  let started = false;
  const lines = text.split('\n', 5000);
  for (const line of lines) {
    if (line.trim() === '') {
      if (started) break;
      continue;
    }
    if (current && /^[ \t]/.test(line)) {
      if (current.value.length < 8000) current.value += ' ' + line.trim();
      continue;
    }
    const m = /^([!-9;-~]{1,76}):[ \t]?(.*)$/.exec(line);
    if (!m?.[1]) {
      if (started) break;
      continue;
    }
    started = true;
    current = { name: m[1].toLowerCase(), value: (m[2] ?? '').trim() };
    headers.push(current);
    if (headers.length >= maxHeaders) break;
  }
  return headers;
}

function decode(value: string, mislabelled?: (charset: string, bytes: Uint8Array) => string | null): string {
  try {
    return decodeEncodedWords(value, mislabelled);
  } catch {
    return value;
  }
}

const SIGNAL = new Set([
  'subject',
  'from',
  'to',
  'date',
  'message-id',
  'received',
  'authentication-results',
  'received-spf',
  'dkim-signature',
  'return-path',
  'mime-version',
]);

/**
 * Builds the original-message facts from headers; null when the block holds none of a message's headers.
 * `mislabelled` decodes encoded words whose bytes do not fit their charset (read.ts passes charsets.ts's).
 */
export function originalFromHeaders(headers: Header[], mislabelled?: (charset: string, bytes: Uint8Array) => string | null): OriginalMessage | null {
  if (!headers.some((h) => SIGNAL.has(h.name))) return null;
  const first = (name: string) => {
    const h = headers.find((x) => x.name === name);
    return h ? decode(h.value, mislabelled) || null : null;
  };
  const all = (name: string) => headers.filter((x) => x.name === name).map((x) => x.value);
  const tag = (sig: string, t: string) => new RegExp(`(?:^|;)\\s*${t}\\s*=\\s*([^;\\s]{1,255})`, 'i').exec(sig)?.[1] ?? null;
  return {
    subject: first('subject'),
    from: first('from'),
    to: first('to'),
    date: first('date'),
    messageId: first('message-id'),
    authenticationResults: [...all('authentication-results'), ...all('arc-authentication-results')],
    receivedSpf: all('received-spf'),
    dkimSignatures: all('dkim-signature').map((sig) => ({ domain: tag(sig, 'd'), selector: tag(sig, 's') })),
    arc: headers.filter((h) => h.name.startsWith('arc-')).map((h) => `${h.name}: ${h.value}`),
  };
}

/** Reads the original message from text that starts at (or just before) its header block. */
export function originalFromText(text: string): OriginalMessage | null {
  // Skip the marker line itself ("------ This is a copy of the message, including all the headers. ------").
  const body = text.replace(/^[^\n]*\n/, '');
  return originalFromHeaders(parseHeaderBlock(body.slice(0, 200_000)));
}
