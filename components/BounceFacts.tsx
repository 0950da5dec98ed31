import type { Analysis } from '../lib/popup/analyze';
import type { FailedRecipient } from '../lib/engine/types';

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
        {report.recipients.map((r, i) => (
          <Recipient key={i} r={r} />
        ))}
      </ul>
      {report.notes.map((n, i) => (
        <p key={i} class="bd-note">
          {n}
        </p>
      ))}
    </section>
  );
}

function Recipient({ r }: { r: FailedRecipient }) {
  return (
    <li
      class="bd-recipient"
      data-testid="diagnosis"
      data-category="unknown"
      data-code={r.code ?? ''}
      data-enhanced={r.enhanced ?? ''}
      data-recipient={r.recipient ?? ''}
    >
      <p class="bd-to">
        <span class="bd-label">Recipient</span> {r.recipient ?? 'not named in the bounce'}
      </p>
      <p>
        <span class="bd-label">Code</span> {[r.code, r.enhanced].filter(Boolean).join(' ') || 'none given'}
        {r.command ? ` · answered ${r.command}` : ''}
        {r.remoteHost || r.remoteIp ? ` · from ${[r.remoteHost, r.remoteIp && `[${r.remoteIp}]`].filter(Boolean).join(' ')}` : ''}
      </p>
      {r.reply && <pre class="bd-reply">{r.reply}</pre>}
      {r.codeMismatch && <p class="bd-note">Note: {r.codeMismatch}.</p>}
    </li>
  );
}
