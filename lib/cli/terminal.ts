/**
 * Text from a bounce (and file names from a folder) made inert on a terminal. A bounce is written by strangers: an
 * escape sequence in a reply, a subject or a file name could clear the screen, recolour it, set the window title, or
 * plant a clickable OSC 8 link. Removed: every escape sequence (CSI, OSC — OSC 8 links included — DCS, SOS, PM, APC,
 * and the two-character ones), the 8-bit C1 controls (U+0080–U+009F, which some terminals obey as CSI and OSC),
 * every other C0 control and DEL, and the invisible bidi controls that reorder what is shown. Tabs and line breaks
 * become spaces, so one value stays on its line. One pass, linear in the input.
 */

const ESC = 0x1b;
const BEL = 0x07;

/** Where a string-type sequence (OSC, DCS, SOS, PM, APC) ends: after BEL, ESC \ or the 8-bit ST (U+009C). */
function stringEnd(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === BEL || c === 0x9c) return i + 1;
    if (c === ESC) return s.charCodeAt(i + 1) === 0x5c ? i + 2 : i;
  }
  return s.length;
}

/** Where a CSI sequence ends: after its final byte (0x40–0x7E), parameters and intermediates (0x20–0x3F) before it. */
function csiEnd(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x40 && c <= 0x7e) return i + 1;
    if (c < 0x20 || c > 0x3f) return i;
  }
  return s.length;
}

const isBidiOrSeparator = (c: number) => (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x200e || c === 0x200f || c === 0x061c;

export function terminalSafe(s: string): string {
  let out = '';
  let from = 0;
  const n = s.length;
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    const plain = (c >= 0x20 && c < 0x7f) || (c > 0x9f && !isBidiOrSeparator(c) && c !== 0x2028 && c !== 0x2029);
    if (plain) {
      i++;
      continue;
    }
    out += s.slice(from, i);
    let next = i + 1;
    if (c === ESC) {
      const d = s.charCodeAt(i + 1);
      if (d === 0x5b /* [ */) next = csiEnd(s, i + 2);
      else if (d === 0x5d /* ] */ || d === 0x50 /* P */ || d === 0x58 /* X */ || d === 0x5e /* ^ */ || d === 0x5f /* _ */) next = stringEnd(s, i + 2);
      else {
        // Two-character sequences, with intermediates (0x20–0x2F) before the final byte (0x30–0x7E).
        let j = i + 1;
        while (j < n && s.charCodeAt(j) >= 0x20 && s.charCodeAt(j) <= 0x2f) j++;
        next = j < n && s.charCodeAt(j) >= 0x30 && s.charCodeAt(j) <= 0x7e ? j + 1 : j;
      }
    } else if (c === 0x9b) next = csiEnd(s, i + 1);
    else if (c === 0x9d || c === 0x90 || c === 0x98 || c === 0x9e || c === 0x9f) next = stringEnd(s, i + 1);
    else if (c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) out += ' ';
    i = next;
    from = next;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Every string in a value (an object from JSON), made terminal-safe; the value is copied, never changed. */
export function terminalSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return terminalSafe(value) as T;
  if (Array.isArray(value)) return value.map((v) => terminalSafeDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = terminalSafeDeep(v);
    return out as T;
  }
  return value;
}
