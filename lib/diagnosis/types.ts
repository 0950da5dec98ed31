/**
 * The diagnosis vocabulary (part 2 of the engine). Categories are the public contract in ../shared/docs/taxonomy.md;
 * everything else is detail around one category per failed recipient.
 */

export type Category =
  | 'spf'
  | 'dkim'
  | 'dmarc'
  | 'unauthenticated'
  | 'ptr'
  | 'ip-blocklist'
  | 'domain-blocklist'
  | 'reputation'
  | 'rate-limit'
  | 'spam'
  | 'virus'
  | 'content-policy'
  | 'message-size'
  | 'message-format'
  | 'relay-denied'
  | 'auth-required'
  | 'tls-required'
  | 'sender-rejected'
  | 'recipient-unknown'
  | 'recipient-domain'
  | 'mailbox-full'
  | 'mailbox-disabled'
  | 'recipient-policy'
  | 'policy'
  | 'greylisting'
  | 'delivery-timeout'
  | 'network'
  | 'remote-error'
  | 'protocol'
  | 'auto-reply'
  | 'complaint'
  | 'delivered'
  | 'unknown';

/** Who must act. */
export type Side = 'sender' | 'recipient' | 'either' | 'none';

/** What to do about resending. */
export type RetryAdvice = 'retry-later' | 'fix-then-resend' | 'never-resend' | 'nothing-to-do';

export type ConfidenceLevel = 'high' | 'medium' | 'low';

/**
 * One classification rule: data, never code. A rule matches when every condition it states holds: one of its phrases
 * (lower-case substrings) or patterns is in the reply, and its status/code constraints (if any) match.
 */
export interface Rule {
  /** Stable id, "<family or provider>.<name>", shown as the reason and usable in tests. */
  id: string;
  category: Category;
  /** Lower-case substrings of the reply; any one matches. Short on purpose, so small wording changes still match. */
  phrases?: readonly string[];
  /** Bounded regexes, for what a substring cannot say. */
  patterns?: readonly RegExp[];
  /** Enhanced status codes the rule is limited to: "5.7.26", or "x.7.26" for either class, or "x.7.*". */
  status?: readonly string[];
  /** Basic reply codes the rule is limited to. */
  codes?: readonly string[];
  /** A vague rule ("rejected", "policy"): its words weigh little (weights.ts). */
  weak?: boolean;
  /** Its words name a blocklist or product outright ("zen.spamhaus.org", "SpamCop"): they weigh as much as a code. */
  name?: boolean;
  /** Its words name the mechanism that was checked ("SPF", "DKIM", "DMARC", "greylisted"): they outweigh the generic
   * words a reply wraps around them ("is not allowed to send"). */
  term?: boolean;
  /** Its words say that something happened ("rate limited", "try again in"), not why: a stated cause outweighs them. */
  symptom?: boolean;
  /** Where the knowledge comes from (a URL, an RFC section, "owner/repo path"), checked by the single-sample test. */
  source?: string;
  /** A provider's rule with texts of their own, as a table entry's (knowledge/types.ts KnownReply.variant). */
  variant?: string;
}

/** A provider or product whose replies have their own meanings (and its own help pages). */
export interface Provider {
  id: string;
  name: string;
  /** Suffixes of the remote MTA's host name. */
  hosts?: readonly string[];
  /** Signatures in the reply text that identify the provider (bounded regexes). */
  signatures?: readonly RegExp[];
  /** Suffixes of recipient domains the provider hosts. */
  domains?: readonly string[];
  /** The provider's own table: its words count when it is the one answering, its codes wherever they appear. */
  rules: readonly Rule[];
  /** Where its senders' help lives. */
  links?: { postmaster?: string; delist?: string; errors?: string };
  /** A sending service (it refuses or suppresses a send; it does not receive): its codes do not name a receiver. */
  sends?: true;
}

/** A span of the reply text (or of another source) that decided the diagnosis. */
export interface Evidence {
  source: 'reply' | 'status' | 'code' | 'authentication-results' | 'provider';
  text: string;
  start: number | null;
  end: number | null;
}

export interface ChecklistItem {
  text: string;
  command?: string;
  link?: string;
  /** When the step differs by setup: only for people who run their own mail server, or who use a mail provider. */
  audience?: 'own-server' | 'mail-provider';
}

export interface Classification {
  category: Category;
  ruleId: string;
  provider: { id: string; name: string } | null;
  confidence: { level: ConfidenceLevel; reason: string };
  evidence: Evidence[];
  /** Blocklist zone named in the reply, when any. */
  zone: string | null;
  /** The kind of the strongest evidence for the verdict (a provider's code, a status, a phrase, a word …). */
  decidedBy?: 'token' | 'name' | 'phrase' | 'word' | 'weak' | 'pattern' | 'status' | 'code' | 'qualifier' | 'stated' | null;
  /** A close runner-up ("or possibly: …"), when the evidence for another cause came near. */
  alternative?: { category: Category; ruleId: string; evidence: Evidence[] } | null;
}

export interface Diagnosis extends Classification {
  side: Side;
  permanent: boolean;
  /** Remove the address from mailing lists: only for recipient-unknown, recipient-domain, mailbox-disabled. */
  suppress: boolean;
  retry: RetryAdvice;
  /** The registered meaning of the enhanced status code (IANA registry), when there is one. */
  statusMeaning: string | null;
  title: string;
  /** Who does what, in words ("You: correct the address or stop sending to it"); differs for a delay. */
  whoActs: string;
  explanation: string;
  checklist: ChecklistItem[];
  prevention: string[];
  links: { label: string; url: string }[];
}
