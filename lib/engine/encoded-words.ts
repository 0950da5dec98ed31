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

function fatalDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A word labelled with a 7-bit charset whose bytes are 8-bit was written in another one: Japanese mailers label
 * Shift_JIS or EUC-JP as ISO-2022-JP. Tried in the order that tells them apart (EUC-JP rejects Shift_JIS's lead
 * bytes), then UTF-8; windows-1252 decodes anything else.
 */
function decodeMislabelled(charset: string, bytes: Uint8Array): string | null {
  if (!/^(?:iso-2022-jp|us-ascii|ascii)$/i.test(charset) || !bytes.some((b) => b >= 0x80)) return null;
  const tries = /jp/i.test(charset) ? ['euc-jp', 'shift_jis', 'utf-8'] : ['utf-8'];
  for (const label of tries) {
    const text = fatalDecode(label, bytes);
    if (text !== null) return text;
  }
  return new TextDecoder('windows-1252').decode(bytes);
}

export function decodeEncodedWords(value: string): string {
  if (!value.includes('=?')) return value;
  // Whitespace between two encoded words is not part of the text (RFC 2047 §6.2).
  return value.replace(/(\?=)\s+(?==\?)/g, '$1').replace(WORD, (whole, charset: string, enc: string, text: string) => {
    const bytes = bytesOf(enc, text);
    return bytes ? (decodeMislabelled(charset, bytes) ?? decoderFor(charset).decode(bytes)) : whole;
  });
}
