import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Browser } from 'webextension-polyfill';
import type { Diagnosis } from '../lib/diagnosis/types';
import { diagnosisKey, loadChecks, saveChecks } from '../lib/pages/store';
import type { FailedRecipient } from '../lib/engine/types';
import { highlightSegments, safeLink } from '../lib/popup/present';
import { isInertCommand } from '../lib/diagnosis/shell';

const SIDE_LABEL = { sender: 'You must act', recipient: "Recipient's side", either: 'Either side', none: 'No action needed' } as const;
const RETRY_LABEL = {
  'retry-later': 'Retry later',
  'fix-then-resend': 'Fix first, then resend',
  'never-resend': 'Never resend to this address',
  'nothing-to-do': 'Nothing to do',
} as const;

interface Props {
  facts: FailedRecipient;
  d: Diagnosis;
  /** Other recipients with the same cause (shown once, grouped). */
  alsoFor?: string[];
  /** Where ticked checklist steps are kept; without it the list has no checkboxes. */
  storage?: Pick<Browser, 'storage'>;
}

/** One failed recipient's diagnosis. Every piece of bounce text is a text node: nothing is parsed as HTML. */
export function DiagnosisView({ facts, d, alsoFor = [], storage }: Props) {
  const key = diagnosisKey([facts.recipient, facts.reply, d.category]);
  const [checks, setChecks] = useState<boolean[]>([]);
  useEffect(() => {
    if (storage) void loadChecks(storage, key).then(setChecks).catch(() => setChecks([]));
  }, [key]);
  useLayoutEffect(() => {
    // A local timing mark (never sent anywhere): the benchmark reads when the first diagnosis reached the screen —
    // the animation frame right after the diagnosis entered the DOM is the one that paints it (a plain effect would
    // run only after that paint, and mark a frame late).
    requestAnimationFrame(() => {
      if (performance.getEntriesByName('bounce-doctor:diagnosis').length === 0) performance.mark('bounce-doctor:diagnosis');
    });
  }, []);
  const tick = (i: number, value: boolean) => {
    const next = [...checks];
    next[i] = value;
    setChecks(next);
    if (storage) void saveChecks(storage, key, next);
  };
  return (
    <li
      class="bd-recipient"
      data-testid="diagnosis"
      data-category={d.category}
      data-code={facts.code ?? ''}
      data-enhanced={facts.enhanced ?? ''}
      data-recipient={facts.recipient ?? ''}
    >
      <h3 class="bd-title">{d.title}</h3>
      <p class="bd-badges">
        <span class={`bd-badge bd-side-${d.side}`}>{SIDE_LABEL[d.side]}</span>
        <span class="bd-badge">{d.permanent ? 'Permanent' : 'Temporary'}</span>
        <span class="bd-badge">{RETRY_LABEL[d.retry]}</span>
        <span class="bd-badge bd-category">{d.category}</span>
      </p>
      <p class="bd-to">
        <span class="bd-label">{alsoFor.length > 1 ? `${alsoFor.length} recipients` : 'Recipient'}</span>{' '}
        {alsoFor.length > 1 ? alsoFor.join(', ') : (facts.recipient ?? 'not named in the bounce')}
        {d.provider ? ` · rejected by ${d.provider.name}` : ''}
      </p>
      <p>
        <span class="bd-label">Code</span> {[facts.code, facts.enhanced].filter(Boolean).join(' ') || 'none given'}
        {d.statusMeaning ? ` — ${d.statusMeaning}` : ''}
        {facts.command ? ` · answered ${facts.command}` : ''}
        {facts.remoteHost || facts.remoteIp ? ` · from ${[facts.remoteHost, facts.remoteIp && `[${facts.remoteIp}]`].filter(Boolean).join(' ')}` : ''}
      </p>
      {(facts.reply ?? facts.statedReason) && (
        <pre class="bd-reply">
          {highlightSegments(facts.reply ?? facts.statedReason ?? '', d.evidence).map((seg, i) =>
            seg.mark ? <mark key={i}>{seg.text}</mark> : <span key={i}>{seg.text}</span>,
          )}
        </pre>
      )}
      <p class="bd-explanation">{d.explanation}</p>
      <p class="bd-confidence">
        <span class="bd-label">Confidence {d.confidence.level}</span> {d.confidence.reason}
      </p>
      <ol class="bd-checklist">
        {d.checklist.map((step, i) => (
          <li key={i}>
            {storage && (
              <input
                type="checkbox"
                class="bd-check"
                checked={checks[i] === true}
                aria-label={`Done: ${step.text}`}
                onChange={(e) => tick(i, (e.target as HTMLInputElement).checked)}
              />
            )}
            {step.audience === 'own-server' && <span class="bd-audience">If you run your own mail server: </span>}
            {step.audience === 'mail-provider' && <span class="bd-audience">If you use a mail provider: </span>}
            {step.text}
            {step.command && isInertCommand(step.command) && <Command command={step.command} />}
            {safeLink(step.link) && (
              <>
                {' '}
                <a href={safeLink(step.link) as string} target="_blank" rel="noopener noreferrer">
                  Open
                </a>
              </>
            )}
          </li>
        ))}
      </ol>
      {d.prevention.length > 0 && (
        <details class="bd-prevention">
          <summary>Keep it from happening again</summary>
          <ul>
            {d.prevention.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </details>
      )}
      {facts.codeMismatch && <p class="bd-note">Note: {facts.codeMismatch}.</p>}
    </li>
  );
}

function Command({ command }: { command: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <span class="bd-command">
      <code>{command}</code>
      <button
        type="button"
        class="bd-copy"
        aria-label={`Copy command: ${command}`}
        onClick={() => {
          void navigator.clipboard?.writeText(command).then(() => setCopied(true), () => setCopied(false));
        }}
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
    </span>
  );
}
