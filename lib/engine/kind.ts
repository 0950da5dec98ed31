/**
 * What sort of message this is, beyond "it has SMTP replies": a delay warning, a success notice, an auto-reply, a
 * feedback-loop complaint. Phrases are data; the decision order is in classifyKind().
 */
import type { DsnAction, MessageKind } from './types';

/** Exchange's delay notice in German: "Die Zustellung an folgende Empfänger oder Verteilerlisten wurde verzögert". */
export const EXCHANGE_DELAY_DE = /\bZustellung\b[^.\n]{0,80}\bverzögert\b/i;

/** Postfix's success notice, bounce(5) success_template ("Your message was successfully delivered to the destination(s) listed below."). */
export const POSTFIX_SUCCESS = /\bYour message was successfully delivered to the\s+destination\(s\)/i;

/**
 * Success notices' own words, from the programs that write them: Postfix bounce(5) success_template ("Your message was
 * successfully delivered to the destination(s) listed below"); Sendmail savemail.c and Exim deliver.c ("The following
 * addresses had successful delivery notifications", with Sendmail's "(successfully delivered to mailbox)" / "(relayed
 * to non-DSN-aware mailer)" and Exim's "(relayed via non DSN router)" after each address); Exchange's relay notice,
 * Microsoft KB 3184617 ("Delivery to these recipients or groups is complete, but no delivery notification was sent by
 * the destination server").
 */
export const DELIVERY_NOTICE_PHRASES: readonly RegExp[] = [
  POSTFIX_SUCCESS,
  /\bThe following addresses had successful delivery notifications\b/i,
  /\(successfully delivered to (?:mailbox|mailing list)\)|\(relayed (?:to non-DSN-aware mailer|via non DSN router)\)/i,
  /\bDelivery to these recipients or groups is complete, but no delivery notification was sent\b/i,
  // Sendmail's log line of a delivery the next hop took: "to=<x>, … dsn=2.0.0, stat=Sent (… Message accepted for
  // delivery)" (sendmail/deliver.c logdelivery writes "dsn=" and "stat=" with the delivery's status and its text;
  // releases before 8.10 wrote no "dsn=": "…, relay=mail.example.org. [192.0.2.9], stat=Sent (2.0.0 … accepted …)").
  /, stat=Sent\b/,
];

/** Delay warnings: the sending server is still trying. */
export const DELAY_PHRASES: readonly RegExp[] = [
  /\bDelivery incomplete\b/i,
  /There was a temporary problem delivering your message/i,
  // "… will retry for 47 more hours" (Gmail), "Message will be retried for 2 more days" (Exchange 2003's delay DSN).
  /\bwill (?:retry|keep trying|continue (?:to try|trying)|be retried)\b/i,
  /Delivery Status Notification \(Delay\)/i,
  // Exchange / Outlook's delay notices: "Delivery is delayed to these recipients or groups" (Exchange 2007 and later,
  // learn.microsoft.com "DSNs and NDRs in Exchange Server"), "Delivery to the following recipient has been delayed"
  // (Exchange 2003's delay DSN).
  /\bDelivery (?:is |has been |was )?delayed\b/i,
  /\bhas been delayed\b/i,
  /This is a warning message only/i,
  /\bhas not yet been delivered\b/i,
  // Sendmail's delay warning ("Warning: could not send message for past 4 hours", older "Warning--Could not send mail
  // for past …"); Exim's delay warning subject ("Warning: message 1abc-000 delayed 24 hours", spec: delay_warning).
  /\bcould not send (?:message|mail) for (?:the )?past\b/i,
  // Sendmail's delay DSN body heads its addresses "----- The following addresses had transient non-fatal errors -----"
  // (its final one: "… had permanent fatal errors"; sendmail/savemail.c, errbody()).
  /\bThe following addresses had transient non-fatal errors\b/i,
  /\bWarning: message \S{1,40} delayed \d/i,
  // Exchange's delay notice in German (EXCHANGE_DELAY_DE, which the paste reader also takes as a failure's words), and a
  // "delayed delivery" notice however titled.
  EXCHANGE_DELAY_DE,
  /\bdelayed delivery\b/i,
  /Delayed Mail \(still being retried\)/i,
  /\bstill (?:being )?(?:retried|trying)\b/i,
  // cPanel's hold on a sender or a domain over its hourly limit: "… Message will be reattempted later"
  // (cpanel etc/exim/perl/mail_permissions).
  /\bwill be reattempted\b/i,
  // The same in Italian, as MDaemon's localized delay warning words it ("… non è stato ancora recapitato ai seguenti
  // destinatari …", "I tentativi di recapito continueranno per un massimo di 48 ore").
  /\bnon è stato ancora (?:recapitat|consegnat)[oa]|\btentativi di (?:recapito|consegna) continueranno/i,
];

/** Out-of-office and other automatic replies (RFC 3834), in a few languages. */
export const AUTO_REPLY_PHRASES: readonly RegExp[] = [
  /\bout of (?:the )?office\b/i,
  /\b(?:automatic|auto)[- ]?reply\b/i,
  // RFC 3834's "automatic responses" and acknowledgments, as responders sign them ("This is an automatically generated
  // reply", "This is an automated response", "This is an automatic confirmation message").
  /\b(?:automatic|automated|automatically[- ]generated|auto[- ]generated) (?:reply|response|confirmation|acknowledge?ment)\b/i,
  // A responder on an address nobody reads (RFC 3834 §1's "personal responders" set up when a mailbox is abandoned or
  // send-only): "this mailbox is no longer monitored", "your email will not be responded to", "this is a no-reply
  // address". (Only read when no failure was found: a bounce saying an address is unmonitored stays a bounce.)
  /\b(?:is|are|will) (?:no longer|not|never) (?:be(?:ing)? )?(?:monitored|checked|read|responded to|answered)\b/i,
  /\bunmonitored (?:mailbox|inbox|address|e-?mail)\b|\bno[- ]?reply (?:e-?mail )?address\b/i,
  /\bI am (?:currently )?(?:away|out|on (?:annual )?leave|on vacation|travell?ing)\b/i,
  /\bI(?:'m| am) (?:out of|away from) (?:the|my) (?:office|desk)\b/i,
  /\bAbwesenheitsnotiz\b|\bNicht im B[üu]ro\b/i,
  /\bR[ée]ponse automatique\b|\babsent du bureau\b/i,
  /\bRespuesta autom[áa]tica\b|\bfuera de la oficina\b/i,
  /\bResposta autom[áa]tica\b/i,
  /\bAutomatisch antwoord\b/i,
  /\bRisposta automatica\b/i,
  // Japanese "absent" only as an out-of-office note says it ("不在にしております", "不在のため", "出張で不在です"): the same two
  // characters are an everyday Chinese word ("证书不在有效期内", the certificate is not within its validity).
  /自動応答|不在(?:に|の|で|中|です|につき)/,
  // Chinese "automatic reply" (simplified, traditional), as QQ Mail and NetEase title their vacation replies.
  /自动回复|自動回覆/,
];

/**
 * The body of a reply a person set up to answer every mail (RFC 3834 §1: a "personal responder"), when no title says
 * so: it thanks for the mail, or says it arrived, and promises an answer by a time it cannot know ("as soon as
 * possible", "within 24 hours"). Each half alone is ordinary correspondence; both together, with no failure found, are
 * an automatic acknowledgement. Simplified and traditional Chinese as QQ Mail's and NetEase's users write them
 * ("感谢您的来信 … 会尽快给您答复", "邮件已收到，谢谢", "我已经收到你的邮件，我稍后会给你回复").
 */
export const AUTO_REPLY_PAIRS: readonly (readonly [RegExp, RegExp])[] = [
  [/\bthanks? (?:you )?for your (?:e-?mail|message|letter|note|enquiry|inquiry)\b/i, /\b(?:as soon as (?:possible|I can|I return|I am back|I'm back)|upon my return|at (?:my|our) earliest convenience|within (?:24|48|one|two|\d) (?:business |working )?(?:hours|days))\b/i],
  [/(?:感谢|谢谢|感謝|謝謝)(?:您的?|你的)?(?:来信|來信|邮件|郵件)|(?:邮件|郵件|来信|來信)(?:我)?(?:已经|已經|已)收到|(?:已经|已經|已)收到(?:了)?(?:您的?|你的)(?:来信|來信|邮件|郵件)/, /尽快|盡快|尽早|盡早|回复|回覆|答复|答覆|回信|谢谢|謝謝/],
];

/**
 * A failure notice's own words that its sender has given up on the message, whatever the class of the last reply it
 * quotes ("451 4.3.0 …" after days of retries): Exim's "This is a permanent error. The following address(es) failed",
 * qmail's "This is a permanent error; I've given up" and its expiry line "I'm not going to try again; this message has
 * been in the queue too long" (qmail-send.c), Sendmail's "had permanent fatal errors", Exchange's "… without
 * success and has stopped trying", its NDR's "Delivery has failed to these recipients" (its delay notice: "Delivery is
 * delayed to these recipients") and Exchange 2003's "Could not deliver the message in the time limit specified",
 * Gmail's "failed permanently" / "Technical details of permanent failure", Postfix's failure template "your message
 * could not be delivered to one or more recipients" (its delay template says "THIS IS A WARNING ONLY"), Exchange
 * 2000/2003's NDR "Your message did not reach some or all of the intended recipients … The following recipient(s) could
 * not be reached" (Microsoft KB 322679, https://mskb.pkisolutions.com/kb/322679; its delay notice says "has been
 * delayed").
 */
export const GAVE_UP = /\bThis is a permanent error\b|\bdid not reach (?:some or all of )?the (?:intended|following) recipient|\bhas stopped trying\b|\bDelivery has failed to these recipients\b|\bhad permanent fatal errors\b|\bfailed permanently\b|\bTechnical details of permanent failure\b|\bCould not deliver the message in the time limit specified\b|\bmessage could not\s{1,9}be delivered to one or more recipients\b|\bI['’]m not going to try again\b/i;

/** After the kind is known: a failure notice that says it gave up marks its recipients failed (RFC 3464's "failed"). */
export function markGivenUp(kind: MessageKind, text: string, recipients: readonly { action: DsnAction | null }[]): void {
  const head = text.slice(0, 20_000);
  // (A Sendmail notice that also lists addresses "had transient non-fatal errors" is still retrying those: which line
  // is whose is not known here, so none is marked.)
  if (kind !== 'failure' || !GAVE_UP.test(head) || /\btransient non-fatal errors\b/i.test(head)) return;
  for (const r of recipients) if (r.action === null) r.action = 'failed';
}

export function matchesAny(text: string, phrases: readonly RegExp[]): boolean {
  return phrases.some((re) => re.test(text));
}

export interface KindSignals {
  /** Text (report part, bounded) to look for phrases in. */
  text: string;
  subject: string | null;
  actions: (DsnAction | null)[];
  isFeedbackReport: boolean;
  /** Headers say this is an automatic reply (Auto-Submitted: auto-replied, X-Autoreply, …) and no DSN part exists. */
  autoReplyHeaders: boolean;
  /** The engine found failure evidence: a DSN part, a recognised layout, or well-placed SMTP replies. */
  bounceEvidence: boolean;
  /** Any reply code found; classes tell failure from delay. */
  codes: (string | null)[];
}

export function classifyKind(s: KindSignals): MessageKind {
  if (s.isFeedbackReport) return 'complaint';
  const known = s.actions.filter((a): a is DsnAction => a !== null);
  // A success notice says so in every action and carries no failure code or status (a DSN that says "relayed" over a
  // 5.1.2 is a failure written carelessly, not a delivery).
  const failureCode = s.codes.some((c) => c !== null && /^[45]/.test(c));
  if (known.length > 0 && !failureCode && known.every((a) => a === 'delivered' || a === 'relayed' || a === 'expanded')) return 'delivered';
  if (!s.bounceEvidence) {
    const head = `${s.subject ?? ''}\n${s.text.slice(0, 4000)}`;
    if (s.autoReplyHeaders || matchesAny(head, AUTO_REPLY_PHRASES) || AUTO_REPLY_PAIRS.some(([a, b]) => a.test(head) && b.test(head.replace(a, ' ')))) return 'auto-reply';
    return 'not-bounce';
  }
  if (known.length > 0 && known.every((a) => a === 'delayed')) return 'delay';
  if (known.some((a) => a === 'failed')) return 'failure';
  // (A Sendmail notice with both sections, "… had permanent fatal errors" and "… transient non-fatal errors", is a failure.)
  const permanent = s.codes.some((c) => c?.startsWith('5')) || /\bhad permanent fatal errors\b/i.test(s.text.slice(0, 20_000));
  if (!permanent && (matchesAny(s.subject ?? '', DELAY_PHRASES) || matchesAny(s.text.slice(0, 20_000), DELAY_PHRASES))) return 'delay';
  return 'failure';
}
