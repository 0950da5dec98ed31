import type { Browser } from 'webextension-polyfill';
import { asHostname } from '../lib/diagnosis/shell';
import { reportJson, reportMarkdown, reportText } from '../lib/pages/markdown';
import { summarize, type SummaryGroup } from '../lib/pages/summary';
import { fill, formatNumber, ui } from '../lib/i18n/locale';
import { localNote } from '../lib/i18n/notes';
import type { Analysis } from '../lib/popup/analyze';
import type { BounceReport } from '../lib/engine/types';
import type { Diagnosis } from '../lib/diagnosis/types';
import { CopyButton, DiagnosisView } from './DiagnosisView';

interface Props {
  analysis: Analysis;
  storage?: Pick<Browser, 'storage'>;
  onOpenReport?: () => void;
  /** Recipients beyond those kept in full (counted in the headline, not listed). */
  omitted?: number;
  /** The report page offers the downloads; the popup keeps to copying. */
  downloads?: boolean;
}

/** Categories where the recipient's side must act: a note to their postmaster helps. */
const POSTMASTER: ReadonlySet<string> = new Set(['mailbox-full', 'remote-error', 'recipient-policy', 'network', 'tls-required']);

/** A mailto: to the recipient domain's postmaster with a ready text (the domain validated as a host name). */
export function postmasterMailto(g: SummaryGroup, report: BounceReport): string | null {
  if (!POSTMASTER.has(g.category)) return null;
  const first = report.recipients[g.indexes[0] as number];
  const domain = asHostname(first?.recipient?.split('@')[1] ?? null);
  if (!first?.recipient || !domain) return null;
  const PAGE_WORDS = ui().page;
  const subject = fill(PAGE_WORDS.postmasterSubject, { recipient: first.recipient });
  const body = fill(PAGE_WORDS.postmasterBody, { recipient: first.recipient, reply: (first.reply ?? first.statedReason ?? '').slice(0, 1500) });
  return `mailto:postmaster@${domain}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A whole analysis: the headline that counts the recipients, whether it failed or is retried, one block per cause. */
export function ResultView({ analysis, storage, onOpenReport, omitted = 0, downloads = false }: Props) {
  const PAGE_WORDS = ui().page;
  if (analysis.error || !analysis.report) {
    return (
      <section class="bd-result" aria-live="polite">
        <p class="bd-problem" role="alert">
          {analysis.error ?? PAGE_WORDS.nothingRead}
        </p>
      </section>
    );
  }
  const report = analysis.report;
  const diagnoses: Diagnosis[] = analysis.diagnoses;
  const summary = summarize(report, diagnoses);
  const suppress = summary.groups.filter((g) => g.suppress).flatMap((g) => g.recipients.filter((r) => r.includes('@')));
  const mailtos = summary.groups.map((g) => postmasterMailto(g, report)).filter((m): m is string => m !== null);
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <section class="bd-result" aria-live="polite" aria-label={PAGE_WORDS.result}>
      <h2 class="bd-headline" data-testid="headline">
        {summary.headline}
      </h2>
      <p class="bd-status" data-testid="status">
        {summary.status}
      </p>
      {report.recipients.length === 0 && report.kind === 'not-bounce' && <p class="bd-hint">{PAGE_WORDS.searched}</p>}
      <ul class="bd-recipients">
        {summary.groups.map((g) => {
          const i = g.indexes[0] as number;
          return <DiagnosisView key={`${g.category}-${i}`} group={g} facts={report.recipients[i]!} d={diagnoses[i]!} storage={storage} />;
        })}
      </ul>
      {omitted > 0 && <p class="bd-note">{fill(PAGE_WORDS.omitted, { n: formatNumber(omitted) })}</p>}
      {report.recipients.length > 0 && (
        <div class="bd-actions">
          {onOpenReport && (
            <button type="button" onClick={onOpenReport}>
              {PAGE_WORDS.openReport}
            </button>
          )}
          <CopyButton class="bd-secondary" text={() => reportText(report, diagnoses, omitted)}>
            {PAGE_WORDS.copyText}
          </CopyButton>
          <CopyButton class="bd-secondary" text={() => reportMarkdown(report, diagnoses, omitted)}>
            {PAGE_WORDS.copyMarkdown}
          </CopyButton>
          {suppress.length > 0 && (
            <CopyButton class="bd-secondary" text={() => suppress.join('\n') + '\n'}>
              {PAGE_WORDS.copySuppress}
            </CopyButton>
          )}
          {downloads && (
            <>
              <button type="button" class="bd-secondary" onClick={() => download(`bounce-report-${stamp}.md`, 'text/markdown', reportMarkdown(report, diagnoses, omitted))}>
                {PAGE_WORDS.downloadMd}
              </button>
              <button type="button" class="bd-secondary" onClick={() => download(`bounce-report-${stamp}.json`, 'application/json', reportJson(report, diagnoses, omitted))}>
                {PAGE_WORDS.downloadJson}
              </button>
            </>
          )}
          {mailtos[0] && (
            <a class="bd-button-link" href={mailtos[0]}>
              {PAGE_WORDS.postmaster}
            </a>
          )}
        </div>
      )}
      {report.notes.map((n, i) => (
        <p key={i} class="bd-note">
          {localNote(n, ui())}
        </p>
      ))}
    </section>
  );
}
