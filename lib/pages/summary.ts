/**
 * What a bounce comes to, for every surface (card, popup, report, copied text): the recipients grouped by cause, a
 * headline that counts them, and one line saying whether delivery failed or is still being retried. Pure; the words
 * are in one table (WORDS) and in texts/causes.ts.
 */
import type { Category, Diagnosis, Side } from '../diagnosis/types';
import type { BounceReport, FailedRecipient } from '../engine/types';
import { fill, formatList, formatNumber, locale, type Locale } from '../i18n/locale';
import { EN_UI } from '../i18n/ui/en';

/** The summary's words in English (every language's are in lib/i18n/ui: `summary` and `causes`). */
export const WORDS = EN_UI.summary;

/** A cause in a few words with the number of recipients it concerns, in the reader's language. */
export function causeWords(category: Category, n: number, loc: Locale = locale()): string {
  const w = loc.ui.causes[category];
  return n === 1 ? w.one : w.many.replace('{n}', formatNumber(n, loc));
}

export interface SummaryGroup {
  category: Category;
  side: Side;
  permanent: boolean;
  /** The addresses should come off mailing lists (taxonomy.md's suppression). */
  suppress: boolean;
  /** The diagnosis title for one recipient; the counted cause for several. */
  heading: string;
  whoActs: string;
  /** The basic and enhanced codes, when all of the group share them (else the first's). */
  code: string;
  recipients: string[];
  /** Positions in the report's recipient list. */
  indexes: number[];
}

export interface Summary {
  /** Recipients, in total. */
  count: number;
  /** The one line at the top: the title of a single recipient, else the count by cause. */
  headline: string;
  /** Failed, delayed, or not a failure at all. */
  status: string;
  /** A pill's words: "Not delivered", "Delayed · will retry". */
  pill: string;
  /** The pill's colour: a final failure, a delay, or nothing failed (a delivery notice, an automatic reply). */
  tone: 'final' | 'pending' | 'none';
  groups: SummaryGroup[];
}

/** Same cause: same category, same permanence, same provider and the same explanation. */
function causeKey(d: Diagnosis): string {
  return `${d.category}|${d.permanent}|${d.provider?.id ?? ''}|${d.explanation}`;
}

export function groupRecipients(recipients: readonly FailedRecipient[], diagnoses: readonly Diagnosis[]): { key: string; indexes: number[] }[] {
  const groups = new Map<string, number[]>();
  recipients.forEach((_, i) => {
    const d = diagnoses[i];
    if (!d) return;
    const key = causeKey(d);
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  return [...groups].map(([key, indexes]) => ({ key, indexes }));
}

export function summarize(report: Pick<BounceReport, 'kind' | 'recipients'>, diagnoses: readonly Diagnosis[], loc: Locale = locale()): Summary {
  const WORDS = loc.ui.summary;
  const count = (n: number) => formatNumber(n, loc);
  const causeCount = (n: number) => (n === 1 ? WORDS.oneRecipient : WORDS.recipients.replace('{n}', count(n)));
  const groups: SummaryGroup[] = groupRecipients(report.recipients, diagnoses).map(({ indexes }) => {
    const first = indexes[0] as number;
    const d = diagnoses[first] as Diagnosis;
    const facts = report.recipients[first] as FailedRecipient;
    return {
      category: d.category,
      side: d.side,
      permanent: d.permanent,
      suppress: d.suppress,
      heading: indexes.length === 1 ? d.title : causeWords(d.category, indexes.length, loc),
      whoActs: d.whoActs,
      code: [facts.code, facts.enhanced].filter(Boolean).join(' '),
      recipients: indexes.map((i) => report.recipients[i]?.recipient ?? WORDS.notNamed),
      indexes,
    };
  });
  const n = report.recipients.length;
  const failed = groups.filter((g) => g.permanent).reduce((s, g) => s + g.recipients.length, 0);
  const delayed = n - failed;
  const notFailure = report.kind === 'delivered' || report.kind === 'auto-reply' || report.kind === 'complaint' || report.kind === 'not-bounce';
  let status: string;
  if (notFailure || n === 0) status = WORDS[notFailure ? (report.kind as 'delivered' | 'auto-reply' | 'complaint' | 'not-bounce') : 'not-bounce'];
  else if (delayed === 0) status = n === 1 ? WORDS.failed : WORDS.failedMany.replace('{n}', count(n));
  else if (failed === 0) status = WORDS.delayed;
  else status = WORDS.mixed.replace('{failed}', causeCount(failed)).replace('{delayed}', causeCount(delayed));
  const causes = groups.map((g) => (g.permanent ? causeWords(g.category, g.recipients.length, loc) : WORDS.willRetry.replace('{cause}', causeWords(g.category, g.recipients.length, loc))));
  const headline = n <= 1 || groups.length === 0 ? (groups[0]?.heading ?? status) : fill(WORDS.headline, { count: WORDS.recipients.replace('{n}', count(n)), causes: formatList(causes, loc) });
  const pill = notFailure ? WORDS.pillNone : delayed === 0 ? WORDS.pillPermanent : failed === 0 ? WORDS.pillTemporary : WORDS.pillMixed;
  const tone = notFailure ? 'none' : failed === 0 && delayed > 0 ? 'pending' : 'final';
  return { count: n, headline, status, pill, tone, groups };
}
