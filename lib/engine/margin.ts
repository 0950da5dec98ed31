/**
 * Whether a line was broken at a mail client's margin (a hard wrap), for the readers that join a reply's words back
 * across such a break: the paste reader (paste.ts) and the notice reader (text-report.ts).
 */

/** How far into a text its lines are looked at for its margin. */
const MAX_SCAN = 2 * 1024 * 1024;

/**
 * Whether the line that ends at `end` was broken at a mail client's margin: it is as long as one (60–100 characters),
 * or the next line's first word would not have fitted on it within the margin the text itself shows (its longest
 * line, when that is one: "…The server response was: 550 5.7.1" + "Unfortunately," past a 72-character margin).
 * `inString`: the line is inside a quoted string it does not close (brokenInString). `fallbackMargin`: the margin to
 * judge by when the text is too short to show its own (0: none, the line is not taken for a wrapped one).
 */
export function hardWrapped(text: string, end: number, inString = false, fallbackMargin = 0): boolean {
  let start = end;
  while (start > 0 && end - start <= 100 && text.charCodeAt(start - 1) !== 10) start--;
  const length = end - start;
  if (length >= 60 && length <= 100) return true;
  if (length === 0 || length > 100) return false;
  // (A link is never broken: a margin pushes it whole onto the next line, however short that leaves the line before —
  // "…Blocked - see" + "https://…". Any other word that long is rare enough that a short line before it ends there —
  // except inside a string left open, where a long run with no space is pushed down as a link is.)
  const link = /^(?:https?:\/\/|www\.)\S{1,200}/i.exec(text.slice(end + 1, end + 210))?.[0];
  const run = !link && inString ? /^\S{20,200}/.exec(text.slice(end + 1, end + 201))?.[0] : undefined;
  const pushed = link ?? run;
  if (length < 40 && !pushed) return false;
  const margin = marginOf(text) || fallbackMargin;
  const next = pushed ?? /^\S{1,40}/.exec(text.slice(end + 1, end + 41))?.[0] ?? '';
  if (next === '' || opensAlike(text.slice(start, end), text.slice(end + 1, end + 41))) return false;
  return margin > 0 && length + 1 + next.length > margin;
}

/**
 * Whether the line that ends at `end`, inside a quoted string its line does not close, was broken at a margin: as
 * hardWrapped says, or however short the line when the next line's first word would not have fitted on it — a margin
 * pushes a long run with no space down whole ('user <<insert here my sender' + 'email>>","responseCode":553,…'). In a
 * string left open that is no sentence's end: no language lets a string run over a line break, so its line goes on.
 */
export function brokenInString(text: string, end: number): boolean {
  return hardWrapped(text, end, true);
}

/** Lines that open with the same word are a list's or a log's, each whole ("send to ann@… failed" / "send to bob@…"). */
function opensAlike(line: string, next: string): boolean {
  const first = /^\s*(\S{1,40})\s/.exec(line)?.[1];
  return first !== undefined && next.startsWith(`${first} `);
}

/**
 * The margin a text was wrapped at, read as its longest line of words when that is 50–100 characters; 0 when it is
 * not. A line of one word (a link, a token) is not counted: a margin cannot break it, so it runs past the margin.
 */
let marginCache: { text: string; margin: number } | null = null;
export function marginOf(text: string): number {
  if (marginCache?.text === text) return marginCache.margin;
  let longest = 0;
  for (let at = 0; at < text.length && at < MAX_SCAN; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    if (end - at > longest && oneWord(text, at, end) === false) longest = end - at;
    at = end + 1;
  }
  const margin = longest >= 50 && longest <= 100 ? longest : 0;
  marginCache = { text, margin };
  return margin;
}

/** Whether the line from `at` to `end` holds a space or tab between two of its characters (false: words). */
function oneWord(text: string, at: number, end: number): boolean {
  let from = at;
  while (from < end && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9)) from++;
  let to = end;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  const inner = text.slice(from, to);
  return !(inner.includes(' ') || inner.includes('\t'));
}

/**
 * Whether the line after the one that ends at `end` (`next`) goes on with that line's sentence however short the line
 * was: the line ends
 * with no mark that closes a sentence or a part of one, and the next opens with a word in lower case ("…Client host" +
 * "blocked using zen.spamhaus.org", "…Service currently" + "unavailable)") or with a bracketed IP or address and then
 * such a word ("[192.0.2.1] blocked using …"). A notice's next section, a stack frame, a field or a new record opens
 * otherwise (the readers keep their own lists of those). Latin script only: other scripts have no case to go by.
 */
export function goesOnInLowerCase(text: string, end: number, next: string): boolean {
  // (The line from its start, or its last 300 characters.)
  const line = text.slice(Math.max(text.lastIndexOf('\n', end - 1) + 1, end - 300), end);
  if (/[.!?:;)\]>"'`]\s*$/.test(line) || !/[a-z]/i.test(line) || NOT_A_CLAUSE.test(next) || opensAlike(line, next)) return false;
  // (After a word that cannot end an English sentence — "Blocked by" + "SpamAssassin" — a capital goes on as well.)
  return LOWER_CASE_GOES_ON.test(next) || (CANNOT_END.test(line) && WORD_GOES_ON.test(next));
}
/**
 * Whether the line that ends at `end` breaks off after a word no English sentence ends on ("…Verification failed for",
 * "554 Mail from") and the next line (`next`) opens with an address: the address is that clause's ("<x@y> Sender verify
 * failed", "x@y rejected for policy reasons"), not the next record of a list, which never follows such a word.
 */
export function addressGoesOn(text: string, end: number, next: string): boolean {
  return endsOpen(text, end) && /^<?[^\s@<>]{1,64}@[^\s@<>]{1,255}/.test(next);
}

/** Whether the line that ends at `end` breaks off after a word no English sentence ends on ("…action not", "…failed for"). */
export function endsOpen(text: string, end: number): boolean {
  return CANNOT_END.test(text.slice(Math.max(text.lastIndexOf('\n', end - 1) + 1, end - 300), end));
}
// (The word may close the string the reply was printed in: "…bad file extension in" + "attachment\"".)
// (Its first word may end the sentence, and another start: "…on our block" + "list. You can also refer …"; or close the
// string a program printed the reply in: "…Client was not" + "authenticated\" At C:\\scripts\\…".)
const LOWER_CASE_GOES_ON = /^(?:[[(][^\s()[\]]{1,80}[)\]][ \t]+)?[a-z][a-z'’-]{0,30}(?:[ ,]|[.;)]?["']?$|[.;)]?["']?[.;)]?[ \t])/;
// (Or an IP address, as replies write it after "from" or "for": "…messages from" + "198.51.100.165 weren't sent.")
const WORD_GOES_ON = /^(?:[[(][^\s()[\]]{1,80}[)\]](?::\d{1,5})?|\p{L}[\p{L}\p{N}'’.-]{0,40}|\d{1,3}(?:\.\d{1,3}){3})(?:[ ,.;)]|["']?$)/u;
/** English words that leave a sentence open: an article, a preposition, a pronoun's possessive, an auxiliary. */
const CANNOT_END = /(?:^|[\s(])(?:the|a|an|your|our|their|its|his|her|my|by|of|to|for|from|with|into|on|in|at|as|via|per|is|are|was|were|be|been|has|have|had|not|no|and|or|than|that|which|this|because|if|unless)[ \t]*$/i;
/**
 * Openings of what is not a reply's words: a stack frame ("at Foo.bar (file.js:1:2)", "from file.rb:12:in"), a chained
 * cause ("nested exception is:", "caused by"), the words of the person who pasted it.
 */
const NOT_A_CLAUSE = /^(?:at [\w$.<>]{1,200}[ (]|from \S{1,300}:\d|nested exception|caused by|and then|but I|thanks?\b|regards\b|I['’ ])/i;
