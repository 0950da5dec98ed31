/**
 * Caps on a message's MIME structure, applied before the MIME parser sees it. The parser's cost is per part and per
 * header line (tens of microseconds each), so a 2 MB file of empty parts or header lines would take seconds and
 * hundreds of megabytes while holding nothing a bounce needs. One pass over the raw lines mirrors how the parser
 * splits the message (header blocks, declared boundaries, the innermost boundary first) and says what to keep:
 * - at most MAX_MIME_PARTS parts: the message is cut before the part that goes over (in a browser each part costs a
 *   Blob round trip, about a millisecond);
 * - at most MAX_MIME_DEPTH levels of multipart nesting: cut before the part that goes deeper;
 * - at most MAX_HEADER_LINES header lines in all: in the message's own header block the lines over the cap are
 *   dropped (its body is what matters); in a part's, the message is cut before that part.
 * - a delivery-status part lists at most MAX_RECIPIENTS recipients: the blocks past that are counted (`moreRecipients`)
 *   and left out, so the parser does not copy megabytes that would only be counted.
 * Each cap that is hit adds one note. Real bounces stay far below every cap (a few parts, a few hundred header lines).
 */
import { MAX_RECIPIENTS, thousands } from './limits';

export const MAX_MIME_PARTS = 100;
export const MAX_MIME_DEPTH = 32;
export const MAX_HEADER_LINES = 3000;

export interface MimePlan {
  /** Ranges of the input to keep, in order; one range covering everything when no cap was hit. */
  keep: [number, number][];
  notes: string[];
  /** Recipient blocks of delivery-status parts left out past MAX_RECIPIENTS (counted only). */
  moreRecipients: number;
}

interface Boundary {
  value: string;
  /** Depth of the multipart node that declared it; its parts are one deeper. */
  depth: number;
}

const fmt = thousands;

const DSN_PART = /^\s*message\/(?:global-)?delivery-status\b/i;
const RECIPIENT_FIELD = /^[ \t]*(final|original)-recipient[ \t]*:/i;

/** The boundary a Content-Type value declares, when it is a multipart one. */
function declaredBoundary(contentType: string): string | null {
  if (!/^\s*multipart\//i.test(contentType)) return null;
  const m = /;\s*boundary\s*=\s*(?:"([^"]{1,200})"|([^\s;"]{1,200}))/i.exec(contentType);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/**
 * Plans what of `raw` (the message as Latin-1 text, so indices are byte offsets) the MIME parser reads. Linear in the
 * input: a body line costs two character reads unless it starts with "--".
 */
export function planMime(raw: string): MimePlan {
  const n = raw.length;
  const notes: string[] = [];
  const stack: Boundary[] = [];
  let inHeader = true;
  let topHeader = true;
  let headerLines = 0;
  let parts = 0;
  let contentType: string | null = null;
  let readingContentType = false;
  let partDepth = 0;
  let partStart = 0;
  let dropFrom = -1;
  let dropped = 0;
  const keep: [number, number][] = [];
  let keptFrom = 0;
  // In a plain (not encoded) delivery-status part's body: its recipient blocks so far, and which fields the current
  // block has.
  let inDsn = false;
  let encoded = false;
  let blocks = 0;
  let hasFinal = false;
  let hasOriginal = false;
  let moreRecipients = 0;
  const cut = (at: number, note: string): MimePlan => {
    if (dropFrom >= 0) keep.push([keptFrom, dropFrom]);
    else if (at > keptFrom) keep.push([keptFrom, at]);
    notes.push(note);
    return { keep, notes, moreRecipients };
  };

  for (let pos = 0; pos < n; ) {
    let eol = raw.indexOf('\n', pos);
    if (eol < 0) eol = n;
    const next = eol + 1;
    // A line without its line break and trailing CR/whitespace, as the parser compares boundaries.
    if (raw.charCodeAt(pos) === 45 && raw.charCodeAt(pos + 1) === 45 && stack.length > 0) {
      let end = eol;
      while (end > pos + 2 && (raw.charCodeAt(end - 1) === 13 || raw.charCodeAt(end - 1) === 32 || raw.charCodeAt(end - 1) === 9)) end--;
      const line = raw.slice(pos + 2, Math.min(end, pos + 210));
      let matched = -1;
      let terminator = false;
      for (let i = stack.length - 1; i >= 0; i--) {
        const b = (stack[i] as Boundary).value;
        if (line === b) matched = i;
        else if (line === `${b}--`) {
          matched = i;
          terminator = true;
        }
        if (matched >= 0) break;
      }
      if (matched >= 0) {
        if (dropFrom >= 0) {
          keep.push([keptFrom, dropFrom]);
          keptFrom = pos;
          dropFrom = -1;
        }
        readingContentType = false;
        inDsn = false;
        if (terminator) {
          stack.length = matched;
          inHeader = false;
        } else {
          const depth = (stack[matched] as Boundary).depth + 1;
          stack.length = matched + 1;
          parts++;
          if (parts > MAX_MIME_PARTS) return cut(pos, `The message has more than ${fmt(MAX_MIME_PARTS)} MIME parts; only the first ${fmt(MAX_MIME_PARTS)} were read.`);
          if (depth > MAX_MIME_DEPTH) return cut(pos, `The message's MIME parts are nested more than ${MAX_MIME_DEPTH} levels deep; the parts below that were not read.`);
          inHeader = true;
          topHeader = false;
          contentType = null;
          encoded = false;
          partDepth = depth;
          partStart = pos;
        }
        pos = next;
        continue;
      }
    }
    if (inHeader) {
      // A blank line (or a line of only CR) ends the header block.
      const blank = eol === pos || (eol === pos + 1 && raw.charCodeAt(pos) === 13);
      if (blank) {
        if (dropFrom >= 0) {
          keep.push([keptFrom, dropFrom]);
          keptFrom = pos;
          dropFrom = -1;
        }
        inHeader = false;
        readingContentType = false;
        const boundary = contentType !== null ? declaredBoundary(contentType) : null;
        if (boundary) stack.push({ value: boundary, depth: partDepth });
        inDsn = !topHeader && !encoded && contentType !== null && DSN_PART.test(contentType);
        blocks = 0;
        hasFinal = hasOriginal = false;
        pos = next;
        continue;
      }
      headerLines++;
      if (headerLines > MAX_HEADER_LINES) {
        if (!topHeader) return cut(partStart, `The message has more than ${fmt(MAX_HEADER_LINES)} header lines; the parts from there on were not read.`);
        if (dropFrom < 0) dropFrom = pos;
        dropped++;
        pos = next;
        continue;
      }
      const c = raw.charCodeAt(pos);
      if (c === 32 || c === 9) {
        if (readingContentType && contentType !== null && contentType.length < 2000) contentType += ' ' + raw.slice(pos, eol).trim();
      } else if ((c === 67 || c === 99) && /^content-type[ \t]*:/i.test(raw.slice(pos, pos + 20))) {
        // The first Content-Type counts, as in the parser.
        readingContentType = contentType === null;
        if (readingContentType) contentType = raw.slice(raw.indexOf(':', pos) + 1, Math.min(eol, pos + 2000)).trim();
      } else {
        readingContentType = false;
        if ((c === 67 || c === 99) && /^content-transfer-encoding[ \t]*:[ \t]*(?:base64|quoted-printable)/i.test(raw.slice(pos, pos + 60))) encoded = true;
      }
    } else if (inDsn) {
      // Only a line starting with F, O, a space or a tab can be a recipient field.
      const c = raw.charCodeAt(pos) | 32;
      if (c === 102 /* f */ || c === 111 /* o */ || c === 32 /* space */ || c === 41 /* tab */) {
        const m = RECIPIENT_FIELD.exec(raw.slice(pos, Math.min(eol, pos + 40)));
        if (m) {
          const isFinal = (m[1] as string).length === 5;
          if (blocks === 0 || (isFinal ? hasFinal : hasOriginal)) {
            blocks++;
            hasFinal = hasOriginal = false;
            if (blocks > MAX_RECIPIENTS) {
              moreRecipients++;
              if (dropFrom < 0) dropFrom = pos;
            }
          }
          if (isFinal) hasFinal = true;
          else hasOriginal = true;
        }
      }
    }
    pos = next;
  }
  if (dropFrom >= 0) keep.push([keptFrom, dropFrom]);
  else keep.push([keptFrom, n]);
  if (dropped > 0) notes.push(`The message's header has ${fmt(dropped + MAX_HEADER_LINES)} lines; only the first ${fmt(MAX_HEADER_LINES)} were read.`);
  return { keep, notes, moreRecipients };
}

/** The input with only the planned ranges (the input itself when nothing was left out). */
export function applyPlan<T extends string | Uint8Array>(input: T, plan: Pick<MimePlan, 'keep'>): T {
  const [first] = plan.keep;
  if (plan.keep.length === 1 && first && first[0] === 0 && first[1] >= input.length) return input;
  if (typeof input === 'string') return plan.keep.map(([a, b]) => input.slice(a, b)).join('') as T;
  const bytes = input as Uint8Array;
  const total = plan.keep.reduce((s, [a, b]) => s + (b - a), 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const [a, b] of plan.keep) {
    out.set(bytes.subarray(a, b), at);
    at += b - a;
  }
  return out as T;
}
