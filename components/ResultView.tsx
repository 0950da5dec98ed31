import type { Browser } from 'webextension-polyfill';
import { groupByCause } from '../lib/pages/group';
import { reportMarkdown } from '../lib/pages/markdown';
import type { Analysis } from '../lib/popup/analyze';
import { useState } from 'preact/hooks';
import { DiagnosisView } from './DiagnosisView';

const KIND_WORDS = {
  failure: 'This is a bounce: the message was not delivered.',
  delay: 'This is a delay notice: delivery is still being retried.',
  delivered: 'This is a delivery notice: the message was delivered or relayed.',
  'auto-reply': 'This is an automatic reply (for example out of office), not a bounce.',
  complaint: 'This is a spam complaint report (feedback loop), not a bounce.',
  'not-bounce': 'No bounce found in this text.',
} as const;

interface Props {
  analysis: Analysis;
  storage?: Pick<Browser, 'storage'>;
  /** Group recipients that share a cause (the popup); the report page lists every one. */
  grouped?: boolean;
  onOpenReport?: () => void;
}

/** A whole analysis: what kind of message, then one diagnosis per cause (or per recipient), and the actions. */
export function ResultView({ analysis, storage, grouped = true, onOpenReport }: Props) {
  const [copied, setCopied] = useState(false);
  if (analysis.error || !analysis.report) {
    return (
      <section class="bd-result" aria-live="polite">
        <p class="bd-problem" role="alert">
          {analysis.error ?? 'Nothing could be read.'}
        </p>
      </section>
    );
  }
  const report = analysis.report;
  const groups = grouped
    ? groupByCause(report.recipients, analysis.diagnoses)
    : report.recipients.flatMap((facts, i) => (analysis.diagnoses[i] ? [{ facts, diagnosis: analysis.diagnoses[i], recipients: [facts.recipient ?? '(not named)'] }] : []));
  return (
    <section class="bd-result" aria-live="polite" aria-label="Result">
      <h2>{KIND_WORDS[report.kind]}</h2>
      {report.recipients.length === 0 && report.kind === 'not-bounce' && (
        <p class="bd-hint">
          Searched for SMTP replies (such as “550 5.1.1 …”), delivery-status fields, the layouts of Gmail, Outlook,
          Postfix, Exim, Sendmail, qmail and Yahoo bounces, and sending services' bounce events (JSON).
        </p>
      )}
      <ul class="bd-recipients">
        {groups.map((g, i) => (
          <DiagnosisView key={i} facts={g.facts} d={g.diagnosis} alsoFor={g.recipients} storage={storage} />
        ))}
      </ul>
      {report.recipients.length > 0 && (
        <div class="bd-actions">
          <button
            type="button"
            class="bd-secondary"
            onClick={() => {
              void navigator.clipboard?.writeText(reportMarkdown(report, analysis.diagnoses)).then(() => setCopied(true), () => setCopied(false));
            }}
          >
            {copied ? 'Report copied' : 'Copy report'}
          </button>
          {onOpenReport && (
            <button type="button" class="bd-secondary" onClick={onOpenReport}>
              Open full report
            </button>
          )}
        </div>
      )}
      {report.notes.map((n, i) => (
        <p key={i} class="bd-note">
          {n}
        </p>
      ))}
    </section>
  );
}
