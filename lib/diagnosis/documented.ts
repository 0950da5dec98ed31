/**
 * Does a text quote a documented delivery-failure reply? For the paste reader (engine/paste.ts), which reads a
 * paragraph with no SMTP code as a reply when its words say a mail was not delivered: a paragraph that carries a
 * provider's own code or a phrase of a published reply ("Unrouteable address" — Exim; "does not accept mail
 * (nullMX)" — Postfix; "RESOLVER.ADR.RecipNotFound" — Microsoft) says so just as plainly, even with none of those words.
 *
 * Only evidence that names a cause by itself counts: from the published replies (lib/diagnosis/knowledge), a
 * provider's token, a blocklist's name, a documented phrase of two words or more, a documented pattern; from the general rules, only phrases of three words or more —
 * their shorter ones ("mx record", "dmarc policy", "reverse dns") are the vocabulary of mail administration, at home
 * in prose about email too. Single words,
 * vague refusals ("rejected", "policy"), statuses and codes do not: prose about email uses them too.
 */
import { cues, findCues, phraseWords, type CueDef } from './cues';

/** A host name with a path or a second dot ("spamcop.net/bl.shtml", "dnsbl.example.org"). */
const HOST_OR_PATH = /^[a-z0-9-]{2,63}(?:\.[a-z0-9-]{2,63}){1,4}\/[^\s]{2,80}$|^[a-z0-9-]{2,63}(?:\.[a-z0-9-]{2,63}){2,4}$/;

/** Han, kana: scripts written without spaces between words. */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/**
 * A text this short is one reply or one line of a notice: the rules' patterns count there too. Each pattern is a
 * whole clause about a failure ("Hostname cannot be resolved", "rejected by the recipient's filter"), where their
 * two-word phrases are topics ("mx record", "dmarc policy", "reverse dns") that prose about email shares.
 */
const LINE_LENGTH = 200;
/**
 * Categories whose two-word phrases say what became of an address ("is disabled", "over quota", "unknown user"),
 * not a topic of mail administration: on a line as short as one reply they are that reply's words.
 */
const STATE_OF_THE_ADDRESS: ReadonlySet<string> = new Set(['recipient-unknown', 'mailbox-full', 'mailbox-disabled', 'recipient-policy']);

/**
 * A one-line text that a program labelled as its error ("Error: bare <LF> received", "SMTPException: …", "Fehler: …"):
 * what it says is the error, so a general rule's two-word phrase in it ("bare <lf>") is its cause, not a topic.
 * The label in the languages of issue 12 as programs print it — PHPMailer's language files
 * (language/phpmailer.lang-<lang>.php, knowledge/localized-clients.ts) open their errors with "Erro de SMTP:",
 * "Errore SMTP", "SMTP-fout:", "Błąd SMTP:", "Ошибка SMTP:", "SMTPエラー:", "SMTP 错误：" — and bare ("Erro: …"). (A
 * Chinese or Japanese text goes on right after its colon, with no space.)
 */
const ERROR_LABEL = /^[ \t]*(?:[\w.$:-]{0,60}(?:error|exception|fehler|erreur|failed|failure|fout)|err|(?:erro|errore|błąd|ошибка)(?:[ \t]+(?:de[ \t]+)?smtp)?|smtp[ \t]?(?:エラー|错误|錯誤))[ \t]*(?:[:!：][ \t]|[:：](?=[\u3040-\u9fff]))/i;

/**
 * Words right after a step's name that say it failed — or, after a limit or a credential, that it ran out or did not
 * hold ("Maximum connection limit reached", "login password is not valid").
 */
const STEP_FAILED = /^[ \t]*(?:has |have |was |is |been ){0,2}(?:failed|failure|error|reached|exceeded|expired|denied|refused|invalid|not valid|not accepted)\b/i;

/**
 * A documented phrase that is only a predicate, with no subject ("does not exist", "doesn't exist"): in a reply it is
 * the address's ("The recipient does not exist", "local server don't exists that user"), in prose anything's ("if the
 * config file does not exist"). It counts where the text names what a mail is sent to (SUBJECT).
 */
const PREDICATE_ONLY = /^(?:(?:does|do|did)(?: not|n'?t)?|not|no longer) exists?\*?$/i;
const SUBJECT = /\b(?:users?|mailbox(?:es)?|recipients?|address(?:es)?|addressee|accounts?|e-?mails?|mail|domain)\b/i;

/**
 * The IANA registry's titles for the protocol's own faults (X.5.1 "Invalid command", X.5.2 "Syntax error", X.5.4
 * "Invalid command arguments", X.5.5 "Wrong protocol version": knowledge/standards.ts) name faults every parser and
 * command line has; with no status or code beside them they are not about mail. (X.5.3 "Too many recipients" is.)
 */
const PROTOCOL_TITLE = /^iana\.5\.[1245]$/;

/**
 * A phrase made only of the names of mail's authentication mechanisms joined by "and" or "or" ("spf and dkim", "spf or
 * dkim"): in a reply it is what failed (Gmail's "The sender must authenticate with at least one of SPF or DKIM"), in
 * prose about email its topic ("SPF and DKIM both pass according to MXToolbox"). Its three words are two names.
 */
const NAMES_ONLY = /^(?:spf|dkim|dmarc|arc)(?:[ \t]*(?:and|or|&|\/|,)[ \t]*(?:spf|dkim|dmarc|arc))+$/i;

function namesACause(def: CueDef, line: boolean, labelled = false, subject = true): boolean {
  if (def.kind === 'phrase' && PREDICATE_ONLY.test(def.text) && !subject) return false;
  if (def.kind === 'phrase' && NAMES_ONLY.test(def.text)) return false;
  if (PROTOCOL_TITLE.test(def.id)) return false;
  // A symptom says only that something happened; a cue bound to a status or code, or to the provider that answered,
  // does not hold in a text with no code and no known sender.
  // A documented text that is a symptom for the scoring (RFC 5321's "Bad sequence of commands", Sendmail's "Can't
  // create output") is still a documented failure reply.
  if ((def.symptom && def.origin !== 'knowledge') || def.gated || def.status || def.codes) return false;
  // (Chinese and Japanese write no spaces: three characters count as a word, as the scoring counts them.)
  const words = def.kind === 'phrase' ? phraseWords(def.text) : 0;
  const ruleTerm = words >= 3 || (line && (def.kind === 'pattern' || (words === 2 && (labelled || STATE_OF_THE_ADDRESS.has(def.category)))));
  // (A provider's own token names its cause as the published replies' do: "(S3150)", "[TSS04]", "OFR_101", the Google
  // Groups help link its notice ends on in every language.)
  if (def.origin !== 'knowledge' && !(def.origin === 'provider' && def.kind === 'token') && !ruleTerm) return false;
  switch (def.kind) {
    case 'token':
    case 'name':
    case 'pattern':
      return true;
    case 'phrase':
      // Two words at least — or, in Chinese and Japanese, which write no spaces, three characters at least. A phrase
      // that documented texts use with more than one meaning (weights.ts `ambiguous`) still quotes a failure: which
      // failure is the scoring's question, not this one's.
      // A documented phrase that is a host name or an address path ("spamcop.net/bl.shtml") names its source as a
      // token does.
      return def.text.includes(' ') || (CJK.test(def.text) && [...def.text].length >= 3) || HOST_OR_PATH.test(def.text);
    default:
      return false;
  }
}

/** Whether `text` quotes a documented reply of the engine's tables (see above). Linear in the text's length. */
export function isDocumentedFailure(text: string): boolean {
  if (text.length === 0) return false;
  const line = text.trim().length <= LINE_LENGTH;
  const labelled = line && !text.trim().includes('\n') && ERROR_LABEL.test(text);
  // …or that says the step its two words name failed ("TLS negotiation failed, …", "DNS lookup failed").
  const failed = (end: number) => line && STEP_FAILED.test(text.slice(end, end + 24));
  const head = text.length > 4000 ? text.slice(0, 4000) : text;
  let subject: boolean | undefined;
  return findCues(head, cues()).some((hit) => namesACause(hit.def, line, labelled || failed(hit.end), (subject ??= SUBJECT.test(head))));
}
