/**
 * Whether a text says that a mail failed, in the words of a failure (paste-formats.ts: the strong ones alone, the weak
 * ones beside a word about mail, a localized refusal, an address's state beside an address): the paste reader's test
 * of whether a paragraph with no code is a bounce's, and of what the person who pasted one says (persons.ts).
 */
import { DELAY_PHRASES, matchesAny } from './kind';
import { ADDRESS_CONTEXT, ADDRESS_STATE, FAILURE_WORDS_STRONG, FAILURE_WORDS_WEAK, LOCALIZED_REFUSALS, MAIL_CONTEXT, MALWARE_SCAN_NOTE, MALWARE_WORDS, SMTP_COMMAND_CONTEXT } from './paste-formats';

/** The first 4000 characters with every run of white space one space: a mail client wraps a sentence anywhere. */
export function unwrapped(text: string): string {
  const t = text.length > 4000 ? text.slice(0, 4000) : text;
  // A reply cleanReply already joined has nothing to unwrap: no copy for it.
  return /[^\S ]|\s\s/.test(t) ? t.replace(/\s+/g, ' ') : t;
}

/** Whether `text` (its first 4000 characters) says in words that a mail failed. */
export function hasFailureWords(text: string): boolean {
  const t = unwrapped(text);
  if (FAILURE_WORDS_STRONG.some((re) => re.test(t))) return true;
  // A delay notice's words (kind.ts) say a mail is not delivered yet, next to a word about mail.
  if ((FAILURE_WORDS_WEAK.some((re) => re.test(t)) || matchesAny(t, DELAY_PHRASES) || MALWARE_WORDS.test(t.replace(MALWARE_SCAN_NOTE, ' '))) && (MAIL_CONTEXT.test(t) || SMTP_COMMAND_CONTEXT.test(t))) return true;
  if (LOCALIZED_REFUSALS.some(([words, context]) => words.test(t) && context.test(t))) return true;
  // An address is a word about mail too, for what a failure says about an address (not for topics such as "DMARC").
  return ADDRESS_STATE.test(t) && ADDRESS_CONTEXT.test(t);
}
