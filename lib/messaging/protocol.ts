/**
 * The one message protocol shared by the background, the content scripts and the extension pages.
 * Each entry maps a message type to its request data and its response. Names carry the sender:
 * `content:*` comes from a webmail content script, `page:*` from an extension page (popup, report).
 */
import type { Diagnosis } from '../diagnosis/types';
import type { BounceReport } from '../engine/types';
import type { Summary } from '../pages/summary';
import type { WebmailId } from '../webmail/hosts';
import type { CardWords } from '../i18n/ui/card-en';

/** A bounce open in a webmail tab, as its content script reports it: the facts read from it. */
export interface ReportedBounce {
  messageId: string;
  subject: string | null;
  report: BounceReport;
}

/**
 * A reported bounce as the background keeps it: with its diagnoses, made once when it is stored, so that the popup
 * shows them at once without loading the diagnosis engine.
 */
export interface StoredBounce extends ReportedBounce {
  /** One per recipient of `report` (which keeps at most the first 50 recipients in full: see tab-state.ts). */
  diagnoses: Diagnosis[];
  /** Every recipient grouped by cause, counted over all of them (also those beyond the 50 kept in full). */
  summary?: Summary;
  /** How many recipients were left out of `report` to keep the tab's state small (0 or absent: none). */
  omitted?: number;
}

/** What the background remembers about one tab (kept in `storage.session`, never in worker globals). */
export interface TabState {
  webmail: WebmailId;
  url: string;
  /** When the content script last reported, in ms since the epoch. */
  reportedAt: number;
  /** The bounces open on the tab now, in page order. */
  bounces: StoredBounce[];
}

export interface ProtocolMap {
  /** A webmail content script started on a tab. */
  'content:ready': { data: { webmail: WebmailId; url: string }; response: { tabId: number | null } };
  /**
   * A webmail content script reports the bounces open on its tab (an empty list when there are none); the background
   * classifies them (content scripts carry no diagnosis tables) and answers with what each card shows, in order.
   */
  'content:bounces': {
    data: { webmail: WebmailId; url: string; bounces: ReportedBounce[] };
    /** With the card's words in the reader's language (and that language's tag). */
    response: { tabId: number | null; summaries: Summary[]; words?: CardWords; lang?: string };
  };
  /** The webmail page is going away (pagehide): the tab's bounces and badge go with it. */
  'content:leaving': { data: { url: string }; response: { cleared: boolean } };
  /** The card's "Open full report": open the full view of that message's diagnosis. */
  'content:open-report': { data: { messageId: string }; response: { opened: boolean } };
  /**
   * The card was opened: the full diagnosis (explanation, checklist) of a report, which content scripts do not carry —
   * one per group of its summary, in the summary's order.
   */
  'content:explain': { data: { report: BounceReport }; response: Diagnosis[] };
  /** An extension page asks what the background knows about a tab. */
  'page:get-tab-state': { data: { tabId: number }; response: TabState | null };
  /** An extension page asks for the text of a right-click selection handed over by the background. */
  'page:take-selection': { data: { token: string }; response: { text: string; sourceUrl: string | null } | null };
}

export type MessageType = keyof ProtocolMap;
export type MessageData<K extends MessageType> = ProtocolMap[K]['data'];
export type MessageResponse<K extends MessageType> = ProtocolMap[K]['response'];

/** Who may send each message: the background refuses anything else (uBlock Origin's privileged-port lesson). */
export type SenderKind = 'webmail-content' | 'extension-page';

export const ALLOWED_SENDERS: { readonly [K in MessageType]: readonly SenderKind[] } = {
  'content:ready': ['webmail-content'],
  'content:bounces': ['webmail-content'],
  'content:leaving': ['webmail-content'],
  'content:open-report': ['webmail-content'],
  'content:explain': ['webmail-content'],
  'page:get-tab-state': ['extension-page'],
  'page:take-selection': ['extension-page'],
};

/** The envelope on the wire. `bd` tags our messages so that foreign ones are ignored. */
export interface Envelope<K extends MessageType = MessageType> {
  bd: 1;
  type: K;
  data: MessageData<K>;
}

export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.bd === 1 && typeof v.type === 'string' && Object.hasOwn(ALLOWED_SENDERS, v.type);
}
