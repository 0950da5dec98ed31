import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Browser } from 'webextension-polyfill';
import type { Diagnosis } from '../lib/diagnosis/types';
import { diagnosisKey, loadChecks, saveChecks } from '../lib/pages/store';
import type { SummaryGroup } from '../lib/pages/summary';
import { fill, ui } from '../lib/i18n/locale';
import type { FailedRecipient } from '../lib/engine/types';
import { COPIED_MS, highlightSegments, linkLabel, safeLink } from '../lib/popup/present';
import { isInertCommand } from '../lib/diagnosis/shell';
import { NOT_FAILURE } from '../lib/diagnosis/taxonomy';

interface Props {
  /** The cause: its heading, who acts, the addresses it concerns (named once, here). */
  group: SummaryGroup;
  /** The first recipient of the group: its codes and reply stand for the group's. */
  facts: FailedRecipient;
  d: Diagnosis;
  /** Where ticked checklist steps are kept; without it the list is not a checklist. */
  storage?: Pick<Browser, 'storage'>;
}

/** The key the ticks of one cause are kept under: the same in the popup and the report, so ticks carry over. */
export function ticksKey(facts: FailedRecipient, d: Diagnosis): string {
  return diagnosisKey([facts.recipient, facts.reply, d.category]);
}

/** One cause and the recipients it concerns. Every piece of bounce text is a text node: nothing is parsed as HTML. */
export function DiagnosisView({ group, facts, d, storage }: Props) {
  const key = ticksKey(facts, d);
  const [checks, setChecks] = useState<boolean[]>([]);
  // A tick made before the stored ticks arrived wins over them.
  const touched = useRef(false);
  useEffect(() => {
    touched.current = false;
    if (storage) void loadChecks(storage, key).then((stored) => !touched.current && setChecks(stored), () => undefined);
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
    touched.current = true;
    const next = [...checks];
    next[i] = value;
    setChecks(next);
    if (storage) void saveChecks(storage, key, next);
  };
  const PAGE_WORDS = ui().page;
  const done = d.checklist.filter((_, i) => checks[i] === true).length;
  const reply = facts.reply ?? facts.statedReason;
  const codes = [facts.code, facts.enhanced].filter(Boolean).join(' ');
  const server = [facts.remoteHost, facts.remoteIp && `[${facts.remoteIp}]`].filter(Boolean).join(' ');
  const notFailure = NOT_FAILURE.has(d.category);
  return (
    <li
      class="bd-recipient"
      data-testid="diagnosis"
      data-category={d.category}
      data-code={facts.code ?? ''}
      data-enhanced={facts.enhanced ?? ''}
      data-recipient={facts.recipient ?? ''}
      data-recipients-count={String(group.recipients.length)}
      data-permanent={String(d.permanent)}
    >
      <h3 class="bd-title">{group.heading}</h3>
      <p class="bd-to">
        <span class="bd-label">{group.recipients.length > 1 ? fill(PAGE_WORDS.recipients, { n: group.recipients.length }) : PAGE_WORDS.recipient}</span>{' '}
        {group.recipients.length > 1 ? group.recipients.join(', ') : (facts.recipient ?? PAGE_WORDS.notNamed)}
      </p>
      <p class="bd-who" data-testid="who-acts">
        <span class="bd-label">{PAGE_WORDS.whoActs}</span> {d.whoActs}
      </p>
      <p class="bd-badges">
        {/* A notice that is no failure (a delivery, an automatic reply) is neither "not delivered" nor "delayed". */}
        {notFailure ? (
          <span class="bd-badge">{PAGE_WORDS.retry[d.retry]}</span>
        ) : (
          <>
            <span class={`bd-badge ${d.permanent ? 'bd-final' : 'bd-pending'}`}>{d.permanent ? PAGE_WORDS.final : PAGE_WORDS.pending}</span>
            {d.permanent && <span class="bd-badge">{PAGE_WORDS.retry[d.retry]}</span>}
          </>
        )}
        {d.provider && <span class="bd-badge">{fill(PAGE_WORDS.refusedBy, { provider: d.provider.name })}</span>}
      </p>
      <p class="bd-code">
        <span class="bd-label">{PAGE_WORDS.code}</span> {codes || PAGE_WORDS.noCode}
        {d.statusMeaning ? ` — ${d.statusMeaning}` : ''}
        {facts.command ? ` · ${fill(PAGE_WORDS.answered, { command: facts.command })}` : ''}
        {server ? ` · ${fill(PAGE_WORDS.from, { server })}` : ''}
      </p>
      {reply && (
        <pre class="bd-reply">
          {highlightSegments(reply, d.evidence).map((seg, i) => (seg.mark ? <mark key={i}>{seg.text}</mark> : <span key={i}>{seg.text}</span>))}
        </pre>
      )}
      <p class="bd-explanation">{d.explanation}</p>
      <p class="bd-confidence">
        <span class="bd-label">{PAGE_WORDS.confidence[d.confidence.level]}</span> {d.confidence.reason}
      </p>
      <div class="bd-steps-head">
        <h4>{PAGE_WORDS.steps}</h4>
        {storage && d.checklist.length > 0 && (
          <span class="bd-progress" data-testid="progress">
            {fill(PAGE_WORDS.progress, { done, total: d.checklist.length })}
          </span>
        )}
      </div>
      <ol class="bd-checklist">
        {d.checklist.map((step, i) => {
          const link = safeLink(step.link);
          const on = checks[i] === true;
          return (
            <li
              key={i}
              class={on ? 'bd-step bd-done' : 'bd-step'}
              onClick={(e) => {
                // Anywhere on the step ticks it, except its own controls (the checkbox, a copy button, a link).
                if (!storage || (e.target as Element).closest('a, button, input')) return;
                tick(i, !on);
              }}
            >
              {storage && <input type="checkbox" class="bd-check" checked={on} aria-label={fill(PAGE_WORDS.done, { step: step.text })} onChange={(e) => tick(i, (e.target as HTMLInputElement).checked)} />}
              <span class="bd-step-text">
                {step.audience === 'own-server' && <span class="bd-audience">{PAGE_WORDS.ownServer}</span>}
                {step.audience === 'mail-provider' && <span class="bd-audience">{PAGE_WORDS.mailProvider}</span>}
                {step.text}
                {step.command && isInertCommand(step.command) && <Command command={step.command} />}
                {link && (
                  <>
                    {' '}
                    <a href={link} target="_blank" rel="noopener noreferrer">
                      {fill(PAGE_WORDS.open, { site: linkLabel(link) })}
                    </a>
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ol>
      {d.prevention.length > 0 && (
        <details class="bd-prevention">
          <summary>{PAGE_WORDS.prevention}</summary>
          <ul>
            {d.prevention.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </details>
      )}
      {facts.codeMismatch && <p class="bd-note">{fill(PAGE_WORDS.note, { note: facts.codeMismatch })}</p>}
    </li>
  );
}

/** A copy button whose "Copied" goes back to "Copy" after two seconds. */
export function CopyButton({ text, label, class: cls = 'bd-copy', children }: { text: () => string; label?: string; class?: string; children?: string }) {
  const PAGE_WORDS = ui().page;
  const [copied, setCopied] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  return (
    <button
      type="button"
      class={cls}
      aria-label={label}
      onClick={() => {
        void navigator.clipboard?.writeText(text()).then(
          () => {
            setCopied(true);
            if (timer.current) clearTimeout(timer.current);
            timer.current = setTimeout(() => setCopied(false), COPIED_MS);
          },
          () => setCopied(false),
        );
      }}
    >
      {copied ? PAGE_WORDS.copied : (children ?? PAGE_WORDS.copy)}
    </button>
  );
}

function Command({ command }: { command: string }) {
  return (
    <span class="bd-command">
      <code>{command}</code>
      <CopyButton text={() => command} label={fill(ui().page.copyCommand, { command })} />
    </span>
  );
}
