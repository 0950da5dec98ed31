/**
 * Finds email addresses in text in linear time: it visits each '@' once and reads outwards, instead of trying a regex
 * at every character (which costs 64 steps per character on a long run of letters or digits).
 */
/** Addresses that write bounces rather than receive them: never a failed recipient (postmaster@ may be one). */
export const DAEMON_ADDRESS = /^(?:mailer-daemon|mail-daemon|mailerdaemon|double-bounce)@/i;

export interface FoundAddress {
  /** The address as written. */
  text: string;
  index: number;
}

// Internationalised addresses (RFC 6531) may use any letter in the local part and in domain labels.
const LOCAL_CHAR = /[\p{L}\p{N}._%+!#$&'*/=?^`{|}~-]/u;
const DOMAIN_AT = /(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,8}(?:\p{L}{2,24}|xn--[a-z0-9-]{1,59})(?![\p{L}\p{N}-])/uy;

export function* findAddresses(text: string, end = text.length, max = Infinity): Generator<FoundAddress> {
  let count = 0;
  let lastEnd = 0;
  for (let at = text.indexOf('@'); at >= 0 && at < end && count < max; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > lastEnd && at - start < 64 && LOCAL_CHAR.test(text[start - 1] as string)) start--;
    // Leading dots and quotes belong to the sentence, not the address.
    while (start < at && /[.'`]/.test(text[start] as string)) start++;
    if (start === at) continue;
    DOMAIN_AT.lastIndex = at + 1;
    const m = DOMAIN_AT.exec(text);
    if (!m) continue;
    const stop = at + 1 + m[0].length;
    if (stop > end) continue;
    count++;
    lastEnd = stop;
    yield { text: text.slice(start, stop), index: start };
    at = stop - 1;
  }
}
