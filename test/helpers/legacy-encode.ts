/**
 * Encodes text in a legacy charset for tests, with nothing but the platform's TextDecoder: every one- and two-byte
 * sequence is decoded once and the table read backwards. Enough for the short notices the tests write (not GB18030's
 * four-byte sequences).
 */
const tables = new Map<string, Map<string, number[]>>();

function table(label: string): Map<string, number[]> {
  let t = tables.get(label);
  if (t) return t;
  t = new Map();
  const d = new TextDecoder(label, { fatal: true });
  const add = (bytes: number[]) => {
    try {
      const s = d.decode(Uint8Array.from(bytes));
      if ([...s].length === 1 && !t!.has(s)) t!.set(s, bytes);
    } catch {
      // Not a character on its own.
    }
  };
  for (let a = 0; a < 256; a++) add([a]);
  for (let a = 0x81; a < 256; a++) for (let b = 0x40; b < 256; b++) add([a, b]);
  tables.set(label, t);
  return t;
}

/** windows-1252's 0x80–0x9F (the Encoding Standard's table), which Node 20's decoder gets wrong. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function encodeLegacy(text: string, label: string): Uint8Array {
  if (label === 'windows-1252') {
    return Uint8Array.from([...text].map((ch) => {
      const high = CP1252_HIGH.indexOf(ch);
      const c = ch.charCodeAt(0);
      if (high >= 0) return 0x80 + high;
      if (c < 0x100 && (c < 0x80 || c > 0x9f)) return c;
      throw new Error(`cannot encode ${ch} in windows-1252`);
    }));
  }
  if (label === 'iso-2022-jp') {
    // JIS X 0208 in ISO-2022-JP is EUC-JP's two bytes with the high bit off, between ESC $ B and ESC ( B.
    const out: number[] = [];
    let kanji = false;
    for (const ch of text) {
      const euc = table('euc-jp').get(ch);
      if (!euc) throw new Error(`cannot encode ${ch}`);
      const wide = euc.length === 2;
      if (wide !== kanji) out.push(...(wide ? [0x1b, 0x24, 0x42] : [0x1b, 0x28, 0x42]));
      kanji = wide;
      out.push(...euc.map((b) => (wide ? b & 0x7f : b)));
    }
    if (kanji) out.push(0x1b, 0x28, 0x42);
    return Uint8Array.from(out);
  }
  const t = table(label);
  const out: number[] = [];
  for (const ch of text) {
    const bytes = t.get(ch);
    if (!bytes) throw new Error(`cannot encode ${ch} in ${label}`);
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}

export function concatBytes(...parts: (Uint8Array | string)[]): Uint8Array {
  const arrays = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : p));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}
