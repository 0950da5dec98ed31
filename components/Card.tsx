import { useState } from 'preact/hooks';
import type { Diagnosis } from '../lib/diagnosis/types';
import type { FailedRecipient } from '../lib/engine/types';
import { safeLink } from '../lib/popup/present';

const WHO = { sender: 'You', recipient: 'Recipient', either: 'Either', none: 'No one' } as const;

export interface CardProps {
  recipients: FailedRecipient[];
  diagnoses: Diagnosis[];
  onDismiss(): void;
  onOpenReport(): void;
}

/** The compact card above a bounce. All bounce text is rendered as text (Gmail enforces Trusted Types). */
export function Card({ recipients, diagnoses, onDismiss, onOpenReport }: CardProps) {
  const [open, setOpen] = useState(false);
  const first = diagnoses[0];
  const facts = recipients[0];
  if (!first || !facts) return null;
  const code = [facts.code, facts.enhanced].filter(Boolean).join(' ');
  const headingId = 'bd-card-title';
  return (
    <section class={`card side-${first.side}`} role="region" aria-labelledby={headingId}>
      <div class="row">
        <span class="logo" aria-hidden="true">
          ✉︎
        </span>
        <h2 id={headingId} class="title">
          {first.title}
        </h2>
        <button type="button" class="icon" aria-label="Dismiss Bounce Doctor card" onClick={onDismiss}>
          ×
        </button>
      </div>
      <div class="row meta">
        <span class={`pill who-${first.side}`}>Who must act: {WHO[first.side]}</span>
        <span class="pill">{first.permanent ? 'Permanent' : 'Temporary'}</span>
        {code && <span class="pill code">{code}</span>}
        {recipients.length > 1 && <span class="pill">{recipients.length} recipients</span>}
        <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Less' : 'What to do'}
        </button>
      </div>
      {open && (
        <div class="details">
          <p>{first.explanation}</p>
          <ol>
            {first.checklist.map((step, i) => (
              <li key={i}>
                {step.audience === 'own-server' && <em>If you run your own mail server: </em>}
                {step.audience === 'mail-provider' && <em>If you use a mail provider: </em>}
                {step.text}
                {step.command && (
                  <span class="cmd">
                    <code>{step.command}</code>
                    <button type="button" class="copy" aria-label={`Copy command: ${step.command}`} onClick={() => void navigator.clipboard?.writeText(step.command as string)}>
                      Copy
                    </button>
                  </span>
                )}
                {safeLink(step.link) && (
                  <a href={safeLink(step.link) as string} target="_blank" rel="noopener noreferrer">
                    {' '}
                    Open
                  </a>
                )}
              </li>
            ))}
          </ol>
          {recipients.length > 1 && (
            <ul class="recipients" aria-label="Failed recipients">
              {recipients.map((r, i) => (
                <li key={i}>
                  {r.recipient ?? '(not named)'} — {diagnoses[i]?.title ?? ''}
                </li>
              ))}
            </ul>
          )}
          <button type="button" class="link" onClick={onOpenReport}>
            Open full report
          </button>
        </div>
      )}
    </section>
  );
}
