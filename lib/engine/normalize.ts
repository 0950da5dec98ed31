/**
 * Turns any text into the one shape the readers work on (LF line ends, no zero-width or BOM characters, no-break
 * spaces as plain spaces, tabs kept) while remembering where each character came from, so that spans found in the
 * normalised text map back onto the input exactly.
 */
import type { Span } from './types';

export interface NormalText {
  /** The normalised text. */
  text: string;
  /** Maps an index of `text` to an index of the original; null when nothing moved. */
  toOriginal: Int32Array | null;
  originalLength: number;
}

// Zero-width space/joiners, word joiner, BOM, soft hyphen, and bidi controls: invisible, and hostile when left in.
// Stray C0 controls (NUL…, not tab, line ends, VT, FF or ESC) and DEL: noise in text, dropped too.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]/;

export function normalizeText(input: string): NormalText {
  const n = input.length;
  const needsMap = input.includes('\r') || INVISIBLE.test(input);
  if (!needsMap) {
    const text = input.includes('\u00a0') ? input.replace(/\u00a0/g, ' ') : input;
    return { text, toOriginal: null, originalLength: n };
  }
  const out: string[] = [];
  const map = new Int32Array(n + 1);
  let j = 0;
  let chunkStart = 0;
  const flush = (end: number) => {
    if (end > chunkStart) out.push(input.slice(chunkStart, end));
  };
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c === 13 /* \r */) {
      flush(i);
      if (input.charCodeAt(i + 1) === 10) {
        // CRLF: drop the CR, the LF follows as ordinary text.
        chunkStart = i + 1;
        continue;
      }
      out.push('\n');
      map[j++] = i;
      chunkStart = i + 1;
      continue;
    }
    if (
      c <= 0x08 ||
      (c >= 0x0e && c <= 0x1a) ||
      (c >= 0x1c && c <= 0x1f) ||
      c === 0x7f ||
      (c >= 0x200b && c <= 0x200f) ||
      c === 0x2028 ||
      c === 0x2029 ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2060 && c <= 0x2064) ||
      (c >= 0x2066 && c <= 0x2069) ||
      c === 0xfeff ||
      c === 0xad
    ) {
      flush(i);
      if (c === 0x2028 || c === 0x2029) {
        out.push('\n');
        map[j++] = i;
      }
      chunkStart = i + 1;
      continue;
    }
    map[j++] = i;
  }
  flush(n);
  map[j] = n;
  const text = out.join('').replace(/\u00a0/g, ' ');
  return { text, toOriginal: map.subarray(0, j + 1), originalLength: n };
}

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;
const FULL_WIDTH_ALL = /[\uff01-\uff5e\u3000]/g;

/**
 * The full-width forms of ASCII (U+FF01–FF5E) and the ideographic space (U+3000) as ASCII and a space: their
 * compatibility decompositions in Unicode (UAX #15, NFKC), one character for one, so every index stays where it was.
 * Chinese and Japanese text puts "（553，b'5.1.3 …" where a program prints "(553, b'5.1.3 …": the paste reader's
 * patterns read it alike (paste.ts), and so do the diagnosis's phrases (cues.ts). The notice readers see the text as
 * it is: their localized layouts are written with the forms their notices use.
 */
export function foldFullWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH_ALL, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Maps a span of the normalised text back to the input. */
export function toOriginalSpan(norm: NormalText, span: Span): Span {
  if (!norm.toOriginal) return span;
  const m = norm.toOriginal;
  const start = m[Math.min(span.start, m.length - 1)] ?? 0;
  // The end is exclusive: map the last included character and step past it.
  const lastIndex = Math.max(span.start, span.end - 1);
  const end = span.end > span.start ? (m[Math.min(lastIndex, m.length - 1)] ?? 0) + 1 : start;
  return { start, end: Math.min(end, norm.originalLength) };
}

/** Decodes the handful of HTML entities a webmail or a text/html part leaves in, without any HTML parser. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6}|#39);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return safeCodePoint(parseInt(lower.slice(2), 16), whole);
    if (lower.startsWith('#')) return safeCodePoint(parseInt(lower.slice(1), 10), whole);
    return ENTITIES[lower] ?? whole;
  });
}

function safeCodePoint(cp: number, fallback: string): string {
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return fallback;
  return String.fromCodePoint(cp);
}

const BLOCK_TAGS = new Set(['p', 'div', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'pre', 'blockquote', 'section', 'article', 'header', 'footer']);

/**
 * A text/html part as a person would read it: block elements and <br> become line breaks, cells are separated, tags
 * go, entities are decoded. One left-to-right scan with indexOf (no regex over the markup), so hostile markup of any
 * size costs linear time. Used only on MIME parts; never rendered.
 */
export function htmlToText(html: string): string {
  const src = stripInvisibleBlocks(html);
  const out: string[] = [];
  let pos = 0;
  for (;;) {
    const lt = src.indexOf('<', pos);
    if (lt < 0) break;
    const gt = src.indexOf('>', lt + 1);
    if (gt < 0) break;
    out.push(src.slice(pos, lt));
    let i = lt + 1;
    if (src[i] === '/') i++;
    let name = '';
    while (i < gt && name.length < 12 && /[A-Za-z0-9]/.test(src[i] as string)) name += src[i++];
    name = name.toLowerCase();
    if (name === 'br' || BLOCK_TAGS.has(name)) out.push('\n');
    else if ((name === 'td' || name === 'th') && src[lt + 1] === '/') out.push(' ');
    pos = gt + 1;
  }
  out.push(src.slice(pos));
  return trimLines(decodeEntities(out.join(''))).replace(/\n{3,}/g, '\n\n');
}

/** Trailing spaces and tabs off every line, in linear time (a regex would be quadratic on long runs). */
export function trimLines(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n');
}

/** Removes <script>, <style> and <head> elements with indexOf scans (a lazy regex would be quadratic on hostile input). */
function stripInvisibleBlocks(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let pos = 0;
  const open = /<(script|style|head)\b/g;
  for (;;) {
    open.lastIndex = pos;
    const m = open.exec(lower);
    if (!m) break;
    const close = lower.indexOf(`</${m[1]}`, m.index);
    out.push(html.slice(pos, m.index), ' ');
    if (close < 0) {
      pos = html.length;
      break;
    }
    const gt = lower.indexOf('>', close);
    pos = gt < 0 ? html.length : gt + 1;
  }
  out.push(html.slice(pos));
  return out.join('');
}
