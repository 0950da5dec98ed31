/**
 * Bounce events of email sending services, as their webhooks post them or their dashboards and APIs show them (JSON):
 * what a developer pastes from a log. One table entry per service says where its events keep the type, the recipient,
 * the receiving server's reply and the codes; one reader does the rest. Amazon SES has its own reader (ses.ts): its
 * notifications nest the recipients inside one event.
 *
 * Field names per each service's published webhook reference:
 * - SendGrid: https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event
 * - Mailgun: https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/webhooks (event-data, delivery-status)
 * - Postmark: https://postmarkapp.com/developer/webhooks/bounce-webhook and the Bounces API
 * - SparkPost: https://developers.sparkpost.com/api/events/ (msys.message_event)
 * - Mandrill: https://mailchimp.com/developer/transactional/docs/webhooks/ (msg.diag)
 * - Resend: https://resend.com/docs/dashboard/webhooks/event-types (email.bounced)
 * - Brevo: https://developers.brevo.com/docs/transactional-webhooks
 */
import { codeMismatch, readReplyCodes } from './codes';
import { addressFromField, diagnosticValue } from './dsn';
import { jsonPieces, MAX_JSON_PIECE } from './json-stream';
import { MAX_RECIPIENTS, thousands } from './limits';
import { emptyRecipient } from './text-report';
import type { BounceFormat, EventReading, FailedRecipient, MessageKind } from './types';

/** A path of keys into a JSON object. */
type Path = readonly string[];

interface EspEventFormat {
  id: Extract<BounceFormat, 'sendgrid' | 'mailgun' | 'postmark' | 'sparkpost' | 'mandrill' | 'resend' | 'brevo'>;
  /** Quoted keys or values only this service's events carry; the text is parsed only when one is present. */
  markers: readonly string[];
  /** Where the events are, from the root, tried in order: an array of events or a single one ([] is the root). */
  lists: readonly Path[];
  /** Inside each listed item, where the event's fields are (SparkPost wraps them). */
  unwrap?: Path;
  /** The event's type, and what each type of interest means; other types are not read. */
  type: Path;
  kinds: Readonly<Record<string, MessageKind>>;
  /** A field that turns a failure into a delay (Mailgun's severity "temporary"). */
  temporary?: { path: Path; values: readonly string[] };
  /** The recipient: the first path that holds an address (or a list of them, as Resend's `to`). */
  recipient: readonly Path[];
  /** The receiving server's reply: the first non-empty one; "smtp;" prefixes are removed. */
  reply: readonly Path[];
  /** A separate basic code, put in front of a reply that does not start with one (Mailgun). */
  code?: Path;
  /** A separate enhanced status code. */
  status?: Path;
  remoteHost?: Path;
  /** The service's own words about the failure, kept as the stated reason (shown, and read when there is no reply). */
  statedReason: readonly Path[];
}

export const ESP_EVENT_FORMATS: readonly EspEventFormat[] = [
  {
    id: 'sendgrid',
    markers: ['"sg_event_id"', '"sg_message_id"', '"smtp-id"'],
    lists: [[]],
    type: ['event'],
    kinds: { bounce: 'failure', dropped: 'failure', deferred: 'delay', delivered: 'delivered', spamreport: 'complaint' },
    recipient: [['email']],
    reply: [['reason'], ['response']],
    status: ['status'],
    statedReason: [['bounce_classification'], ['type']],
  },
  {
    id: 'mailgun',
    markers: ['"delivery-status"'],
    lists: [['items'], ['event-data'], []],
    type: ['event'],
    kinds: { failed: 'failure', delivered: 'delivered', complained: 'complaint' },
    temporary: { path: ['severity'], values: ['temporary'] },
    recipient: [['recipient']],
    reply: [['delivery-status', 'message'], ['delivery-status', 'description']],
    code: ['delivery-status', 'code'],
    status: ['delivery-status', 'enhanced-code'],
    remoteHost: ['delivery-status', 'mx-host'],
    statedReason: [['delivery-status', 'description'], ['reason']],
  },
  {
    id: 'postmark',
    markers: ['"RecordType"', '"TypeCode"'],
    lists: [['Bounces'], []],
    type: ['Type'],
    kinds: {
      HardBounce: 'failure',
      SoftBounce: 'failure',
      Blocked: 'failure',
      BadEmailAddress: 'failure',
      SMTPApiError: 'failure',
      Transient: 'delay',
      DnsError: 'delay',
      AutoResponder: 'auto-reply',
      SpamComplaint: 'complaint',
    },
    recipient: [['Email']],
    reply: [['Details']],
    statedReason: [['Description'], ['Name']],
  },
  {
    id: 'sparkpost',
    markers: ['"msys"', '"rcpt_to"'],
    lists: [[]],
    unwrap: ['msys', 'message_event'],
    type: ['type'],
    kinds: { bounce: 'failure', out_of_band: 'failure', policy_rejection: 'failure', delay: 'delay', delivery: 'delivered', spam_complaint: 'complaint' },
    recipient: [['rcpt_to']],
    reply: [['raw_reason'], ['reason']],
    code: ['error_code'],
    statedReason: [['reason']],
  },
  {
    id: 'mandrill',
    markers: ['"bounce_description"', '"mandrill_events"'],
    lists: [[]],
    type: ['event'],
    kinds: { hard_bounce: 'failure', soft_bounce: 'delay', reject: 'failure', deferral: 'delay', spam: 'complaint' },
    recipient: [['msg', 'email']],
    reply: [['msg', 'diag']],
    statedReason: [['msg', 'bounce_description']],
  },
  {
    id: 'resend',
    markers: ['"email.bounced"', '"email.delivery_delayed"', '"email.complained"'],
    lists: [[]],
    type: ['type'],
    kinds: { 'email.bounced': 'failure', 'email.delivery_delayed': 'delay', 'email.complained': 'complaint', 'email.delivered': 'delivered' },
    recipient: [['data', 'to']],
    reply: [['data', 'bounce', 'message']],
    statedReason: [['data', 'bounce', 'subType'], ['data', 'bounce', 'type']],
  },
  {
    id: 'brevo',
    markers: ['"hard_bounce"', '"soft_bounce"', '"invalid_email"'],
    lists: [[]],
    type: ['event'],
    kinds: { hard_bounce: 'failure', soft_bounce: 'failure', blocked: 'failure', invalid_email: 'failure', deferred: 'delay', spam: 'complaint', delivered: 'delivered' },
    recipient: [['email']],
    reply: [['reason']],
    statedReason: [],
  },
];

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : null);

function at(root: unknown, path: Path): unknown {
  let v = root;
  for (const key of path) {
    const o = obj(v);
    if (!o) return undefined;
    v = o[key];
  }
  return v;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : null);
const firstText = (root: unknown, paths: readonly Path[]): string | null => {
  for (const p of paths) {
    const t = text(at(root, p));
    if (t) return t;
  }
  return null;
};

/**
 * The JSON in a paste: from an opening bracket to the matching kind of closing one at the end, so a log line's prefix
 * ("[2026-11-30 10:00:01] {…}") or a trailing note does no harm. Undefined when that is not one JSON value (JSON
 * Lines, a file cut short) or is larger than one parse should take: the events are then read one by one.
 */
function parseJson(input: string): unknown {
  for (const [open, close] of [['{', '}'], ['[', ']']] as const) {
    const start = input.indexOf(open);
    const end = input.lastIndexOf(close);
    if (start < 0 || end <= start || end - start > MAX_JSON_PIECE) continue;
    try {
      return JSON.parse(input.slice(start, end + 1));
    } catch {
      // Not this way round: try the other bracket.
    }
  }
  return undefined;
}

function eventsOf(root: unknown, f: EspEventFormat): Json[] {
  for (const path of f.lists) {
    const found = at(root, path);
    const items = Array.isArray(found) ? found : found === undefined ? [] : [found];
    const events = items.map((item) => obj(f.unwrap ? at(item, f.unwrap) : item)).filter((e): e is Json => e !== null && text(at(e, f.type)) !== null);
    if (events.length > 0) return events;
  }
  return [];
}

function recipientOf(e: Json, f: EspEventFormat): string | null {
  for (const p of f.recipient) {
    const v = at(e, p);
    const first = Array.isArray(v) ? v[0] : v;
    const address = typeof first === 'string' ? addressFromField(first) : null;
    if (address) return address;
  }
  return null;
}

function factsOf(e: Json, f: EspEventFormat, kind: MessageKind): FailedRecipient {
  const r = emptyRecipient(recipientOf(e, f));
  const raw = firstText(e, f.reply);
  const typed = raw ? diagnosticValue(raw) : null;
  let reply = typed?.reply || null;
  const code = f.code ? text(at(e, f.code)) : null;
  // A reply without its basic code gets the one the service kept apart — an SMTP one only (Mailgun's 605 is its own).
  if (reply && code && /^[245]\d\d$/.test(code) && readReplyCodes(reply).code === null) reply = `${code} ${reply}`;
  r.reply = reply;
  r.diagnosticType = typed?.type ?? null;
  const codes = reply ? readReplyCodes(reply) : { code: null, enhanced: null };
  if (reply && codes.code === null) {
    // The service's own words around the server's reply ("…permanently rejected the email: 550 5.4.1 …").
    const inner = /(?:^|[\s:;(])([245]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})(?![\d.])/.exec(reply);
    if (inner && inner[1]![0] === inner[2]![0]) {
      codes.code = inner[1]!;
      codes.enhanced = inner[2]!;
    }
  }
  r.code = codes.code;
  r.dsnStatus = f.status ? text(at(e, f.status)) : null;
  r.enhanced = codes.enhanced ?? (r.dsnStatus && /^[245]\.\d{1,3}\.\d{1,3}$/.test(r.dsnStatus) ? r.dsnStatus : null);
  r.codeMismatch = codeMismatch(r.code, r.enhanced);
  r.remoteHost = f.remoteHost ? text(at(e, f.remoteHost)) : null;
  // The service's words, unless they are the reply itself (Mailgun keeps a reply-less failure in `description`).
  r.statedReason = f.statedReason.map((p) => text(at(e, p))).find((t) => t !== null && t !== reply) ?? null;
  r.action = kind === 'delay' ? 'delayed' : kind === 'delivered' ? 'delivered' : kind === 'failure' ? 'failed' : null;
  return r;
}

/** One service's events as they are read: the failures and delays (listed up to the cap), and what else there was. */
class Tally {
  failing: FailedRecipient[] = [];
  failingMore = 0;
  failures = 0;
  delays = 0;
  /** The kind of the first event that is neither, and its events (when the batch holds no failure or delay). */
  otherKind: MessageKind | null = null;
  others: FailedRecipient[] = [];
  othersMore = 0;

  constructor(readonly format: EspEventFormat) {}

  add(e: Json): void {
    const f = this.format;
    let kind = f.kinds[text(at(e, f.type)) ?? ''];
    if (!kind) return;
    if (kind === 'failure' && f.temporary && f.temporary.values.includes(text(at(e, f.temporary.path)) ?? '')) kind = 'delay';
    if (kind === 'failure' || kind === 'delay') {
      if (kind === 'failure') this.failures++;
      else this.delays++;
      // Past the cap an event is only counted: its facts are never read.
      if (this.failing.length < MAX_RECIPIENTS) this.failing.push(factsOf(e, f, kind));
      else this.failingMore++;
      return;
    }
    this.otherKind ??= kind;
    if (kind !== this.otherKind) return;
    if (this.others.length < MAX_RECIPIENTS) this.others.push(factsOf(e, f, kind));
    else this.othersMore++;
  }

  get empty(): boolean {
    return this.failing.length === 0 && this.failingMore === 0 && this.others.length === 0 && this.othersMore === 0;
  }

  /** A batch mixes events: its failures are what the user came for, with its delays; otherwise what it holds. */
  reading(notes: string[]): EventReading {
    const failing = this.failures + this.delays > 0;
    const kind: MessageKind = this.failures > 0 ? 'failure' : this.delays > 0 ? 'delay' : (this.otherKind ?? 'not-bounce');
    const recipients = failing ? this.failing : this.others;
    const more = failing ? this.failingMore : this.othersMore;
    return { format: this.format.id, kind, recipients, reportingMta: null, ...(more > 0 ? { moreRecipients: more } : {}), ...(notes.length > 0 ? { notes } : {}) };
  }
}

/**
 * The failures of a sending service's event JSON (or its deliveries, complaints…, when that is all it holds). Every
 * service whose marker is in the text is tried, in table order: some share words ("hard_bounce"). The JSON is parsed
 * whole when it is one value of a sensible size; otherwise (JSON Lines, a log of events, a batch of megabytes, a file
 * cut short) it is read one event at a time (json-stream.ts), up to the input's size limit.
 */
export function readEspEvents(input: string): EventReading | null {
  // Every event is a JSON object: one scan spares the markers' scans on the bounces that are not events.
  if (!input.includes('{')) return null;
  const candidates = ESP_EVENT_FORMATS.filter((format) => format.markers.some((m) => input.includes(m)));
  if (candidates.length === 0) return null;
  const whole = parseJson(input);
  const notes: string[] = [];
  const tallies = readRoots(whole !== undefined ? [whole] : streamedRoots(input, candidates, notes), candidates);
  return tallies.find((t) => !t.empty)?.reading(notes) ?? null;
}

/** The events of a text that is not one JSON value of sensible size, parsed one by one; notes say what was left. */
function* streamedRoots(input: string, candidates: readonly EspEventFormat[], notes: string[]): Generator<unknown> {
  const { pieces, truncated } = jsonPieces(input);
  let broken = 0;
  for (const piece of pieces) {
    try {
      yield JSON.parse(piece) as unknown;
    } catch {
      if (candidates.some((f) => f.markers.some((m) => piece.includes(m)))) broken++;
    }
  }
  if (truncated) notes.push('The events end in the middle of one (the text was cut short); the whole events before it were read.');
  if (broken > 0) notes.push(`${thousands(broken)} event${broken === 1 ? '' : 's'} could not be read as JSON and ${broken === 1 ? 'was' : 'were'} left out.`);
}

/** Every candidate service's reading of the events under the roots (a tally per service, in table order). */
function readRoots(roots: Iterable<unknown>, candidates: readonly EspEventFormat[]): Tally[] {
  const tallies = candidates.map((f) => new Tally(f));
  for (const root of roots)
    for (const t of tallies) {
      for (const e of eventsOf(root, t.format)) t.add(e);
      // The first service in table order that read something is the reading (readEspEvents): the ones after it need
      // not read the rest.
      if (!t.empty) break;
    }
  return tallies;
}
