import type { Analysis } from '../lib/popup/analyze';
import { DiagnosisView } from './DiagnosisView';

const KIND_WORDS = {
  failure: 'This is a bounce: the message was not delivered.',
  delay: 'This is a delay notice: delivery is still being retried.',
  delivered: 'This is a delivery notice: the message was delivered or relayed.',
  'auto-reply': 'This is an automatic reply (for example out of office), not a bounce.',
  complaint: 'This is a spam complaint report (feedback loop), not a bounce.',
  'not-bounce': 'No bounce found in this text.',
} as const;

/** What the engine read: one entry per failed recipient. Bounce text is rendered as text only. */
export function BounceFacts({ analysis }: { analysis: Analysis }) {
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
  return (
    <section class="bd-result" aria-live="polite" aria-label="Result">
      <h2>{KIND_WORDS[report.kind]}</h2>
      {report.recipients.length === 0 && report.kind === 'not-bounce' && (
        <p class="bd-hint">
          Searched for SMTP replies (such as “550 5.1.1 …”), delivery-status fields and the layouts of Gmail, Outlook,
          Postfix, Exim, Sendmail, qmail and Yahoo bounces.
        </p>
      )}
      <ul class="bd-recipients">
        {report.recipients.map((r, i) => {
          const d = analysis.diagnoses[i];
          return d ? <DiagnosisView key={i} facts={r} d={d} /> : null;
        })}
      </ul>
      {report.notes.map((n, i) => (
        <p key={i} class="bd-note">
          {n}
        </p>
      ))}
    </section>
  );
}
