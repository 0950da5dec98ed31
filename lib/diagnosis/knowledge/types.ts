/**
 * Published knowledge about replies: what a provider, gateway, blocklist, MTA or filter documents about the replies it
 * gives. One file per source family in this folder; each entry cites where it comes from. These tables are data: the
 * scoring (../score.ts) turns every entry into cues, so an entry never needs a place in an order.
 */
import type { Category } from '../types';

/** One documented reply, or one documented code, and what it means. */
export interface KnownReply {
  /** Stable, unique id: "<source id>.<short name>", e.g. "microsoft.5.7.708", "yahoo.tss04", "postfix.unknown-local". */
  id: string;
  category: Category;
  /**
   * A token that identifies this reply by itself wherever it appears, whoever relays it: a provider's own code
   * ("TSS04", "AS(4810)", "S3150", "OFR_506", "RL000001", "CS01", "HM08"), or an enhanced status that only this source
   * defines beyond the IANA registry ("5.7.708", "4.7.650"). Matched case-sensitively at word edges. Leave unset when
   * the code is shared by many servers (5.7.1, 550): then `phrases` identify the meaning.
   */
  token?: string;
  /** The enhanced status the documented reply carries ("5.7.26", or "x.7.26" for both classes). Context, not a gate. */
  status?: string;
  /**
   * Lower-case fragments of the documented text that carry its meaning and are unlikely elsewhere with another meaning
   * (2–6 words, shortened so small wording changes still match; never a single generic word such as "rejected").
   * A trailing "*" makes a prefix ("throttl*"). May be empty when the token says everything. A field of a service's
   * API answer and its documented value is written as JSON's `key":"value` (`reject_reason":"unsigned`): it is that
   * service's code, found in any notation a program prints the answer in (cues.ts fieldPattern).
   */
  phrases?: readonly string[];
  /** The documented text itself, as the source gives it (verbatim or nearly; placeholders like <ip> allowed). */
  text: string;
  /** Where it is documented: a URL, or "owner/repo path/to/file" for source code. */
  source: string;
  /**
   * The id of texts of their own (texts/titles.ts RULE_TITLES, texts/en.ts RULE_TEXTS) when the category's texts would
   * say more than this reply means: a sending service's suppression is "not sent: it bounced before", not "the address
   * does not exist".
   */
  variant?: string;
  /** The documented text is in this language when not English (ISO 639-1: "de", "fr", "ja", …). */
  lang?: string;
  /**
   * Categories whose words in the same reply this text says are not what they seem: a DNSBL's error answer ("Error:
   * open resolver") quoted where a listing would be ("blocked using zen.spamhaus.org") is no listing.
   */
  voids?: readonly Category[];
  /**
   * The documented text says what failed, not why ("Can't create output": the local mailer could not write): a reason
   * named beside it decides (weights.ts FACTORS.symptom), and alone it still decides.
   */
  symptom?: boolean;
  /**
   * The source hedges its own reading ("This usually indicates …", "may be caused by"): a verdict this entry decides is
   * at most medium, however strong the match (weights.ts HEDGED_CAP).
   */
  hedged?: boolean;
}

/** A source family: the replies one provider, product or program documents. */
export interface KnowledgeSource {
  /** Same id as the provider in ../providers when there is one ("google", "microsoft"), else a new one. */
  id: string;
  name: string;
  kind: 'mailbox-provider' | 'gateway' | 'blocklist' | 'mta' | 'filter' | 'sending-service' | 'client';
  /** Where the source's own list of replies lives (the page the entries mostly cite). */
  reference?: string;
  replies: readonly KnownReply[];
}
