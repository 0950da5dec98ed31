/**
 * RFC 2047 encoded words in header values ("=?UTF-8?Q?R=C3=A9union?="), decoded without a MIME library so the text
 * path of the engine (content scripts) stays small. Unknown charsets fall back to UTF-8; bad input stays as it was.
 */
const WORD = /=\?([^?\s]{1,40})\?([BbQq])\?([^?\s]{0,1000})\?=/g;

function bytesOf(encoding: string, text: string): Uint8Array | null {
  if (encoding === 'B' || encoding === 'b') {
    try {
      const bin = atob(text.replace(/[^A-Za-z0-9+/=]/g, ''));
      return Uint8Array.from(bin, (c) => c.charCodeAt(0));
    } catch {
      return null;
    }
  }
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '_') out.push(32);
    else if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(c.charCodeAt(0) & 0xff);
  }
  return Uint8Array.from(out);
}

function decoderFor(charset: string): TextDecoder {
  try {
    return new TextDecoder(charset.replace(/\*.*$/, ''));
  } catch {
    return new TextDecoder('utf-8');
  }
}

/** `mislabelled` may decode a word whose bytes do not fit its charset (charsets.ts; not carried by content scripts). */
export function decodeEncodedWords(value: string, mislabelled?: (charset: string, bytes: Uint8Array) => string | null): string {
  if (!value.includes('=?')) return value;
  // Whitespace between two encoded words is not part of the text (RFC 2047 §6.2).
  return value.replace(/(\?=)\s+(?==\?)/g, '$1').replace(WORD, (whole, charset: string, enc: string, text: string) => {
    const bytes = bytesOf(enc, text);
    return bytes ? (mislabelled?.(charset, bytes) ?? decoderFor(charset).decode(bytes)) : whole;
  });
}
