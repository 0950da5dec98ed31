/**
 * A mailing-list manager returning a post it refused (the 'mailing-list' layout of legacy.ts): what failed is the
 * list, so the list's address is the failed recipient. The notice's other addresses are the list's request or owner
 * addresses, offered as help ("send mail with the body 'guide' to list-ctl@…"), never recipients.
 */
import { addressFromField, normalizeAddress } from './dsn';

/** fml: "You are not a member of this mailing list <list@example.org>." — the address beside the words "mailing list". */
const NAMED_LIST = /\bmailing[ -]list\b[^\n<>@]{0,60}<([^\s<>@]{1,64}@[^\s<>@]{1,255})>/gi;
/** The list's administrative addresses: Mailman sends as list-owner@…, fml as list-admin@…. */
const OWNER_SUFFIX = /-(?:owner|admin|request|bounces)@/i;

/**
 * The list a refusal is about: the one the notice names, else the one address the returned post went to, else the
 * list behind the owner address the notice came from.
 */
export function refusedList(notice: string, originalTo: string | null, noticeFrom: string | null): string | null {
  // The first one named that is not the list's owner ("contact the mailing list owner at <list-owner@…>").
  const text = notice.length > 20_000 ? notice.slice(0, 20_000) : notice;
  NAMED_LIST.lastIndex = 0;
  for (let m = NAMED_LIST.exec(text), n = 0; m && n < 20; m = NAMED_LIST.exec(text), n++) {
    if (m[1] && !OWNER_SUFFIX.test(m[1]) && !/\b(?:owner|admin|administrator|moderators?)\b/i.test(m[0].slice(0, m[0].indexOf('<')))) return normalizeAddress(m[1]);
  }
  if (originalTo && (originalTo.match(/@/g) ?? []).length === 1) {
    const to = addressFromField(originalTo);
    if (to) return to;
  }
  if (noticeFrom && OWNER_SUFFIX.test(noticeFrom)) return normalizeAddress(noticeFrom.replace(OWNER_SUFFIX, '@'));
  return null;
}
