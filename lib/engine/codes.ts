/**
 * SMTP reply codes (RFC 5321 §4.2) and enhanced status codes (RFC 3463): recognising, validating and comparing them.
 * All patterns are anchored or bounded, so they stay linear on hostile input.
 */

/** Basic code: 2xx–5xx with a second digit 0–5 (RFC 5321 §4.2.1). */
export function isBasicCode(code: string): boolean {
  return /^[245][0-5]\d$/.test(code);
}

/** Enhanced status: class 2/4/5, subject 0–7, detail 0–999 (RFC 3463 §2). */
export function isEnhancedCode(code: string): boolean {
  const m = /^([245])\.(\d{1,3})\.(\d{1,3})$/.exec(code);
  return m !== null && Number(m[2]) <= 7 && Number(m[3]) <= 999;
}

/** qmail's status at the end of its sentences ("… (#5.1.1)"). */
export const QMAIL_STATUS = /\(#([245]\.\d{1,3}\.\d{1,3})\)/;
/** Exchange 2000–2007's status after its own words, in the reporting server's name: "<mail.example.org #5.1.1>". */
export const EXCHANGE_STATUS = / #([245]\.\d{1,3}\.\d{1,3})>/;

/** An enhanced status code inside running text, not part of a longer dotted number (IP, version, date). */
export const ENHANCED_IN_TEXT = /(?<![\d.])([245]\.[0-7]\.\d{1,3})(?![\d]|\.\d)/;

/** Says how a basic code and an enhanced status disagree, or null when they agree or one is missing. */
export function codeMismatch(code: string | null, enhanced: string | null): string | null {
  if (!code || !enhanced) return null;
  if (code[0] === enhanced[0]) return null;
  return `the reply code ${code} is ${classWord(code[0])} but the enhanced status ${enhanced} is ${classWord(enhanced[0])}`;
}

function classWord(digit: string | undefined): string {
  if (digit === '2') return 'a success';
  if (digit === '4') return 'temporary';
  if (digit === '5') return 'permanent';
  return 'unknown';
}

export interface ReplyCodes {
  code: string | null;
  enhanced: string | null;
}

/**
 * Reads the codes at the head of a cleaned reply: "550 5.1.1 …", "550-5.7.26 …", "550: 5.1.1 …", "#550 5.2.3 …",
 * "5.1.1 …" (status only). When the head has no enhanced status, the first one in the reply's first 160
 * characters is taken (Postfix and Exchange often put it after a prefix), never one that is part of a longer number.
 */
export function readReplyCodes(reply: string): ReplyCodes {
  const head = /^[#'"(\s]{0,3}([245][0-5]\d)(?![\d.,])[-:\s]{0,3}(?:#?([245]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d))?/.exec(reply);
  let code: string | null = head?.[1] ?? null;
  let enhanced: string | null = head?.[2] && isEnhancedCode(head[2]) ? head[2] : null;
  if (!head) {
    const statusOnly = /^[#'"(\s]{0,3}([245]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d)/.exec(reply);
    if (statusOnly?.[1] && isEnhancedCode(statusOnly[1])) enhanced = statusOnly[1];
  }
  // A relaying MTA may wrap the receiver's reply in its own words: "5.1.0 - Unknown address error 550-'5.7.1 …'"
  // (Amazon SES), or "554 4.4.7 Message expired … <421 4.4.2 Connection timed out>" (codes that disagree). The
  // receiver's own pair is the one that explains the failure.
  // Sendmail quotes the remote reply after its own: "554 <x@y>... 550 Host unknown".
  const quoted = /^[245]\d\d <?[^\s<>@]{1,64}@[^\s<>]{1,255}>?\.\.\. ([245][0-5]\d)(?![\d.,])[-\s]{1,2}(?:([245]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d))?/.exec(reply);
  if (quoted?.[1]) {
    code = quoted[1];
    enhanced = quoted[2] && isEnhancedCode(quoted[2]) ? quoted[2] : enhanced;
  }
  if (code === null || (enhanced !== null && enhanced[0] !== code[0])) {
    const inner = /(?<![\d.])([245][0-5]\d)[-\s]['"<]?([245]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d)/.exec(reply.slice(3, 400));
    if (inner?.[1] && inner[2] && isEnhancedCode(inner[2]) && inner[1][0] === inner[2][0]) {
      code = inner[1];
      enhanced = inner[2];
    }
  }
  // Postfix's own words around a remote reply: "delivery temporarily suspended: host x[ip] refused to talk to me: 421
  // Service not available" — the reply after the last colon is the receiver's.
  if (code === null) {
    const embedded = /:\s([245][0-5]\d)(?:[ -]([245]\.\d{1,3}\.\d{1,3}))?\s+[A-Za-z]/.exec(reply.slice(0, 600));
    if (embedded?.[1]) {
      code = embedded[1];
      if (embedded[2] && isEnhancedCode(embedded[2])) enhanced ??= embedded[2];
    }
  }
  if (!enhanced) {
    // In the text, or at its end as qmail's "(#5.1.1)" or Exchange 2000/2003's "<host.example #5.1.1>".
    const inside = ENHANCED_IN_TEXT.exec(reply.slice(0, 160)) ?? QMAIL_STATUS.exec(reply.slice(0, 600)) ?? EXCHANGE_STATUS.exec(reply.slice(0, 600));
    const found = inside?.[1];
    if (found && isEnhancedCode(found) && (code === null || found[0] === code[0])) enhanced = found;
  }
  if (code !== null && !isBasicCode(code)) code = null;
  return { code, enhanced };
}
