/**
 * The facts the engine reads out of a bounce (part 1 of the engine). Everything here is plain data, serialisable to
 * JSON, with `null` where the input did not say. Nothing is ever invented: a code that is not in the text is null.
 */

/** The layout the engine recognised. */
export type BounceFormat =
  | 'gmail'
  | 'gmail-legacy'
  | 'google-groups'
  | 'mailing-list'
  | 'exchange-classic'
  | 'exchange-enhanced'
  | 'exchange-2007'
  | 'exchange-2003'
  | 'postfix'
  | 'exim'
  | 'sendmail'
  | 'qmail'
  | 'yahoo'
  | 'amazon-ses'
  | 'sendgrid'
  | 'mailgun'
  | 'postmark'
  | 'sparkpost'
  | 'mandrill'
  | 'resend'
  | 'brevo'
  | 'courier'
  | 'opensmtpd'
  | 'notes'
  | 'mimecast'
  | 'aol'
  | 'mdaemon'
  | 'imail'
  | 'groupwise'
  | 'iplanet'
  | 'mmdf'
  | 'smail'
  | 'compuserve'
  | 'rfc3464'
  | 'arf'
  | 'auto-reply'
  | 'fragment'
  | 'generic';

/**
 * What kind of message it is. `failure` is a bounce; `delay` a temporary-failure warning (still a bounce report);
 * the others are not failure reports.
 */
export type MessageKind = 'failure' | 'delay' | 'delivered' | 'auto-reply' | 'complaint' | 'not-bounce';

/** How the input was read. */
export type InputType = 'message' | 'text' | 'fragment';

/** The SMTP step a reply answered. */
export type SmtpCommand =
  | 'connect'
  | 'HELO'
  | 'EHLO'
  | 'STARTTLS'
  | 'AUTH'
  | 'MAIL FROM'
  | 'RCPT TO'
  | 'DATA'
  | 'BDAT'
  | 'end of data';

export type DsnAction = 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded';

/** A half-open range [start, end) of UTF-16 code units in the input as given. */
export interface Span {
  start: number;
  end: number;
}

export interface FailedRecipient {
  /** The failed address (lower-cased domain, local part kept as written), or null when the bounce does not name it. */
  recipient: string | null;
  /** RFC 3464 Original-Recipient, when different from the final one. */
  originalRecipient: string | null;
  /** Basic SMTP reply code, e.g. "550". */
  code: string | null;
  /** Enhanced status code (RFC 3463), e.g. "5.1.1": from the reply, else from the DSN Status field. */
  enhanced: string | null;
  /** Set when the basic code and the enhanced status disagree in class (e.g. "550" with "4.2.2"). */
  codeMismatch: string | null;
  /** The server's reply: continuation lines joined, folding, wrapping quotes and the "in reply to" tail removed. */
  reply: string | null;
  /** Where the reply stands in the input (for highlighting), when it could be located. */
  replySpan: Span | null;
  /** The remote MTA that answered, and its IP address, when given. */
  remoteHost: string | null;
  remoteIp: string | null;
  /** The SMTP command the reply answered, when the bounce says. */
  command: SmtpCommand | null;
  /** RFC 3464 Action, or what the text implies. */
  action: DsnAction | null;
  /** RFC 3464 Status field as given (may differ from the enhanced code in the reply). */
  dsnStatus: string | null;
  /** Diagnostic-Code type, e.g. "smtp" or "x-unix". */
  diagnosticType: string | null;
  lastAttemptDate: string | null;
  /** The bounce's own words about the failure when it gives no SMTP reply (a prose notice, a bounce type), if any. */
  statedReason: string | null;
}

/** A DKIM signature found on the returned original message. */
export interface DkimSignatureRef {
  domain: string | null;
  selector: string | null;
}

/** The returned original message's headers, as far as the bounce includes them. */
export interface OriginalMessage {
  subject: string | null;
  from: string | null;
  to: string | null;
  date: string | null;
  messageId: string | null;
  authenticationResults: string[];
  receivedSpf: string[];
  dkimSignatures: DkimSignatureRef[];
  arc: string[];
}

export interface BounceReport {
  /** True for failure and delay reports. */
  isBounce: boolean;
  kind: MessageKind;
  format: BounceFormat | null;
  inputType: InputType;
  /** The MTA that wrote the report (DSN Reporting-MTA, or the host the text names). */
  reportingMta: string | null;
  /** When the reporting MTA received the original message (RFC 3464 Arrival-Date), as written. */
  arrivalDate: string | null;
  /** The bounce message's own headers, when the input was a whole message. */
  subject: string | null;
  from: string | null;
  date: string | null;
  /** Every failed (or delayed) recipient, in the order the bounce lists them. */
  recipients: FailedRecipient[];
  original: OriginalMessage | null;
  /** Plain-words remarks about the reading: truncated input, malformed MIME, no code in the text… */
  notes: string[];
  /**
   * The sending program whose error message the text is, when the reader took the reply out of a library's exception
   * ("Python's smtplib", "Nodemailer"): a program that reports a failure does not retry it the way a mail server does.
   */
  sentBy?: string;
  /**
   * Failed recipients the bounce names past the ones listed in `recipients` (at most 1,000 are listed; the rest are
   * only counted, and a note says so). Absent when every recipient is listed.
   */
  moreRecipients?: number;
}

/** What a sending service's event JSON (Amazon SES, SendGrid…) holds, before it becomes a report. */
export interface EventReading {
  format: BounceFormat;
  kind: MessageKind;
  recipients: FailedRecipient[];
  reportingMta: string | null;
  /** Recipients past the listed ones (counted only). */
  moreRecipients?: number;
  /** Remarks about the reading (events past the size limit, an event that could not be parsed). */
  notes?: string[];
}
