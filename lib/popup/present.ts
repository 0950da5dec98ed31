/** Presentation helpers shared by the popup and (later) the report page and the card. Pure. */
import type { Evidence } from '../diagnosis/types';

export interface Segment {
  text: string;
  mark: boolean;
}

/** Splits the reply into plain and highlighted pieces at the evidence phrases (found case-insensitively). */
export function highlightSegments(reply: string, evidence: Evidence[]): Segment[] {
  const lower = reply.toLowerCase();
  const ranges: [number, number][] = [];
  for (const e of evidence) {
    if (e.source !== 'reply' && e.source !== 'status' && e.source !== 'code') continue;
    const needle = e.text.toLowerCase();
    if (needle.length < 2) continue;
    const at = lower.indexOf(needle);
    if (at >= 0) ranges.push([at, at + needle.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const out: Segment[] = [];
  let pos = 0;
  for (const [s, e] of ranges) {
    if (s < pos) continue;
    if (s > pos) out.push({ text: reply.slice(pos, s), mark: false });
    out.push({ text: reply.slice(s, e), mark: true });
    pos = e;
  }
  if (pos < reply.length) out.push({ text: reply.slice(pos), mark: false });
  return out;
}

/** Only http(s) and mailto links are ever rendered; anything else (javascript:, data:) is dropped. */
export function safeLink(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' || u.protocol === 'mailto:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Where a link goes, as its label: the site's name ("sender.office.com"), never a bare "Open". */
export function linkLabel(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'mailto:' ? u.pathname : u.hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** How long "Copied" stays on a copy button before it says "Copy" again. */
export const COPIED_MS = 2000;
