/**
 * The card's DOM, built with createElement and textContent only (no framework: the content script stays under its
 * size budget, and no string ever becomes markup — Gmail enforces Trusted Types). Pure DOM, so it is unit-tested in
 * happy-dom.
 */
import type { Diagnosis } from '../diagnosis/types';
import type { Verdict } from '../diagnosis/verdict';
import type { FailedRecipient } from '../engine/types';
import { safeLink } from '../popup/present';
import { isInertCommand } from '../diagnosis/shell';

const WHO = { sender: 'You', recipient: 'Recipient', either: 'Either', none: 'No one' } as const;

export interface CardModel {
  recipients: FailedRecipient[];
  verdicts: Verdict[];
  /** Fetches the explanation and checklist when the card is opened. */
  loadDetails(): Promise<Diagnosis[]>;
  onDismiss(): void;
  onOpenReport(): void;
  copy?(text: string): void;
}

type Child = Node | string | null | false | undefined;

function el(doc: Document, tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c) e.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  return e;
}

function button(doc: Document, cls: string, label: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLElement {
  const b = el(doc, 'button', { type: 'button', class: cls, ...attrs }, label);
  b.addEventListener('click', onClick);
  return b;
}

function checklist(doc: Document, d: Diagnosis, copy: (t: string) => void): HTMLElement {
  const list = el(doc, 'ol');
  for (const step of d.checklist) {
    const item = el(
      doc,
      'li',
      {},
      step.audience === 'own-server' ? el(doc, 'em', {}, 'If you run your own mail server: ') : null,
      step.audience === 'mail-provider' ? el(doc, 'em', {}, 'If you use a mail provider: ') : null,
      step.text,
    );
    // A command is offered only when it is inert (shell.ts), whatever stored it.
    if (step.command && isInertCommand(step.command)) {
      const command = step.command;
      item.append(el(doc, 'span', { class: 'cmd' }, el(doc, 'code', {}, command), button(doc, 'copy', 'Copy', () => copy(command), { 'aria-label': `Copy command: ${command}` })));
    }
    const link = safeLink(step.link);
    if (link) item.append(' ', el(doc, 'a', { href: link, target: '_blank', rel: 'noopener noreferrer' }, 'Open'));
    list.append(item);
  }
  return list;
}

/** Builds the card into `container` and returns it. */
export function renderCard(doc: Document, container: HTMLElement, model: CardModel): HTMLElement | null {
  const first = model.verdicts[0];
  const facts = model.recipients[0];
  if (!first || !facts) return null;
  const copy = model.copy ?? ((t: string) => void doc.defaultView?.navigator.clipboard?.writeText(t));
  const code = [facts.code, facts.enhanced].filter(Boolean).join(' ');
  const title = el(doc, 'h2', { id: 'bd-card-title', class: 'title' }, first.title);
  const details = el(doc, 'div', { class: 'details', 'aria-live': 'polite', hidden: '' });
  let loaded = false;
  const toggle = button(doc, 'link', 'What to do', () => {
    const open = details.hasAttribute('hidden');
    if (open) details.removeAttribute('hidden');
    else details.setAttribute('hidden', '');
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Less' : 'What to do';
    if (!open || loaded) return;
    loaded = true;
    const loading = el(doc, 'p', { class: 'muted' }, 'Loading the steps…');
    details.prepend(loading);
    model.loadDetails().then(
      (ds) => {
        loading.remove();
        const d = ds[0];
        if (d) details.prepend(el(doc, 'p', {}, d.explanation), checklist(doc, d, copy));
      },
      () => {
        loading.textContent = 'The steps could not be loaded. Open the full report instead.';
      },
    );
  }, { 'aria-expanded': 'false' });
  if (model.recipients.length > 1) {
    const list = el(doc, 'ul', { class: 'recipients', 'aria-label': 'Failed recipients' });
    model.recipients.forEach((r, i) => list.append(el(doc, 'li', {}, `${r.recipient ?? '(not named)'} — ${model.verdicts[i]?.title ?? ''}`)));
    details.append(list);
  }
  details.append(button(doc, 'link', 'Open full report', model.onOpenReport));
  const card = el(
    doc,
    'section',
    { class: `card side-${first.side}`, role: 'region', 'aria-labelledby': 'bd-card-title' },
    el(doc, 'div', { class: 'row' }, el(doc, 'span', { class: 'logo', 'aria-hidden': 'true' }, '✉'), title, button(doc, 'icon', '×', model.onDismiss, { 'aria-label': 'Dismiss Bounce Doctor card' })),
    el(
      doc,
      'div',
      { class: 'row meta' },
      el(doc, 'span', { class: `pill who-${first.side}` }, `Who must act: ${WHO[first.side]}`),
      el(doc, 'span', { class: 'pill' }, first.permanent ? 'Permanent' : 'Temporary'),
      code ? el(doc, 'span', { class: 'pill code' }, code) : null,
      model.recipients.length > 1 ? el(doc, 'span', { class: 'pill' }, `${model.recipients.length} recipients`) : null,
      toggle,
    ),
    details,
  );
  container.append(card);
  return card;
}
