/**
 * A mailing-list manager returning a post it refused (the 'mailing-list' layout of legacy.ts): what failed is the
 * list, so the list's address is the failed recipient. The notice's other addresses are the list's request or owner
 * addresses, offered as help ("send mail with the body 'guide' to list-ctl@…"), never recipients.
 */
import { addressFromField, normalizeAddress } from './dsn';

/** fml: "You are not a member of this mailing list <list@example.org>." — the address beside the words "mailing list". */
const NAMED_LIST = /\bmailing[ -]list\b[^\n<>@]{0,60}<([^\s<>@]{1,64}@[^\s<>@]{1,255})>/i;
/** The list's administrative addresses: Mailman sends as list-owner@…, fml as list-admin@…. */
const OWNER_SUFFIX = /-(?:owner|admin|request|bounces)@/i;

/**
 * The list a refusal is about: the one the notice names, else the one address the returned post went to, else the
 * list behind the owner address the notice came from.
 */
export function refusedList(notice: string, originalTo: string | null, noticeFrom: string | null): string | null {
  const named = NAMED_LIST.exec(notice.length > 20_000 ? notice.slice(0, 20_000) : notice)?.[1];
  if (named) return normalizeAddress(named);
  if (originalTo && (originalTo.match(/@/g) ?? []).length === 1) {
    const to = addressFromField(originalTo);
    if (to) return to;
  }
  if (noticeFrom && OWNER_SUFFIX.test(noticeFrom)) return normalizeAddress(noticeFrom.replace(OWNER_SUFFIX, '@'));
  return null;
}
