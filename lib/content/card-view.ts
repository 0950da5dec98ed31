/**
 * The card's DOM, built with createElement and textContent only (no framework: the content script stays under its
 * size budget, and no string ever becomes markup — Gmail enforces Trusted Types). Pure DOM, so it is unit-tested in
 * happy-dom. Everything it says comes from the background's summary (headline, who acts, groups by cause) and, once
 * opened, the diagnosis texts; the card's own words come with the summary, in the reader's language (CardModel.words).
 */
import type { ChecklistItem, Diagnosis } from '../diagnosis/types';
import type { Summary, SummaryGroup } from '../pages/summary';
import { COPIED_MS, linkLabel, safeLink } from '../popup/present';
import { isInertCommand } from '../diagnosis/shell';
import { CARD_EN, type CardWords } from '../i18n/ui/card-en';

/** The card's words in English; the background sends them in the reader's language (CardModel.words). */
export const CARD_WORDS = CARD_EN;

/** Addresses listed in a group before "and N more". */
const LISTED = 10;

export interface CardModel {
  summary: Summary;
  /** Fetches the explanation and checklist when the card is opened: one diagnosis per group of the summary. */
  loadDetails(): Promise<Diagnosis[]>;
  onDismiss(): void;
  onOpenReport(): void;
  copy?(text: string): Promise<void> | void;
  /** The card's words in the reader's language (English until the background has sent them). */
  words?: CardWords;
}

type Child = Node | string | null | false | undefined;

function el(doc: Document, tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c) e.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  return e;
}

/** A button that acts only on the user's own clicks and keys: the page cannot click it (nor reach it: closed root). */
function button(doc: Document, cls: string, label: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLElement {
  const b = el(doc, 'button', { type: 'button', class: cls, ...attrs }, label);
  b.addEventListener('click', (e) => {
    if (e.isTrusted === false) return;
    onClick();
  });
  return b;
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(doc: Document, tag: string, attrs: Record<string, string>, ...children: Element[]): Element {
  const e = doc.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** The product's icon (an envelope with a bounce-back arrow, as scripts/draw-icons.mjs draws it), as inline SVG. */
export function productIcon(doc: Document): Element {
  const red = '#e84834';
  return svg(
    doc,
    'svg',
    { class: 'logo', viewBox: '0 0 100 100', width: '20', height: '20', 'aria-hidden': 'true', focusable: 'false' },
    svg(doc, 'rect', { x: '3', y: '3', width: '94', height: '94', rx: '16', fill: '#0b63c5' }),
    svg(doc, 'rect', { x: '18', y: '44', width: '64', height: '40', rx: '4', fill: '#ffffff' }),
    svg(doc, 'polyline', { points: '20,47 50,67 80,47', fill: 'none', stroke: '#083e80', 'stroke-width': '7' }),
    svg(doc, 'path', { d: 'M45 30 A15 15 0 0 1 75 30 L75 40', fill: 'none', stroke: red, 'stroke-width': '8.4' }),
    svg(doc, 'polygon', { points: '34,29 56,29 45,44', fill: red }),
  );
}

/** A copy button whose "Copied" goes back to "Copy" after two seconds. */
function copyButton(doc: Document, text: string, copy: (t: string) => Promise<void> | void, label: string, CARD_WORDS: CardWords): HTMLElement {
  let reset: ReturnType<typeof setTimeout> | null = null;
  const b = button(
    doc,
    'copy',
    CARD_WORDS.copy,
    () => {
      void Promise.resolve(copy(text)).then(() => {
        b.textContent = CARD_WORDS.copied;
        if (reset !== null) clearTimeout(reset);
        reset = setTimeout(() => {
          b.textContent = CARD_WORDS.copy;
          reset = null;
        }, COPIED_MS);
      }, () => undefined);
    },
    { 'aria-label': label },
  );
  return b;
}

function step(doc: Document, s: ChecklistItem, copy: (t: string) => Promise<void> | void, CARD_WORDS: CardWords): HTMLElement {
  const item = el(
    doc,
    'li',
    {},
    s.audience === 'own-server' ? el(doc, 'em', {}, CARD_WORDS.ownServer) : null,
    s.audience === 'mail-provider' ? el(doc, 'em', {}, CARD_WORDS.mailProvider) : null,
    s.text,
  );
  // A command is offered only when it is inert (shell.ts), whatever stored it.
  if (s.command && isInertCommand(s.command)) {
    const command = s.command;
    item.append(el(doc, 'span', { class: 'cmd' }, el(doc, 'code', {}, command), copyButton(doc, command, copy, CARD_WORDS.copyCommand.replace('{command}', command), CARD_WORDS)));
  }
  const link = safeLink(s.link);
  if (link) item.append(' ', el(doc, 'a', { href: link, target: '_blank', rel: 'noopener noreferrer' }, CARD_WORDS.openSite.replace('{site}', linkLabel(link))));
  return item;
}

function addresses(doc: Document, g: SummaryGroup, CARD_WORDS: CardWords): HTMLElement {
  const shown = g.recipients.slice(0, LISTED).join(', ');
  const more = g.recipients.length > LISTED ? ` ${CARD_WORDS.more.replace('{n}', String(g.recipients.length - LISTED))}` : '';
  return el(doc, 'p', { class: 'addresses' }, shown + more);
}

/** Builds the card into `container` and returns it. */
export function renderCard(doc: Document, container: HTMLElement, model: CardModel): HTMLElement | null {
  const { summary } = model;
  const CARD_WORDS = model.words ?? CARD_EN;
  const first = summary.groups[0];
  if (!first) return null;
  const copy = model.copy ?? ((t: string) => doc.defaultView?.navigator.clipboard?.writeText(t));
  const several = summary.groups.length > 1;
  const title = el(doc, 'h2', { id: 'bd-card-title', class: 'title' }, summary.headline);
  const details = el(doc, 'div', { class: 'details', 'aria-live': 'polite', hidden: '' });
  // One block per cause: its addresses named once, who acts, then (once loaded) the explanation and steps.
  const blocks = summary.groups.map((g) => {
    const block = el(doc, 'div', { class: 'group', 'data-category': g.category });
    if (several) block.append(el(doc, 'h3', {}, g.heading));
    if (several || g.recipients.length > 1) block.append(addresses(doc, g, CARD_WORDS));
    if (several) block.append(el(doc, 'p', { class: 'who' }, g.whoActs));
    details.append(block);
    return block;
  });
  let loaded = false;
  const toggle = button(
    doc,
    'link',
    CARD_WORDS.open,
    () => {
      const open = details.hasAttribute('hidden');
      if (open) details.removeAttribute('hidden');
      else details.setAttribute('hidden', '');
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = open ? CARD_WORDS.close : CARD_WORDS.open;
      if (!open || loaded) return;
      loaded = true;
      const loading = el(doc, 'p', { class: 'muted' }, CARD_WORDS.loading);
      details.prepend(loading);
      model.loadDetails().then(
        (ds) => {
          loading.remove();
          ds.forEach((d, i) => {
            const block = blocks[i];
            if (!block) return;
            const list = el(doc, 'ol');
            for (const s of d.checklist) list.append(step(doc, s, copy, CARD_WORDS));
            block.append(el(doc, 'p', {}, d.explanation), list);
          });
        },
        () => {
          loading.textContent = CARD_WORDS.failed;
        },
      );
    },
    { 'aria-expanded': 'false' },
  );
  const card = el(
    doc,
    'section',
    { class: `card side-${first.side}`, role: 'region', 'aria-labelledby': 'bd-card-title' },
    el(doc, 'div', { class: 'row' }, productIcon(doc), title, button(doc, 'icon', '×', model.onDismiss, { 'aria-label': CARD_WORDS.dismiss })),
    several ? null : el(doc, 'p', { class: 'who' }, first.whoActs),
    el(
      doc,
      'div',
      { class: 'row meta' },
      el(doc, 'span', { class: `pill ${summary.tone}` }, summary.pill),
      !several && first.code ? el(doc, 'span', { class: 'pill code' }, first.code) : null,
      toggle,
      // Beside "What to do", not under the steps: the steps arrive from the background after the card opens, and
      // would push a button under them down just as it is being clicked.
      button(doc, 'link report', CARD_WORDS.report, model.onOpenReport),
    ),
    details,
  );
  container.append(card);
  return card;
}

/** What stays for a moment after the card is dismissed: a line with Undo. */
export function renderDismissed(doc: Document, container: HTMLElement, onUndo: () => void, CARD_WORDS: CardWords = CARD_EN): HTMLElement {
  const line = el(doc, 'div', { class: 'card dismissed', role: 'status' }, productIcon(doc), el(doc, 'span', {}, CARD_WORDS.dismissed), button(doc, 'link', CARD_WORDS.undo, onUndo));
  container.append(line);
  return line;
}
