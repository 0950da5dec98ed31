/**
 * One meaning, several spellings. Servers and the people who write their replies spell the same words differently:
 * "does not" and "doesn't" (straight or typographic apostrophe, or none at all), "e-mail" and "email", "mail box" and
 * "mailbox", "black-listed" and "blacklisted". A documented phrase written one way should find the reply written
 * another way, so every phrase of the tables is also indexed in its other spellings (cues.ts). Spans stay exact: a
 * variant is matched in the reply as it is written.
 *
 * The groups are English orthography (the standard contractions; closed, open and hyphenated compounds; the negative
 * prefix "in-" spelled out as "not a"), not knowledge about any server: they add no meaning, they only let a documented
 * meaning be found.
 */

/** Each group: spellings of one word or phrase. Whole words only; lower case; the first one is only a name. */
export const GROUPS: readonly (readonly string[])[] = [
  ['does not', "doesn't", 'doesn’t', 'doesnt'],
  ['do not', "don't", 'don’t', 'dont'],
  ['did not', "didn't", 'didn’t', 'didnt'],
  ['is not', "isn't", 'isn’t', 'isnt'],
  ['are not', "aren't", 'aren’t', 'arent'],
  ['was not', "wasn't", 'wasn’t', 'wasnt'],
  ['has not', "hasn't", 'hasn’t', 'hasnt'],
  ['have not', "haven't", 'haven’t', 'havent'],
  ['could not', "couldn't", 'couldn’t', 'couldnt'],
  ['would not', "wouldn't", 'wouldn’t', 'wouldnt'],
  ['will not', "won't", 'won’t'],
  ['cannot', 'can not', "can't", 'can’t'],
  ['email', 'e-mail'],
  ['emails', 'e-mails'],
  ['mailbox', 'mail box', 'mail-box'],
  ['mailboxes', 'mail boxes', 'mail-boxes'],
  ['username', 'user name', 'user-name'],
  ['hostname', 'host name', 'host-name'],
  ['blacklisted', 'black listed', 'black-listed'],
  ['blacklist', 'black list', 'black-list'],
  ['blocklisted', 'block listed', 'block-listed'],
  ['blocklist', 'block list', 'block-list'],
  ['nonexistent', 'non-existent', 'non existent'],
  // A compound adjective before its noun is hyphenated ("dynamically-assigned IP ranges").
  ['dynamically assigned', 'dynamically-assigned'],
  ['unrouteable', 'unroutable'],
  ['non-existing', 'nonexisting', 'non existing'],
  // The negative prefix and its spelled-out form: "an invalid user" and "not a valid user" say the same of the user.
  ['invalid', 'not a valid'],
  // RFC 5321's own terms, hyphenated there and often not in replies ("Domain of forward path is not allowed").
  ['forward-path', 'forward path', 'forwardpath'],
  // The RFCs named by number, with a space or a hyphen ("not a valid RFC-5321 address", "RFC 5322 compliant").
  ['rfc 5321', 'rfc-5321', 'rfc5321'],
  ['rfc 5322', 'rfc-5322', 'rfc5322'],
  ['reverse-path', 'reverse path', 'reversepath'],
  // A noun used as an attribute or as a possessive: "recipient domain" and "the recipient's domain" name the same thing.
  ['recipient domain', "recipient's domain", 'recipient’s domain', 'recipients domain'],
  ['sender domain', "sender's domain", 'sender’s domain', 'senders domain'],
  ['sender address', "sender's address", 'sender’s address', 'senders address'],
  // Validity's reputation score, named as two words and written as one in its domain (senderscore.org).
  ['sender score', 'senderscore'],
];

/** At most this many spellings of one phrase (a phrase with three variable words would otherwise give 64). */
const MAX_VARIANTS = 8;

/**
 * Where each group's spellings occur in a phrase, at word edges ("email" not in "emails"; "dont" not in "donated").
 * Phrases are lower case and these words English: ASCII edges, and regexes without the Unicode flag, cheap to build.
 */
const FINDERS = GROUPS.map((forms) => ({
  forms,
  re: new RegExp(`(?<![a-z0-9'’-])(?:${[...forms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![a-z0-9'’-])`, 'g'),
}));
/** A cheap first look (every spelling above contains one of these): most phrases hold none of the words. */
const ANY = /n[’']?t\b|not\b|mail|user|host|list|exist|domain|sender|routable|routeable|path|valid|assigned|rfc/;

/** A text as a regex that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The other spellings of a lower-case phrase (not the phrase itself); none for most phrases. One word respelled at a
 * time first, then every combination, up to MAX_VARIANTS.
 */
export function otherSpellings(phrase: string): string[] {
  if (!ANY.test(phrase)) return [];
  const present = FINDERS.filter(({ forms, re }) => {
    if (!forms.some((form) => phrase.includes(form))) return false;
    re.lastIndex = 0;
    return re.test(phrase);
  });
  const out: string[] = [];
  const add = (v: string) => {
    if (v !== phrase && !out.includes(v) && out.length < MAX_VARIANTS) out.push(v);
  };
  for (const { forms, re } of present) for (const form of forms) add(phrase.replace(re, form));
  if (present.length > 1) {
    let all = [phrase];
    for (const { forms, re } of present) all = all.flatMap((v) => forms.map((form) => v.replace(re, form)));
    all.forEach(add);
  }
  return out;
}
